import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CreatePrivacyRequest, PrivacyRequest } from '../../shared/api/privacy-requests.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { openPrivacyRequest } from '../lib/privacy-requests-store.ts';
import { siteForWrite } from '../lib/site-origin.ts';
import { jsonBody, requireJson } from '../lib/validate.ts';

export function privacyRequestRoutes(deps: Deps) {
  return new Hono<AppEnv>().post(
    '/v1/privacy-requests',
    describeRoute({
      summary: 'Submit a consumer request to know, delete, correct, opt out or limit',
      description: 'Returns the §7021 deadlines: confirm within 10 business days, respond within 45 days.',
      tags: ['privacy-requests'],
      responses: {
        201: jsonResponse(PrivacyRequest, 'Received'),
        ...errorResponses(400, 403, 413, 415, 422),
      },
    }),
    requireJson,
    jsonBody(CreatePrivacyRequest),
    async (c) => {
      const body = c.req.valid('json');
      await siteForWrite(deps.db, c, body.siteKey);
      return c.json(PrivacyRequest.parse(await openPrivacyRequest(deps.db, body, deps.now())), 201);
    },
  );
}
