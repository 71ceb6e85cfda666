import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, optOuts } from '../../../host/db/schema.ts';
import { ApiError } from '../../../shared/api/errors.ts';
import { OptOutReceipt } from '../../../shared/api/opt-outs.ts';
import { SiteConfig } from '../../../shared/api/sites.ts';
import { databaseKinds } from './support/databases.ts';
import { postJson, SITE_ORIGIN, startTestHost, type TestHost } from './support/test-host.ts';

const optOut = (idempotencyKey: string) => ({
  siteKey: 'demo',
  idempotencyKey,
  browserId: 'browser-0001',
  source: 'gpc',
  decision: 'opt-out',
  scopes: ['sale-sharing'],
  gpc: true,
  occurredAt: '2026-06-01T11:59:00Z',
});

describe.each(databaseKinds())('opt-outs and site config on %s', (kind) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost(kind);
  });
  afterAll(() => host.close());

  const countFor = async (key: string) =>
    (await host.database.db.select().from(optOuts).where(eq(optOuts.idempotencyKey, key))).length;

  it('records a retried opt-out once and returns the first receipt again', async () => {
    const first = await postJson(host, '/v1/opt-outs', optOut('retry-key-1'));
    expect(first.status).toBe(201);
    const receipt = OptOutReceipt.parse(await first.json());
    expect(receipt.duplicate).toBe(false);

    const second = await postJson(host, '/v1/opt-outs', optOut('retry-key-1'));
    expect(second.status).toBe(200);
    expect(OptOutReceipt.parse(await second.json())).toEqual({ ...receipt, duplicate: true });
    expect(await countFor('retry-key-1')).toBe(1);
    const audits = await host.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, receipt.id));
    expect(audits.map((a) => a.action)).toEqual(['opt_out.recorded']);
  });

  it('stores concurrent retries of the same key as one row', async () => {
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => postJson(host, '/v1/opt-outs', optOut('race-key-01'))),
    );
    const receipts = await Promise.all(responses.map(async (r) => OptOutReceipt.parse(await r.json())));
    expect(new Set(receipts.map((r) => r.id)).size).toBe(1);
    expect(receipts.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await countFor('race-key-01')).toBe(1);
  });

  it('rejects an unknown site with 422 on siteKey', async () => {
    const response = await postJson(host, '/v1/opt-outs', { ...optOut('unknown-site'), siteKey: 'nope' });
    expect(response.status).toBe(422);
    expect(ApiError.parse(await response.json()).error.issues).toEqual([
      { path: 'siteKey', message: 'No site with this key.' },
    ]);
  });

  it('accepts the site allowed origin with CORS headers and refuses others with 403', async () => {
    const allowed = await postJson(host, '/v1/opt-outs', optOut('origin-ok-1'), { origin: SITE_ORIGIN });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);

    const foreign = await postJson(host, '/v1/opt-outs', optOut('origin-bad-1'), {
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(await countFor('origin-bad-1')).toBe(0);
  });

  it('answers CORS preflights only for allowed origins', async () => {
    const preflight = (origin: string) =>
      host.app.request('/v1/opt-outs', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const ok = await preflight(SITE_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    const no = await preflight('https://evil.example');
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the public site config without host-only fields', async () => {
    const response = await host.app.request('/v1/sites/demo/config', { headers: { origin: SITE_ORIGIN } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(SiteConfig.parse(body).key).toBe('demo');
    expect(body).not.toHaveProperty('allowedOrigins');
    expect((await host.app.request('/v1/sites/missing/config')).status).toBe(404);
    expect((await host.app.request('/v1/sites/Bad_Key!/config')).status).toBe(400);
  });
});
