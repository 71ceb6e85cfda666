import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Agent } from '../../shared/api/auth.ts';
import { checkLogin } from './agents-store.ts';
import { writeAudit } from './audit.ts';
import type { Deps } from './deps.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from './sessions-store.ts';

export type LoginOutcome = { ok: true; agent: Agent } | { ok: false; reason: 'wrong' | 'throttled' };

export const THROTTLE_MESSAGE = 'Too many failed attempts. Wait 15 minutes and try again.';

/** Checks the password, opens a session and sets the HttpOnly, SameSite=Lax cookie. */
export async function logIn(
  deps: Deps,
  throttle: LoginThrottle,
  c: Context,
  email: string,
  password: string,
): Promise<LoginOutcome> {
  const now = deps.now();
  if (throttle.blocked(email, now)) return { ok: false, reason: 'throttled' };
  const agent = await checkLogin(deps.db, email, password);
  if (!agent) {
    throttle.failed(email, now);
    await writeAudit(deps.db, {
      at: now,
      actor: { type: 'agent', id: null },
      action: 'agent.login_failed',
      target: { type: 'agent', id: null },
    });
    return { ok: false, reason: 'wrong' };
  }
  throttle.succeeded(email);
  const secret = await deps.db.transaction(async (tx) => {
    const value = await createSession(tx, agent.id, now);
    await writeAudit(tx, {
      at: now,
      actor: { type: 'agent', id: agent.id },
      action: 'agent.login',
      target: { type: 'agent', id: agent.id },
    });
    return value;
  });
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
  return { ok: true, agent };
}

export async function logOut(deps: Deps, c: Context): Promise<void> {
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret) await deleteSession(deps.db, secret);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
