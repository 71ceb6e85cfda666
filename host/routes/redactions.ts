import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CreateRedaction, RedactionResult } from '../../shared/api/redactions.ts';
import { requireToken } from '../lib/auth.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { bearerSecurity, errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { redactStoredRecord } from '../lib/redactions-store.ts';
import { jsonBody, requireJson } from '../lib/validate.ts';

export function redactionRoutes(deps: Deps) {
  return new Hono<AppEnv>().post(
    '/v1/redactions',
    describeRoute({
      summary: 'Redact a record in place (irreversible): agent-confirmed spans, or host detection',
      tags: ['redactions'],
      security: bearerSecurity,
      responses: {
        201: jsonResponse(RedactionResult, 'Redacted; the stored record'),
        ...errorResponses(400, 401, 403, 404, 413, 415, 422),
      },
    }),
    requireToken(deps, 'redact'),
    requireJson,
    jsonBody(CreateRedaction),
    async (c) => {
      const result = await redactStoredRecord(deps.db, c.req.valid('json'), {
        agentId: c.get('principal').agentId,
        now: deps.now(),
        hashKey: deps.config.hashKey,
      });
      return c.json(RedactionResult.parse(result), 201);
    },
  );
}
