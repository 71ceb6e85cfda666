import { eq } from 'drizzle-orm';
import type { CallLogRecord } from '../../shared/api/records.ts';
import type { SiteSettings } from '../../shared/api/sites.ts';
import { agents } from '../db/schema.ts';
import { createAgent, setAgentPassword } from './agents-store.ts';
import type { Deps } from './deps.ts';
import { insertRecords } from './records-store.ts';
import { newPassword } from './secrets.ts';
import { getSiteSettings, putSite } from './sites-store.ts';
import { createApiToken } from './tokens-store.ts';

export const DEMO_AGENT_EMAIL = 'agent@example.com';

export interface DemoSeedOptions {
  /** The host's own origins: the demo site's widget calls the API from them. */
  origins: string[];
  /** Fixed password (DEMO_AGENT_PASSWORD); a random one otherwise. */
  password: string | undefined;
  records: () => CallLogRecord[];
}

export interface DemoCredentials {
  seeded: boolean;
  email: string;
  password: string;
  token: string;
}

function demoSite(origins: string[]): SiteSettings {
  return {
    key: 'demo',
    name: 'Harbor Lane Plumbing',
    linkStyle: 'privacy-choices',
    usesSensitivePi: false,
    knownMinorAudience: false,
    privacyPolicyUrl: '/privacy',
    languages: ['en', 'es'],
    defaultLanguage: 'en',
    allowedOrigins: origins,
  };
}

/**
 * First start: site, agent and records in one transaction, so a crash leaves an empty database that
 * seeds again. Every start: the agent gets a printable password and a fresh token, since only
 * hashes are stored and earlier values cannot be shown again.
 */
export async function seedDemo(deps: Deps, options: DemoSeedOptions): Promise<DemoCredentials> {
  const now = deps.now();
  const password = options.password ?? newPassword();
  return deps.db.transaction(async (tx) => {
    const existing = await getSiteSettings(tx, 'demo');
    const seeded = existing === null;
    if (seeded) {
      await putSite(tx, demoSite(options.origins), now);
      await createAgent(tx, { email: DEMO_AGENT_EMAIL, name: 'Demo Agent', password });
      await insertRecords(tx, options.records());
    } else {
      const origins = [...new Set([...existing.allowedOrigins, ...options.origins])];
      await putSite(tx, { ...existing, allowedOrigins: origins }, now);
    }
    const [agent] = await tx.select({ id: agents.id }).from(agents).where(eq(agents.email, DEMO_AGENT_EMAIL));
    if (!agent) throw new Error(`The demo site exists but ${DEMO_AGENT_EMAIL} does not.`);
    if (!seeded) await setAgentPassword(tx, agent.id, password);
    const token = await createApiToken(tx, {
      agentId: agent.id,
      name: 'Demo token (printed at start)',
      scopes: ['read', 'redact', 'export'],
      now,
    });
    return { seeded, email: DEMO_AGENT_EMAIL, password, token: token.token };
  });
}
