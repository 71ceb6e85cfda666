import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../host/cli.ts';
import { openDatabase } from '../../../host/db/open.ts';
import { createAgent } from '../../../host/lib/agents-store.ts';
import { loadConfig } from '../../../host/lib/config.ts';
import { resolveApiToken } from '../../../host/lib/tokens-store.ts';

describe('host CLI on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'quietline-cli-'));
  const config = loadConfig({ DATA_DIR: dataDir });
  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runCli(args, config, (line) => lines.push(line));
    return { code, lines };
  };

  beforeAll(async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await createAgent(database.db, { email: 'agent@example.com', name: 'Agent', password: 'pw-12345678' });
    await database.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('token create prints one token with exactly the asked scopes', async () => {
    const { code, lines } = await run(
      'token',
      'create',
      '--agent',
      'agent@example.com',
      '--scopes',
      'read,export',
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const token = lines[0] ?? '';
    expect(token).toMatch(/^qlt_[A-Za-z0-9_-]{40,}$/);
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const principal = await resolveApiToken(database.db, token, new Date());
      expect(principal?.scopes).toEqual(['read', 'export']);
    } finally {
      await database.close();
    }
  });

  it('explains bad input instead of minting anything', async () => {
    expect((await run('token', 'create', '--agent', 'nobody@example.com', '--scopes', 'read')).code).toBe(1);
    expect((await run('token', 'create', '--agent', 'agent@example.com', '--scopes', 'admin')).code).toBe(2);
    expect((await run('token', 'delete')).code).toBe(2);
  });

  it('refuses to open the embedded database while a host is running on it', async () => {
    writeFileSync(join(dataDir, 'host.pid'), String(process.ppid));
    try {
      const { code, lines } = await run(
        'token',
        'create',
        '--agent',
        'agent@example.com',
        '--scopes',
        'read',
      );
      expect(code).toBe(1);
      expect(lines.join(' ')).toMatch(/stop it first/);
    } finally {
      rmSync(join(dataDir, 'host.pid'));
    }
  });
});
