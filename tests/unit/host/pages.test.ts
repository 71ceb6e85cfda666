import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConnectionString } from '../../../shared/api/connection.ts';
import { type FormRecord, RecordPage } from '../../../shared/api/records.ts';
import { databaseKinds } from './support/databases.ts';
import { fixtureRecords } from './support/fixture-records.ts';
import { AGENT, bearer, startTestHost, type TestHost } from './support/test-host.ts';

const ORIGIN = 'http://localhost';
const form = (fields: Record<string, string>, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
  body: new URLSearchParams(fields).toString(),
});

describe.each(databaseKinds())('pages on %s', (kind) => {
  let host: TestHost;
  let cookie: string;
  beforeAll(async () => {
    host = await startTestHost(kind, { records: fixtureRecords });
    const login = await host.app.request(
      '/app/login',
      form({ email: AGENT.email, password: AGENT.password, next: '/app/calls/rec_fixcall01' }),
    );
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/app/calls/rec_fixcall01');
    cookie = /ql_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
  });
  afterAll(() => host.close());

  const page = async (path: string) => {
    const response = await host.app.request(path, { headers: { cookie } });
    return { status: response.status, html: await response.text() };
  };

  it('every demo page loads the widget with one script tag and has the footer', async () => {
    for (const path of ['/', '/contact', '/privacy']) {
      const { status, html } = await page(path);
      expect(status).toBe(200);
      expect(html).toContain('<script src="/widget/quietline.js" data-site="demo" async></script>');
      expect(html).toMatch(/<footer[^>]*>[\s\S]*href="\/privacy"/);
    }
    const { html } = await page('/privacy');
    for (const right of [
      'Right to know',
      'Right to delete',
      'Right to correct',
      'Right to opt out',
      'Right to limit',
      'Global Privacy Control',
    ]) {
      expect(html).toContain(right);
    }
  });

  it('declares GPC support at /.well-known/gpc.json', async () => {
    const response = await host.app.request('/.well-known/gpc.json');
    expect(await response.json()).toEqual({ gpc: true, lastUpdate: '2026-01-01' });
  });

  it('stores a contact form as a searchable form record and redirects to a thank-you', async () => {
    const response = await host.app.request(
      '/contact',
      form({
        name: 'Pat Example',
        email: 'pat@example.com',
        phone: '555-010-0150',
        message: 'Leaky tap <b>now</b>',
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/contact?sent=1');
    const token = await host.token(['read']);
    const found = RecordPage.parse(
      await (await host.app.request('/v1/records?email=pat@example.com', { headers: bearer(token) })).json(),
    );
    const record = found.items[0] as FormRecord;
    expect(record.kind).toBe('form');
    expect(record.fields.find((f) => f.name === 'message')?.value).toBe('Leaky tap <b>now</b>');
    expect((await page('/contact?sent=1')).html).toMatch(/Thanks!/);
  });

  it('re-shows the contact form with messages and stores nothing when fields are missing', async () => {
    const response = await host.app.request(
      '/contact',
      form({ name: '', email: 'not-an-email', message: '' }),
    );
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Please enter an email address');
    expect(html).toContain('value="not-an-email"');
  });

  it('refuses cross-site form posts', async () => {
    const response = await host.app.request(
      '/contact',
      form({ name: 'X', email: 'x@example.com', message: 'hi' }, { origin: 'https://evil.example' }),
    );
    expect(response.status).toBe(403);
  });

  it('sends visitors without a session to the login form and back', async () => {
    const response = await host.app.request('/app/calls?q=jane');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/app/login?next=%2Fapp%2Fcalls%3Fq%3Djane');
    const wrong = await host.app.request('/app/login', form({ email: AGENT.email, password: 'nope' }));
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Incorrect email or password.');
    const offsite = await host.app.request(
      '/app/login',
      form({ email: AGENT.email, password: AGENT.password, next: '//evil.example/x' }),
    );
    expect(offsite.headers.get('location')).toBe('/app/calls');
  });

  it('lists records with data-record-id/-kind and filters with the search box', async () => {
    const all = await page('/app/calls');
    // The fixtures plus the contact form submitted by the test above.
    expect(all.html.match(/data-record-id="/g)).toHaveLength(fixtureRecords.length + 1);
    expect(all.html).toContain('data-record-id="rec_fixsms001" data-record-kind="sms"');
    const phone = await page('/app/calls?q=555-010-0199');
    expect(phone.html.match(/data-record-id="([^"]+)"/g)).toEqual(['data-record-id="rec_fixsms001"']);
    const name = await page('/app/calls?q=jane');
    expect(name.html.match(/data-record-id="/g)).toHaveLength(2);
  });

  it('renders one element per transcript turn with the text escaped', async () => {
    const { status, html } = await page('/app/calls/rec_fixcall01');
    expect(status).toBe(200);
    expect(html).toContain('<article class="record" data-record-id="rec_fixcall01" data-record-kind="call">');
    expect(html.match(/class="turn"/g)).toHaveLength(3);
    expect(html).toContain('my number is five five five oh one two three');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect((await page('/app/calls/rec_missing01')).status).toBe(404);
  });

  it('mints a connection string on /app/connect that the extension can use', async () => {
    const getPage = await page('/app/connect');
    expect(getPage.html).not.toContain('data-connection-string');
    const response = await host.app.request('/app/connect', form({}, { cookie }));
    expect(response.status).toBe(200);
    const html = await response.text();
    const encoded = /data-connection-string>([^<]+)</.exec(html)?.[1] ?? '';
    const parsed = parseConnectionString(encoded);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.connection.host).toBe(ORIGIN);
    const me = await host.app.request('/v1/me', { headers: bearer(parsed.connection.token) });
    expect((await me.json()).scopes).toEqual(['read', 'redact', 'export']);
  });
});
