import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.ts';
import { databaseKinds } from './support/databases.ts';
import { postJson, startTestHost, type TestHost } from './support/test-host.ts';

const validOptOut = {
  siteKey: 'demo',
  idempotencyKey: 'idem-0001',
  browserId: 'browser-0001',
  source: 'link',
  decision: 'opt-out',
  scopes: ['sale-sharing'],
  gpc: false,
  occurredAt: '2026-06-01T11:59:00Z',
};

describe.each(databaseKinds())('error shape on %s', (kind) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost(kind, { bodyLimitBytes: 2048 });
  });
  afterAll(() => host.close());

  async function expectError(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    const body = ApiError.parse(await response.json());
    expect(body.error.code).toBe(code);
    return body.error;
  }

  it('answers unknown routes with 404 in the error shape', async () => {
    await expectError(await host.app.request('/v1/no-such-thing'), 404, 'not_found');
    await expectError(await host.app.request('/nothing/here'), 404, 'not_found');
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const response = await host.app.request('/v1/opt-outs', { method: 'GET' });
    await expectError(response, 405, 'method_not_allowed');
    expect(response.headers.get('allow')).toBe('POST');
    const records = await host.app.request('/v1/records/rec_fixcall01', { method: 'DELETE' });
    await expectError(records, 405, 'method_not_allowed');
    expect(records.headers.get('allow')).toContain('GET');
  });

  it('rejects malformed JSON with 400', async () => {
    await expectError(await postJson(host, '/v1/opt-outs', '{"siteKey": '), 400, 'bad_request');
  });

  it('rejects a body that breaks the schema with 422 and names each field', async () => {
    const error = await expectError(
      await postJson(host, '/v1/opt-outs', { ...validOptOut, scopes: [], source: 'carrier-pigeon' }),
      422,
      'validation_failed',
    );
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['scopes', 'source']);
  });

  it('rejects a non-JSON body with 415 instead of validating nothing', async () => {
    const response = await host.app.request('/v1/opt-outs', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(validOptOut),
    });
    await expectError(response, 415, 'unsupported_media_type');
  });

  it('rejects bodies over the limit with 413 and stores nothing', async () => {
    const big = {
      ...validOptOut,
      idempotencyKey: 'idem-big-01',
      pageUrl: 'x'.repeat(1900),
      gppString: 'y'.repeat(1900),
    };
    await expectError(await postJson(host, '/v1/opt-outs', big), 413, 'payload_too_large');
    const again = await postJson(host, '/v1/opt-outs', { ...validOptOut, idempotencyKey: 'idem-big-01' });
    expect(again.status).toBe(201);
  });

  it('rejects invalid path and query parameters with 400 and the issue path', async () => {
    const token = await host.token(['read']);
    const headers = { authorization: `Bearer ${token}` };
    const badId = await expectError(
      await host.app.request('/v1/records/not-an-id', { headers }),
      400,
      'validation_failed',
    );
    expect(badId.issues?.[0]?.path).toBe('id');
    const badLimit = await expectError(
      await host.app.request('/v1/records?limit=1000', { headers }),
      400,
      'validation_failed',
    );
    expect(badLimit.issues?.[0]?.path).toBe('limit');
  });
});
