import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { Database } from '../../../host/db/open.ts';
import { databaseKinds, openTestDatabase } from './support/databases.ts';

/** Both drivers return `{ rows }`; the shape is checked rather than assumed. */
const Rows = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row) });

const TABLES = [
  'agent_sessions',
  'agents',
  'api_tokens',
  'audit_events',
  'consent_receipts',
  'exports',
  'opt_outs',
  'privacy_requests',
  'records',
  'redactions',
  'sites',
];

describe.each(databaseKinds())('migrations on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  it('create every table and record themselves in the migrations table', async () => {
    const tables = Rows(z.object({ table_name: z.string() })).parse(
      await database.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      ),
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(TABLES);
    const applied = Rows(z.object({ n: z.number() })).parse(
      await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    );
    expect(applied.rows[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it('enforces one opt-out per site and idempotency key in the database itself', async () => {
    await database.db.execute(sql`insert into sites (key, settings) values ('s1', '{}'::jsonb)`);
    const insert = () =>
      database.db.execute(
        sql`insert into opt_outs (id, site_key, idempotency_key, browser_id, body) values (${`opt_${Math.random()}`}, 's1', 'k1', 'b1', '{}'::jsonb)`,
      );
    await insert();
    await expect(insert()).rejects.toThrow();
  });
});
