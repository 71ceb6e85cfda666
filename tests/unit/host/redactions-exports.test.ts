import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEventPage } from '../../../shared/api/audit-events.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { ExportResult } from '../../../shared/api/exports.ts';
import { type CallRecord, RecordPage } from '../../../shared/api/records.ts';
import { RedactionResult } from '../../../shared/api/redactions.ts';
import { databaseKinds } from './support/databases.ts';
import { fixtureRecords } from './support/fixture-records.ts';
import { bearer, postJson, startTestHost, type TestHost } from './support/test-host.ts';

describe.each(databaseKinds())('redactions, exports and the audit trail on %s', (kind) => {
  let host: TestHost;
  let all: string;
  let readOnly: string;
  beforeAll(async () => {
    host = await startTestHost(kind, { records: fixtureRecords });
    all = await host.token(['read', 'redact', 'export']);
    readOnly = await host.token(['read']);
  });
  afterAll(() => host.close());

  const get = async (id: string) =>
    (await (await host.app.request(`/v1/records/${id}`, { headers: bearer(all) })).json()) as CallRecord;

  it('needs the redact and export scopes', async () => {
    const redaction = await postJson(host, '/v1/redactions', { recordId: 'rec_fixcall01' }, bearer(readOnly));
    expect(redaction.status).toBe(403);
    const exported = await postJson(
      host,
      '/v1/exports',
      { recordId: 'rec_fixcall01', format: 'json' },
      bearer(readOnly),
    );
    expect(exported.status).toBe(403);
  });

  it('rejects spans that do not fit the record and changes nothing', async () => {
    const before = await get('rec_fixsms001');
    const response = await postJson(
      host,
      '/v1/redactions',
      {
        recordId: 'rec_fixsms001',
        spans: [
          { path: 'messages.0.text', start: 0, end: 3, label: 'PERSON' },
          { path: 'messages.9.text', start: 0, end: 3, label: 'PERSON' },
          { path: 'messages.1.text', start: 5, end: 500, label: 'PERSON' },
        ],
      },
      bearer(all),
    );
    expect(response.status).toBe(422);
    expect(ApiError.parse(await response.json()).error.issues?.map((i) => i.path)).toEqual([
      'spans.1.path',
      'spans.2',
    ]);
    expect(await get('rec_fixsms001')).toEqual(before);
  });

  it('redacts agent-confirmed spans in place and drops the value from search', async () => {
    const response = await postJson(
      host,
      '/v1/redactions',
      {
        recordId: 'rec_fixcall01',
        spans: [
          { path: 'transcript.1.text', start: 13, end: 44, label: 'PHONE' },
          { path: 'contact.phone', start: 0, end: 14, label: 'PHONE' },
        ],
      },
      bearer(all),
    );
    expect(response.status).toBe(201);
    const result = RedactionResult.parse(await response.json());
    expect(result.counts).toEqual({ PHONE: 2 });
    const stored = await get('rec_fixcall01');
    expect(stored.transcript[1]?.text).toBe('my number is [PHONE]');
    expect(stored.contact.phone).toBe('[PHONE]');
    expect(stored.redactedAt).toBe('2026-06-01T12:00:00.000Z');
    expect(stored).toEqual(result.record);
    const search = await host.app.request('/v1/records?phone=5550100123', { headers: bearer(all) });
    expect(RecordPage.parse(await search.json()).total).toBe(0);
  });

  it('lets the host detect and redact when no spans are given', async () => {
    const response = await postJson(host, '/v1/redactions', { recordId: 'rec_fixchat01' }, bearer(all));
    expect(response.status).toBe(201);
    const result = RedactionResult.parse(await response.json());
    const text = JSON.stringify(result.record);
    expect(text).not.toContain('ana@example.org');
    expect(text).not.toContain('Ana Lopez');
    expect(result.counts.EMAIL).toBeGreaterThanOrEqual(1);
  });

  it('refuses the hash operator when the host has no key', async () => {
    const response = await postJson(
      host,
      '/v1/redactions',
      { recordId: 'rec_fixform01', operator: 'hash' },
      bearer(all),
    );
    expect(response.status).toBe(422);
  });

  it('exports JSON equal to the record and CSV with one row per value', async () => {
    const json = ExportResult.parse(
      await (
        await postJson(host, '/v1/exports', { recordId: 'rec_fixform01', format: 'json' }, bearer(all))
      ).json(),
    );
    expect(JSON.parse(json.content)).toEqual(await get('rec_fixform01'));
    expect(json.filename).toBe('rec_fixform01.json');

    const response = await postJson(
      host,
      '/v1/exports',
      { recordId: 'rec_fixcall01', format: 'csv' },
      bearer(all),
    );
    expect(response.status).toBe(201);
    const csv = ExportResult.parse(await response.json());
    expect(csv.contentType).toMatch(/^text\/csv/);
    const lines = csv.content.trimEnd().split('\r\n');
    expect(lines[0]).toBe('record_id,kind,occurred_at,part,index,who,at,text');
    expect(lines).toContain(
      'rec_fixcall01,call,2026-03-03T15:00:00Z,transcript,0,agent,0,"Thanks for calling, how can I help?"',
    );
    expect(
      (await postJson(host, '/v1/exports', { recordId: 'rec_missing01', format: 'csv' }, bearer(all))).status,
    ).toBe(404);
  });

  it('lists what happened in the audit trail, newest first, with cursor paging', async () => {
    const first = AuditEventPage.parse(
      await (await host.app.request('/v1/audit-events?limit=2', { headers: bearer(readOnly) })).json(),
    );
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThanOrEqual(4);
    const exported = AuditEventPage.parse(
      await (
        await host.app.request('/v1/audit-events?action=record.exported', { headers: bearer(readOnly) })
      ).json(),
    );
    expect(exported.items.map((e) => e.target.id).sort()).toEqual(['rec_fixcall01', 'rec_fixform01']);
    const redacted = AuditEventPage.parse(
      await (
        await host.app.request('/v1/audit-events?action=record.redacted', { headers: bearer(readOnly) })
      ).json(),
    );
    expect(redacted.total).toBe(2);
    expect(JSON.stringify(redacted)).not.toMatch(/555|Ana Lopez|ana@/);
  });
});
