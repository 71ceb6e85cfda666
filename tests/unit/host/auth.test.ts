import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents, apiTokens } from '../../../host/db/schema.ts';
import { Agent, CreatedToken, WhoAmI } from '../../../shared/api/auth.ts';
import { databaseKinds } from './support/databases.ts';
import { AGENT, bearer, postJson, startTestHost, type TestHost } from './support/test-host.ts';

function sessionCookie(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const match = /ql_session=([^;]+)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in ${header}`);
  return `ql_session=${match[1]}`;
}

describe.each(databaseKinds())('agent auth on %s', (kind) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost(kind);
  });
  afterAll(() => host.close());

  it('logs in with a session cookie that scripts cannot read', async () => {
    const response = await postJson(host, '/v1/auth/login', {
      email: 'AGENT@example.com',
      password: AGENT.password,
    });
    expect(response.status).toBe(200);
    expect(Agent.parse(await response.json()).email).toBe(AGENT.email);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await postJson(host, '/v1/auth/login', { email: AGENT.email, password: 'nope' });
    const unknown = await postJson(host, '/v1/auth/login', { email: 'who@example.com', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('stores an argon2 hash, never the password', async () => {
    const [row] = await host.database.db.select().from(agents);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain(AGENT.password);
  });

  it('mints a token from a session; the token works as Bearer and is stored only hashed', async () => {
    const login = await postJson(host, '/v1/auth/login', { email: AGENT.email, password: AGENT.password });
    const cookie = sessionCookie(login);
    const unauth = await postJson(host, '/v1/tokens', { scopes: ['read'] });
    expect(unauth.status).toBe(401);

    const response = await postJson(
      host,
      '/v1/tokens',
      { name: 'laptop', scopes: ['read', 'export'] },
      { cookie },
    );
    expect(response.status).toBe(201);
    const created = CreatedToken.parse(await response.json());
    expect(created.scopes).toEqual(['read', 'export']);

    const me = await host.app.request('/v1/me', { headers: bearer(created.token) });
    expect(WhoAmI.parse(await me.json())).toEqual({
      agent: { id: host.agentId, email: AGENT.email, name: AGENT.name },
      scopes: ['read', 'export'],
    });
    const stored = await host.database.db.select().from(apiTokens);
    expect(JSON.stringify(stored)).not.toContain(created.token);
  });

  it('stops accepting a session after logout', async () => {
    const login = await postJson(host, '/v1/auth/login', { email: AGENT.email, password: AGENT.password });
    const cookie = sessionCookie(login);
    const out = await host.app.request('/v1/auth/logout', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(204);
    const after = await postJson(host, '/v1/tokens', { scopes: ['read'] }, { cookie });
    expect(after.status).toBe(401);
  });

  it('never writes passwords, tokens or cookies to the log', async () => {
    const login = await postJson(host, '/v1/auth/login', { email: AGENT.email, password: AGENT.password });
    const cookie = sessionCookie(login);
    const token = await host.token(['read']);
    await host.app.request('/v1/records?email=jane%40example.com', { headers: { ...bearer(token), cookie } });
    const log = host.log.lines.join('\n');
    expect(log).toContain('GET /v1/records 200');
    for (const secret of [AGENT.password, token, cookie.split('=')[1] ?? '', 'jane@example.com', 'jane%40']) {
      expect(log).not.toContain(secret);
    }
  });

  // Last in the file: it locks the test agent out for the rest of this app's life.
  it('refuses even the right password after ten failures for that email, with 429', async () => {
    for (let i = 0; i < 10; i++) {
      const wrong = await postJson(host, '/v1/auth/login', { email: AGENT.email, password: `guess-${i}` });
      expect(wrong.status).toBe(401);
    }
    const right = await postJson(host, '/v1/auth/login', { email: AGENT.email, password: AGENT.password });
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toBe('900');
    expect(right.headers.get('set-cookie')).toBeNull();
  });
});
