import { Hono } from 'hono';
import { encodeConnectionString } from '../../shared/api/connection.ts';
import { RecordId, RecordQuery } from '../../shared/api/records.ts';
import { writeAudit } from '../lib/audit.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { logIn, logOut, THROTTLE_MESSAGE } from '../lib/login.ts';
import type { LoginThrottle } from '../lib/login-throttle.ts';
import { pageSession, safeNext } from '../lib/page-session.ts';
import { getRecordById, searchRecords } from '../lib/records-store.ts';
import { searchBoxQuery } from '../lib/search-box.ts';
import { createApiToken } from '../lib/tokens-store.ts';
import { loginPage } from '../pages/app-chrome.ts';
import { callDetailPage } from '../pages/call-detail.ts';
import { callListPage } from '../pages/call-list.ts';
import { connectPage } from '../pages/connect.ts';

const PAGE_SIZE = 25;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function callLogRoutes(deps: Deps, throttle: LoginThrottle) {
  const app = new Hono<AppEnv>();
  app.get('/app', (c) => c.redirect('/app/calls', 303));
  app.get('/app/login', (c) => c.html(loginPage({ next: safeNext(c.req.query('next')) })));
  app.post('/app/login', async (c) => {
    const form = await c.req.parseBody();
    const email = text(form.email);
    const next = safeNext(text(form.next));
    const outcome = await logIn(deps, throttle, c, email, text(form.password));
    if (outcome.ok) return c.redirect(next, 303);
    if (outcome.reason === 'throttled')
      return c.html(loginPage({ error: THROTTLE_MESSAGE, email, next }), 429);
    return c.html(loginPage({ error: 'Incorrect email or password.', email, next }), 401);
  });
  app.post('/app/logout', async (c) => {
    await logOut(deps, c);
    return c.redirect('/app/login', 303);
  });

  app.use('/app/calls', pageSession(deps));
  app.use('/app/calls/*', pageSession(deps));
  app.use('/app/connect', pageSession(deps));

  app.get('/app/calls', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const pageParam = Number.parseInt(c.req.query('page') ?? '1', 10);
    const page = Number.isFinite(pageParam) && pageParam > 0 ? Math.min(pageParam, 10_000) : 1;
    const query = RecordQuery.parse({ ...searchBoxQuery(q), page, limit: PAGE_SIZE });
    const result = await searchRecords(deps.db, query);
    return c.html(callListPage({ agentEmail: c.get('principal').email, q, page, limit: PAGE_SIZE, result }));
  });
  app.get('/app/calls/:id', async (c) => {
    const id = RecordId.safeParse(c.req.param('id'));
    const record = id.success ? await getRecordById(deps.db, id.data) : null;
    if (!record) return c.html(callDetailPageNotFound(), 404);
    return c.html(callDetailPage(c.get('principal').email, record));
  });

  app.get('/app/connect', (c) => c.html(connectPage(c.get('principal').email)));
  app.post('/app/connect', async (c) => {
    const principal = c.get('principal');
    const now = deps.now();
    const token = await deps.db.transaction(async (tx) => {
      const created = await createApiToken(tx, {
        agentId: principal.agentId,
        name: 'Browser extension',
        scopes: ['read', 'redact', 'export'],
        now,
      });
      await writeAudit(tx, {
        at: now,
        actor: { type: 'agent', id: principal.agentId },
        action: 'token.created',
        target: { type: 'api_token', id: created.id },
        details: { scopes: created.scopes.join(','), via: 'connect-page' },
      });
      return created;
    });
    const host = new URL(c.req.url).origin;
    const connection = encodeConnectionString({ v: 1, host, token: token.token });
    c.header('Cache-Control', 'no-store');
    return c.html(connectPage(principal.email, connection));
  });
  return app;
}

function callDetailPageNotFound() {
  return '<!doctype html><title>Not found</title><p>No such record. <a href="/app/calls">Back to the call log</a></p>';
}
