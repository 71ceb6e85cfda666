import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from './support/test-host.ts';

describe('OpenAPI document', () => {
  let host: TestHost;
  let doc: {
    openapi: string;
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Array<{ name: string; in: string }>;
          responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
        }
      >
    >;
  };
  beforeAll(async () => {
    host = await startTestHost('pglite');
    const response = await host.app.request('/v1/openapi.json');
    expect(response.status).toBe(200);
    doc = await response.json();
  });
  afterAll(() => host.close());

  it('is OpenAPI 3.1 and lists every API route, but no HTML page', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/v1/audit-events',
      '/v1/auth/login',
      '/v1/auth/logout',
      '/v1/capabilities',
      '/v1/consent-receipts',
      '/v1/exports',
      '/v1/me',
      '/v1/opt-outs',
      '/v1/privacy-requests',
      '/v1/records',
      '/v1/records/{id}',
      '/v1/redactions',
      '/v1/sites/{key}/config',
      '/v1/tokens',
    ]);
  });

  it('documents the search parameters and the error shape from the shared schemas', () => {
    const list = doc.paths['/v1/records']?.get;
    expect(list?.parameters?.map((p) => p.name).sort()).toEqual(
      ['cursor', 'email', 'from', 'kind', 'limit', 'name', 'page', 'phone', 'to'].sort(),
    );
    const unauthorized = JSON.stringify(list?.responses['401']?.content?.['application/json']?.schema);
    expect(unauthorized).toContain('validation_failed');
    expect(unauthorized).toContain('issues');
    const record = JSON.stringify(doc.paths['/v1/records/{id}']?.get?.responses['200']);
    expect(record).toContain('transcript');
  });
});
