import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../host/db/open.ts';
import { agents, apiTokens, records, sites } from '../../../host/db/schema.ts';
import { seedDemo } from '../../../host/lib/demo-seed.ts';
import type { Deps } from '../../../host/lib/deps.ts';
import { silentLogger } from '../../../host/lib/logger.ts';
import { insertRecords } from '../../../host/lib/records-store.ts';
import type { CallLogRecord } from '../../../shared/api/records.ts';
import { databaseKinds, openTestDatabase } from './support/databases.ts';
import { fixtureRecords } from './support/fixture-records.ts';
import { NOW } from './support/test-host.ts';

describe.each(databaseKinds())('nothing half-written on %s', (kind) => {
  let database: Database;
  let deps: Deps;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    deps = {
      db: database.db,
      config: { bodyLimitBytes: 1024, widgetDir: '/none' },
      log: silentLogger,
      now: () => NOW,
    };
  });
  afterAll(() => database.close());

  const rows = async (table: typeof records | typeof sites | typeof agents | typeof apiTokens) =>
    (await database.db.select({ n: count() }).from(table))[0]?.n;

  it('a batch with one bad record stores none of it', async () => {
    const duplicate = fixtureRecords[0] as CallLogRecord;
    await expect(
      database.db.transaction((tx) => insertRecords(tx, [...fixtureRecords, { ...duplicate }])),
    ).rejects.toThrow();
    expect(await rows(records)).toBe(0);
  });

  it('a demo seed that fails halfway leaves an empty database, and the next start seeds fully', async () => {
    const broken = () => [{ ...fixtureRecords[0], id: 'not a record id' } as CallLogRecord];
    await expect(
      seedDemo(deps, { origins: ['http://127.0.0.1:1'], password: 'pw-123456', records: broken }),
    ).rejects.toThrow();
    expect([await rows(sites), await rows(agents), await rows(records), await rows(apiTokens)]).toEqual([
      0, 0, 0, 0,
    ]);

    const first = await seedDemo(deps, {
      origins: ['http://127.0.0.1:1'],
      password: 'pw-123456',
      records: () => fixtureRecords,
    });
    expect(first.seeded).toBe(true);
    expect(await rows(records)).toBe(fixtureRecords.length);

    const second = await seedDemo(deps, {
      origins: ['http://127.0.0.1:2'],
      password: undefined,
      records: () => fixtureRecords,
    });
    expect(second.seeded).toBe(false);
    expect(second.password).not.toBe(first.password);
    expect(second.token).not.toBe(first.token);
    expect([await rows(sites), await rows(agents), await rows(records)]).toEqual([
      1,
      1,
      fixtureRecords.length,
    ]);
  });
});
