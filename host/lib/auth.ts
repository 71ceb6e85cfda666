import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { TokenScope } from '../../shared/api/auth.ts';
import type { AppEnv, Deps } from './deps.ts';
import { HttpError } from './http-error.ts';
import { findSessionAgent, SESSION_COOKIE } from './sessions-store.ts';
import { resolveApiToken } from './tokens-store.ts';

const BEARER = /^Bearer\s+(qlt_[A-Za-z0-9_-]{20,200})\s*$/;

const unauthorized = (message: string) =>
  new HttpError(401, 'unauthorized', message, {
    headers: { 'WWW-Authenticate': 'Bearer realm="quietline"' },
  });

/** 401 when the token is missing or unknown, 403 when it lacks the scope: the client can tell which to fix. */
export function requireToken(deps: Deps, scope?: TokenScope): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw unauthorized('Send an API token: Authorization: Bearer qlt_...');
    const match = BEARER.exec(header);
    if (!match?.[1]) throw unauthorized('The Authorization header is not a Quietline API token.');
    const principal = await resolveApiToken(deps.db, match[1], deps.now());
    if (!principal) throw unauthorized('This API token is not valid or has been revoked.');
    if (scope && !principal.scopes.includes(scope)) {
      throw new HttpError(403, 'forbidden', `This API token lacks the "${scope}" scope.`);
    }
    c.set('principal', principal);
    await next();
  };
}

/** Session-cookie auth for JSON endpoints used by the call-log pages (e.g. minting a token). */
export function requireSession(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = getCookie(c, SESSION_COOKIE);
    const agent = secret ? await findSessionAgent(deps.db, secret, deps.now()) : null;
    if (!agent) throw new HttpError(401, 'unauthorized', 'Log in first.');
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
