import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putSite } from '../../../host/lib/sites-store.ts';
import { databaseKinds } from './support/databases.ts';
import { NOW, SITE_ORIGIN, startTestHost, type TestHost } from './support/test-host.ts';

describe.each(databaseKinds())('per-site CORS on the widget config on %s', (kind) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost(kind);
    await putSite(
      host.database.db,
      {
        key: 'other',
        name: 'Other Shop',
        linkStyle: 'do-not-sell',
        usesSensitivePi: false,
        knownMinorAudience: false,
        privacyPolicyUrl: '/privacy',
        languages: ['en'],
        defaultLanguage: 'en',
        allowedOrigins: ['https://other.example'],
      },
      NOW,
    );
  });
  afterAll(() => host.close());

  const allowOrigin = async (site: string, origin: string) =>
    (await host.app.request(`/v1/sites/${site}/config`, { headers: { origin } })).headers.get(
      'access-control-allow-origin',
    );

  it("allows each site's own origins only", async () => {
    expect(await allowOrigin('demo', SITE_ORIGIN)).toBe(SITE_ORIGIN);
    expect(await allowOrigin('other', 'https://other.example')).toBe('https://other.example');
    // Allowed for one site is not allowed for another.
    expect(await allowOrigin('demo', 'https://other.example')).toBeNull();
    expect(await allowOrigin('other', SITE_ORIGIN)).toBeNull();
    expect(await allowOrigin('demo', 'https://evil.example')).toBeNull();
  });
});
