import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv, Deps } from './deps.ts';
import { findSessionAgent, SESSION_COOKIE } from './sessions-store.ts';

/** Pages redirect to the login form instead of answering 401, and come back afterwards. */
export function pageSession(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = getCookie(c, SESSION_COOKIE);
    const agent = secret ? await findSessionAgent(deps.db, secret, deps.now()) : null;
    if (!agent) {
      const next = new URL(c.req.url);
      return c.redirect(`/app/login?next=${encodeURIComponent(next.pathname + next.search)}`, 303);
    }
    c.set('principal', {
      agentId: agent.id,
      email: agent.email,
      name: agent.name,
      tokenId: null,
      scopes: [],
    });
    await next();
  };
}

/** Only local call-log paths: a crafted `next` must not bounce the agent to another site. */
export function safeNext(next: string | undefined): string {
  return next && /^\/app\/[A-Za-z0-9/_?=&%.-]*$/.test(next) && !next.startsWith('//') ? next : '/app/calls';
}
