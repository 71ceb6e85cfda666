import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, consentReceipts, privacyRequests } from '../../../host/db/schema.ts';
import { ConsentReceipt } from '../../../shared/api/consent-receipts.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { PrivacyRequest } from '../../../shared/api/privacy-requests.ts';
import { databaseKinds } from './support/databases.ts';
import { postJson, SITE_ORIGIN, startTestHost, type TestHost } from './support/test-host.ts';

describe.each(databaseKinds())('privacy requests and consent receipts on %s', (kind) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost(kind);
  });
  afterAll(() => host.close());

  it('opens a deletion request with its deadlines and an audit event', async () => {
    const response = await postJson(
      host,
      '/v1/privacy-requests',
      { siteKey: 'demo', type: 'delete', email: 'jane@example.com' },
      { origin: SITE_ORIGIN },
    );
    expect(response.status).toBe(201);
    const request = PrivacyRequest.parse(await response.json());
    expect(request).toMatchObject({
      type: 'delete',
      status: 'received',
      receivedAt: '2026-06-01T12:00:00.000Z',
      confirmBy: '2026-06-15T12:00:00.000Z',
      respondBy: '2026-07-16T12:00:00.000Z',
      extendedTo: null,
    });
    const [row] = await host.database.db
      .select()
      .from(privacyRequests)
      .where(eq(privacyRequests.id, request.id));
    expect(row?.respondBy.toISOString()).toBe(request.respondBy);
    const audit = await host.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, request.id));
    expect(audit.map((a) => a.action)).toEqual(['privacy_request.received']);
    expect(JSON.stringify(audit)).not.toContain('jane@example.com');
  });

  it('rejects an unknown request type and a foreign origin, storing nothing', async () => {
    const before = (await host.database.db.select().from(privacyRequests)).length;
    const sell = await postJson(host, '/v1/privacy-requests', { siteKey: 'demo', type: 'sell' });
    expect(sell.status).toBe(422);
    expect(ApiError.parse(await sell.json()).error.issues?.[0]?.path).toBe('type');
    const foreign = await postJson(
      host,
      '/v1/privacy-requests',
      { siteKey: 'demo', type: 'know' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect((await host.database.db.select().from(privacyRequests)).length).toBe(before);
  });

  it('stores a consent receipt with the notice text and checkbox states as shown', async () => {
    const body = {
      siteKey: 'demo',
      formId: 'contact',
      noticeVersion: '2026-01',
      noticeText: 'We use your details only to answer you.',
      checkboxes: [
        { name: 'marketing', label: 'Send me offers', checked: false },
        { name: 'terms', label: 'I agree to the terms', checked: true },
      ],
      occurredAt: '2026-06-01T11:58:00Z',
      browserId: 'browser-0001',
    };
    const response = await postJson(host, '/v1/consent-receipts', body);
    expect(response.status).toBe(201);
    const receipt = ConsentReceipt.parse(await response.json());
    expect(receipt).toMatchObject({ ...body, receivedAt: '2026-06-01T12:00:00.000Z' });
    const [row] = await host.database.db
      .select()
      .from(consentReceipts)
      .where(eq(consentReceipts.id, receipt.id));
    expect(row?.body).toEqual(body);
  });
});
