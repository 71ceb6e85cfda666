import type { Hono } from 'hono';
import type { Database } from '../../../../host/db/open.ts';
import { createAgent } from '../../../../host/lib/agents-store.ts';
import { createApp } from '../../../../host/lib/app.ts';
import type { AppEnv, Deps } from '../../../../host/lib/deps.ts';
import { memoryLogger } from '../../../../host/lib/logger.ts';
import { insertRecords } from '../../../../host/lib/records-store.ts';
import { putSite } from '../../../../host/lib/sites-store.ts';
import { createApiToken } from '../../../../host/lib/tokens-store.ts';
import type { TokenScope } from '../../../../shared/api/auth.ts';
import type { CallLogRecord } from '../../../../shared/api/records.ts';
import { type DatabaseKind, openTestDatabase } from './databases.ts';

export const NOW = new Date('2026-06-01T12:00:00Z');
export const AGENT = { email: 'agent@example.com', name: 'Test Agent', password: 'correct horse battery' };
export const SITE_ORIGIN = 'https://shop.example';

export interface TestHost {
  app: Hono<AppEnv>;
  deps: Deps;
  database: Database;
  log: ReturnType<typeof memoryLogger>;
  agentId: string;
  /** Mints a token with exactly these scopes for the test agent. */
  token(scopes: TokenScope[]): Promise<string>;
  close(): Promise<void>;
}

/** A real app on a real, migrated database with one site, one agent and the given records. */
export async function startTestHost(
  kind: DatabaseKind,
  options: { records?: CallLogRecord[]; bodyLimitBytes?: number } = {},
): Promise<TestHost> {
  const database = await openTestDatabase(kind);
  const log = memoryLogger();
  const deps: Deps = {
    db: database.db,
    config: { bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024, widgetDir: '/nonexistent/widget' },
    log,
    now: () => NOW,
  };
  await putSite(
    database.db,
    {
      key: 'demo',
      name: 'Demo Shop',
      linkStyle: 'privacy-choices',
      usesSensitivePi: false,
      knownMinorAudience: false,
      privacyPolicyUrl: '/privacy',
      languages: ['en'],
      defaultLanguage: 'en',
      allowedOrigins: [SITE_ORIGIN],
    },
    NOW,
  );
  const agent = await createAgent(database.db, AGENT);
  if (options.records) await insertRecords(database.db, options.records);
  return {
    app: createApp(deps),
    deps,
    database,
    log,
    agentId: agent.id,
    token: async (scopes) =>
      (await createApiToken(database.db, { agentId: agent.id, name: 'test', scopes, now: NOW })).token,
    close: () => database.close(),
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function postJson(host: TestHost, path: string, body: unknown, headers: Record<string, string> = {}) {
  return host.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
