import { defineConfig } from '@playwright/test';

// Each run starts its own host on a fresh embedded database, so tests never see another run's data.
// E2E_PORT lets two checkouts run suites side by side.
const port = Number(process.env.E2E_PORT ?? 8790);
const dataDir = `.tmp/e2e-host-${port}`;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node -e "require('node:fs').rmSync('${dataDir}',{recursive:true,force:true})" && npx tsx host/main.ts`,
    url: `http://127.0.0.1:${port}/v1/capabilities`,
    timeout: 120_000,
    reuseExistingServer: false,
    // The host's request log is noise in a passing run; E2E_HOST_LOG=1 shows it when debugging.
    stdout: process.env.E2E_HOST_LOG ? 'pipe' : 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_AGENT_PASSWORD: 'demo-password-e2e',
      NODE_ENV: 'test',
    },
  },
});
