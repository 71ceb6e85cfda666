import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CreateExport, ExportResult } from '../../shared/api/exports.ts';
import { requireToken } from '../lib/auth.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { exportStoredRecord } from '../lib/exports-store.ts';
import { bearerSecurity, errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { jsonBody, requireJson } from '../lib/validate.ts';

export function exportRoutes(deps: Deps) {
  return new Hono<AppEnv>().post(
    '/v1/exports',
    describeRoute({
      summary: 'Export one record as JSON or CSV (for a right-to-know response)',
      tags: ['exports'],
      security: bearerSecurity,
      responses: {
        201: jsonResponse(ExportResult, 'The file, inline'),
        ...errorResponses(400, 401, 403, 404, 413, 415, 422),
      },
    }),
    requireToken(deps, 'export'),
    requireJson,
    jsonBody(CreateExport),
    async (c) => {
      const result = await exportStoredRecord(deps.db, c.req.valid('json'), {
        agentId: c.get('principal').agentId,
        now: deps.now(),
      });
      c.header('Cache-Control', 'no-store');
      return c.json(ExportResult.parse(result), 201);
    },
  );
}
