import { existsSync } from 'node:fs';
import type { HostConfig } from './config.ts';
import type { DemoCredentials } from './demo-seed.ts';

/** What a newcomer needs after `npm start`: where to click and what to type. */
export function banner(
  config: HostConfig,
  origin: string,
  database: string,
  demo: DemoCredentials | null,
): string {
  const lines = [`Quietline host listening on ${origin}`, `  Database:       ${database}`];
  lines.push(`  API document:   ${origin}/v1/openapi.json`);
  if (demo) {
    lines.push(
      `  Demo site:      ${origin}/`,
      `  Call log:       ${origin}/app/calls`,
      `    log in as     ${demo.email}`,
      `    password      ${demo.password}${config.demoAgentPassword ? ' (from DEMO_AGENT_PASSWORD)' : ' (new each start; set DEMO_AGENT_PASSWORD to fix it)'}`,
      `  Demo API token: ${demo.token}`,
      demo.seeded ? '  (first start: demo site, agent and records created)' : '',
    );
  }
  const extension = existsSync(config.extensionDir)
    ? `  Extension:      ${config.extensionDir}  (chrome://extensions > Developer mode > Load unpacked)`
    : `  Extension:      not built yet: run "npm run build:extension", then Load unpacked ${config.extensionDir}`;
  lines.push(extension);
  if (!existsSync(config.widgetDir))
    lines.push(`  Widget:         not built yet: run "npm run build:widget"`);
  return lines.filter(Boolean).join('\n');
}
