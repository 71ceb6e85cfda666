import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Agent } from '../../shared/api/auth.ts';
import { checkLogin } from './agents-store.ts';
import { writeAudit } from './audit.ts';
import type { Deps } from './deps.ts';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from './sessions-store.ts';

/** Checks the password, opens a session and sets the HttpOnly, SameSite=Lax cookie. */
export async function logIn(deps: Deps, c: Context, email: string, password: string): Promise<Agent | null> {
  const now = deps.now();
  const agent = await checkLogin(deps.db, email, password);
  if (!agent) {
    await writeAudit(deps.db, {
      at: now,
      actor: { type: 'agent', id: null },
      action: 'agent.login_failed',
      target: { type: 'agent', id: null },
    });
    return null;
  }
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
  return agent;
}

export async function logOut(deps: Deps, c: Context): Promise<void> {
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret) await deleteSession(deps.db, secret);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
