import { resolve } from 'node:path';
import * as z from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z.url().optional(),
  DEMO_AGENT_PASSWORD: z.string().min(8).optional(),
  /** Set to 0 to skip the demo site, agent, token and records. */
  QUIETLINE_DEMO: z.enum(['0', '1']).default('1'),
  /** Secret for the `hash` redaction operator: the same value always gives the same token. */
  QUIETLINE_HASH_KEY: z.string().min(16).optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(64 * 1024),
});

export interface HostConfig {
  port: number;
  /** Always loopback: the reference host is not meant to face the internet directly. */
  hostname: '127.0.0.1';
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoAgentPassword: string | undefined;
  bodyLimitBytes: number;
  hashKey: string | undefined;
  widgetDir: string;
  extensionDir: string;
}

/** Reads the environment once, at start; a bad value stops the host with a clear message. */
export function loadConfig(env: Record<string, string | undefined>, root = process.cwd()): HostConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    hostname: '127.0.0.1',
    dataDir: resolve(root, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo: e.QUIETLINE_DEMO === '1',
    demoAgentPassword: e.DEMO_AGENT_PASSWORD,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    hashKey: e.QUIETLINE_HASH_KEY,
    widgetDir: resolve(root, 'dist/widget'),
    extensionDir: resolve(root, '.output/chrome-mv3'),
  };
}
