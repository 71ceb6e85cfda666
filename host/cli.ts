import { parseArgs } from 'node:util';
import * as z from 'zod';
import { TokenScope } from '../shared/api/auth.ts';
import { createAgent, findAgentByEmail } from './lib/agents-store.ts';
import { writeAudit } from './lib/audit.ts';
import type { HostConfig } from './lib/config.ts';
import { runningHost } from './lib/data-dir-lock.ts';
import { openConfiguredDatabase } from './lib/open-configured.ts';
import { newPassword } from './lib/secrets.ts';
import { createApiToken } from './lib/tokens-store.ts';

const USAGE = `Usage:
  npm run host -- token create --agent <email> --scopes read,redact,export [--name <label>]
  npm run host -- agent create --email <email> --name <name>   (prints a new password once)`;

const Scopes = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()))
  .pipe(z.array(TokenScope).min(1));

/** Admin commands against the configured database; returns the process exit code. */
export async function runCli(
  args: string[],
  config: HostConfig,
  out: (line: string) => void,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      agent: { type: 'string' },
      scopes: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
    },
  });
  const command = positionals.join(' ');
  if (command !== 'token create' && command !== 'agent create') {
    out(USAGE);
    return 2;
  }
  if (!config.databaseUrl && runningHost(config.dataDir) !== null) {
    out(`The host is running on ${config.dataDir}; stop it first (the embedded database is single-process),`);
    out('or mint a token from the call log at /app/connect.');
    return 1;
  }
  const database = await openConfiguredDatabase(config);
  try {
    const now = new Date();
    if (command === 'agent create') {
      const email = z.email().safeParse(values.email);
      if (!email.success || !values.name) {
        out(USAGE);
        return 2;
      }
      const password = newPassword();
      await createAgent(database.db, { email: email.data, name: values.name, password });
      out(`Agent ${email.data} created. Password (shown once): ${password}`);
      return 0;
    }
    const scopes = Scopes.safeParse(values.scopes ?? '');
    if (!values.agent || !scopes.success) {
      out('Give --agent <email> and --scopes with one or more of read, redact, export.');
      return 2;
    }
    const agent = await findAgentByEmail(database.db, values.agent);
    if (!agent) {
      out(`No agent with email ${values.agent}.`);
      return 1;
    }
    const token = await database.db.transaction(async (tx) => {
      const created = await createApiToken(tx, {
        agentId: agent.id,
        name: values.name ?? 'CLI token',
        scopes: scopes.data,
        now,
      });
      await writeAudit(tx, {
        at: now,
        actor: { type: 'system', id: null },
        action: 'token.created',
        target: { type: 'api_token', id: created.id },
        details: { scopes: created.scopes.join(','), via: 'cli' },
      });
      return created;
    });
    out(token.token);
    return 0;
  } finally {
    await database.close();
  }
}
