import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { Agent, CreatedToken, CreateToken, LoginBody, WhoAmI } from '../../shared/api/auth.ts';
import { writeAudit } from '../lib/audit.ts';
import { requireSession, requireToken } from '../lib/auth.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { HttpError } from '../lib/http-error.ts';
import { logIn, logOut, THROTTLE_MESSAGE } from '../lib/login.ts';
import type { LoginThrottle } from '../lib/login-throttle.ts';
import { bearerSecurity, errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { createApiToken } from '../lib/tokens-store.ts';
import { jsonBody, requireJson } from '../lib/validate.ts';

export function authRoutes(deps: Deps, throttle: LoginThrottle) {
  return new Hono<AppEnv>()
    .post(
      '/v1/auth/login',
      describeRoute({
        summary: 'Log an agent in; sets an HttpOnly session cookie',
        tags: ['auth'],
        responses: { 200: jsonResponse(Agent, 'Logged in'), ...errorResponses(400, 401, 415, 422, 429) },
      }),
      requireJson,
      jsonBody(LoginBody),
      async (c) => {
        const { email, password } = c.req.valid('json');
        const outcome = await logIn(deps, throttle, c, email, password);
        if (outcome.ok) return c.json(Agent.parse(outcome.agent));
        if (outcome.reason === 'throttled') {
          throw new HttpError(429, 'rate_limited', THROTTLE_MESSAGE, { headers: { 'Retry-After': '900' } });
        }
        throw new HttpError(401, 'unauthorized', 'Incorrect email or password.');
      },
    )
    .post(
      '/v1/auth/logout',
      describeRoute({
        summary: 'End the session',
        tags: ['auth'],
        responses: { 204: { description: 'Logged out' } },
      }),
      async (c) => {
        await logOut(deps, c);
        return c.body(null, 204);
      },
    )
    .get(
      '/v1/me',
      describeRoute({
        summary: 'The agent and scopes behind the Bearer token',
        tags: ['auth'],
        security: bearerSecurity,
        responses: { 200: jsonResponse(WhoAmI, 'The caller'), ...errorResponses(401) },
      }),
      requireToken(deps),
      (c) => {
        const p = c.get('principal');
        return c.json(
          WhoAmI.parse({ agent: { id: p.agentId, email: p.email, name: p.name }, scopes: p.scopes }),
        );
      },
    )
    .post(
      '/v1/tokens',
      describeRoute({
        summary: 'Mint an API token for the logged-in agent (session cookie); shown once',
        tags: ['auth'],
        responses: { 201: jsonResponse(CreatedToken, 'The new token'), ...errorResponses(401, 415, 422) },
      }),
      requireSession(deps),
      requireJson,
      jsonBody(CreateToken),
      async (c) => {
        const { name, scopes } = c.req.valid('json');
        const agentId = c.get('principal').agentId;
        const now = deps.now();
        const created = await deps.db.transaction(async (tx) => {
          const token = await createApiToken(tx, { agentId, name, scopes, now });
          await writeAudit(tx, {
            at: now,
            actor: { type: 'agent', id: agentId },
            action: 'token.created',
            target: { type: 'api_token', id: token.id },
            details: { scopes: scopes.join(',') },
          });
          return token;
        });
        return c.json(CreatedToken.parse(created), 201);
      },
    );
}
