import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError, createClient, unwrap } from '../../../../shared/api/client.ts';
import { whoAmI } from '../../../../shared/api/endpoints/auth.ts';
import { getCapabilities } from '../../../../shared/api/endpoints/meta.ts';
import { createOptOut } from '../../../../shared/api/endpoints/opt-outs.ts';
import { getRecord, listRecords } from '../../../../shared/api/endpoints/records.ts';
import { getSiteConfig } from '../../../../shared/api/endpoints/sites.ts';
import { fixtureRecords } from '../../host/support/fixture-records.ts';
import { startTestHost, type TestHost } from '../../host/support/test-host.ts';

describe('typed API client against the real host app', () => {
  let host: TestHost;
  let token: string;
  const viaApp = (t?: string) =>
    createClient({
      baseUrl: 'http://host.test/',
      ...(t ? { token: t } : {}),
      fetch: (input, init) => Promise.resolve(host.app.request(String(input), init)),
    });

  beforeAll(async () => {
    host = await startTestHost('pglite', { records: fixtureRecords });
    token = await host.token(['read']);
  });
  afterAll(() => host.close());

  it('reads capabilities and the public site config, validated', async () => {
    const capabilities = unwrap(await getCapabilities(viaApp()));
    expect(capabilities.apiVersion).toBe(1);
    expect(capabilities.features).toContain('records');
    const site = unwrap(await getSiteConfig(viaApp(), 'demo'));
    expect(site).toMatchObject({ key: 'demo', linkStyle: 'privacy-choices' });
  });

  it('records an opt-out and reports the duplicate on retry', async () => {
    const body = {
      siteKey: 'demo',
      idempotencyKey: 'client-key-1',
      browserId: 'browser-0001',
      source: 'link',
      decision: 'opt-out',
      scopes: ['sale-sharing'],
      gpc: false,
      occurredAt: '2026-06-01T11:59:00Z',
    } as const;
    const first = await createOptOut(viaApp(), { ...body, scopes: [...body.scopes] });
    const second = await createOptOut(viaApp(), { ...body, scopes: [...body.scopes] });
    expect(first.ok && first.status).toBe(201);
    expect(second.ok && second.data.duplicate).toBe(true);
  });

  it('lists, searches and fetches records with a Bearer token', async () => {
    const client = viaApp(token);
    const page = unwrap(await listRecords(client, { phone: '555 010 0123' }));
    expect(page.items.map((r) => r.id)).toEqual(['rec_fixcall01']);
    const record = unwrap(await getRecord(client, 'rec_fixcall01'));
    expect(record.kind === 'call' && record.transcript).toHaveLength(3);
    expect(unwrap(await whoAmI(client)).scopes).toEqual(['read']);
  });

  it('returns the host error as a typed ApiClientError with code, status and issues', async () => {
    const missing = await getRecord(viaApp(token), 'rec_missing01');
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.error).toBeInstanceOf(ApiClientError);
    expect(missing.error).toMatchObject({ kind: 'http', status: 404, code: 'not_found' });

    const anonymous = await listRecords(viaApp());
    expect(!anonymous.ok && anonymous.error.code).toBe('unauthorized');

    const invalid = await listRecords(viaApp(token), { limit: 1000 });
    expect(!invalid.ok && invalid.error.issues.map((i) => i.path)).toEqual(['limit']);
    expect(() => unwrap(invalid)).toThrow(ApiClientError);
  });

  it('tells a network failure apart from an answer it cannot trust', async () => {
    const offline = createClient({
      baseUrl: 'http://host.test',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const network = await getCapabilities(offline);
    expect(!network.ok && network.error).toMatchObject({
      kind: 'network',
      status: null,
      code: 'network_error',
    });

    const liar = createClient({
      baseUrl: 'http://host.test',
      fetch: () => Promise.resolve(new Response(JSON.stringify({ apiVersion: 2 }), { status: 200 })),
    });
    const wrong = await getCapabilities(liar);
    expect(!wrong.ok && wrong.error).toMatchObject({
      kind: 'invalid-response',
      status: 200,
      code: 'invalid_response',
    });

    const proxy = createClient({
      baseUrl: 'http://host.test',
      fetch: () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })),
    });
    const gateway = await getCapabilities(proxy);
    expect(!gateway.ok && gateway.error).toMatchObject({ kind: 'invalid-response', status: 502 });
  });

  it('works over a real socket on 127.0.0.1 with the global fetch', async () => {
    const server = serve({ fetch: host.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      const client = createClient({ baseUrl: `http://127.0.0.1:${port}`, token });
      expect(unwrap(await getRecord(client, 'rec_fixsms001')).kind).toBe('sms');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const closed = await getCapabilities(createClient({ baseUrl: `http://127.0.0.1:${port}` }));
    expect(!closed.ok && closed.error.kind).toBe('network');
  });
});
