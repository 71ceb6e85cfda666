import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { records } from '../../../host/db/schema.ts';
import { generateDemoRecords } from '../../../host/seed/generate-records.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { type CallLogRecord, RecordPage } from '../../../shared/api/records.ts';
import { databaseKinds } from './support/databases.ts';
import { fixtureRecords } from './support/fixture-records.ts';
import { bearer, startTestHost, type TestHost } from './support/test-host.ts';

const generated = generateDemoRecords({ count: 57, seed: 7 });
const all: CallLogRecord[] = [...fixtureRecords, ...generated];

describe.each(databaseKinds())('record endpoints on %s', (kind) => {
  let host: TestHost;
  let read: string;
  beforeAll(async () => {
    host = await startTestHost(kind, { records: all });
    read = await host.token(['read']);
  });
  afterAll(() => host.close());

  async function list(query: string, token = read) {
    const response = await host.app.request(`/v1/records${query}`, { headers: bearer(token) });
    expect(response.status).toBe(200);
    return RecordPage.parse(await response.json());
  }

  describe('auth and scopes', () => {
    it('401 without a token, with a malformed header, or with an unknown token', async () => {
      const cases: Array<Record<string, string>> = [
        {},
        { authorization: 'Basic YWdlbnQ6cGFzcw==' },
        { authorization: `Bearer qlt_${'x'.repeat(43)}` },
      ];
      for (const headers of cases) {
        const response = await host.app.request('/v1/records', { headers });
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(ApiError.parse(await response.json()).error.code).toBe('unauthorized');
      }
    });

    it('403 for a valid token without the read scope', async () => {
      const exportOnly = await host.token(['export', 'redact']);
      const response = await host.app.request('/v1/records', { headers: bearer(exportOnly) });
      expect(response.status).toBe(403);
      expect(ApiError.parse(await response.json()).error.code).toBe('forbidden');
      const one = await host.app.request('/v1/records/rec_fixcall01', { headers: bearer(exportOnly) });
      expect(one.status).toBe(403);
    });
  });

  describe('pagination', () => {
    it('walks every record exactly once by cursor, newest first', async () => {
      const seen: string[] = [];
      const dates: string[] = [];
      let cursor: string | null = null;
      do {
        const page: RecordPage = await list(`?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.total).toBe(all.length);
        seen.push(...page.items.map((r) => r.id));
        dates.push(...page.items.map((r) => r.occurredAt));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(all.length);
      expect(new Set(seen).size).toBe(all.length);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it('keeps a stable order between records at the same instant', async () => {
      // rec_fixchat01 and rec_fixform01 share occurredAt; id breaks the tie the same way every time.
      const page = await list('?from=2026-03-05T12:00:00Z&to=2026-03-05T12:00:01Z&limit=1');
      expect(page.items.map((r) => r.id)).toEqual(['rec_fixform01']);
      const next = await list(
        `?from=2026-03-05T12:00:00Z&to=2026-03-05T12:00:01Z&limit=1&cursor=${page.nextCursor}`,
      );
      expect(next.items.map((r) => r.id)).toEqual(['rec_fixchat01']);
      expect(next.nextCursor).toBeNull();
    });

    it('pages by number with the same order as cursors', async () => {
      const byCursor = await list('?limit=7');
      const second = await list(`?limit=7&cursor=${byCursor.nextCursor}`);
      const page2 = await list('?limit=7&page=2');
      expect(page2.items.map((r) => r.id)).toEqual(second.items.map((r) => r.id));
    });

    it('rejects a forged cursor with 400', async () => {
      const response = await host.app.request('/v1/records?cursor=bm9wZQ', { headers: bearer(read) });
      expect(response.status).toBe(400);
      expect(ApiError.parse(await response.json()).error.issues?.[0]?.path).toBe('cursor');
    });
  });

  describe('search', () => {
    const ids = (page: RecordPage) => page.items.map((r) => r.id).sort();

    it('finds a phone number however it is typed', async () => {
      for (const typed of ['555-010-0123', '(555) 010 0123', '+1 555.010.0123', '0100123']) {
        expect(ids(await list(`?phone=${encodeURIComponent(typed)}`))).toEqual(['rec_fixcall01']);
      }
    });

    it('matches email and name case-insensitively, and treats % literally', async () => {
      expect(ids(await list('?email=JANE.ROE@EXAMPLE.COM'))).toEqual(['rec_fixcall01']);
      expect(ids(await list('?name=jane'))).toEqual(
        all
          .filter((r) => r.contact.name?.toLowerCase().includes('jane'))
          .map((r) => r.id)
          .sort(),
      );
      expect((await list('?name=%25')).total).toBe(0);
    });

    it('filters by kind and by date range, combined with other filters', async () => {
      const sms = await list('?kind=sms&limit=100');
      expect(sms.items.every((r) => r.kind === 'sms')).toBe(true);
      expect(sms.total).toBe(all.filter((r) => r.kind === 'sms').length);
      expect(ids(await list('?name=jane&from=2026-03-04T00:00:00Z&to=2026-03-06T00:00:00Z'))).toEqual([
        'rec_fixform01',
      ]);
    });

    it('asks for at least three digits of a phone number', async () => {
      const response = await host.app.request('/v1/records?phone=12', { headers: bearer(read) });
      expect(response.status).toBe(400);
    });
  });

  describe('one record', () => {
    it('returns the record as stored', async () => {
      const response = await host.app.request('/v1/records/rec_fixcall01', { headers: bearer(read) });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(fixtureRecords[0]);
    });

    it('404s an unknown id in the error shape', async () => {
      const response = await host.app.request('/v1/records/rec_missing01', { headers: bearer(read) });
      expect(response.status).toBe(404);
      expect(ApiError.parse(await response.json()).error.code).toBe('not_found');
    });

    it('refuses to serve a stored row that no longer matches the schema', async () => {
      await host.database.db.insert(records).values({
        id: 'rec_damaged01',
        kind: 'call',
        occurredAt: new Date('2020-01-01T00:00:00Z'),
        body: { id: 'rec_damaged01', kind: 'call' },
      });
      const response = await host.app.request('/v1/records/rec_damaged01', { headers: bearer(read) });
      expect(response.status).toBe(500);
      expect(ApiError.parse(await response.json()).error).toEqual({
        code: 'internal',
        message: 'Something went wrong on the host.',
      });
    });
  });
});
