import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as z from 'zod/mini';
import { CallLogRecord, RecordId, RecordPage, RecordQuery } from '../../shared/api/records.ts';
import { requireToken } from '../lib/auth.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { HttpError } from '../lib/http-error.ts';
import { bearerSecurity, errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { getRecordById, searchRecords } from '../lib/records-store.ts';
import { pathParams, queryParams } from '../lib/validate.ts';

export function recordRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get(
      '/v1/records',
      describeRoute({
        summary: 'List and search call-log records',
        description: 'Newest first. Filter by phone (digits), email, name, date range and kind.',
        tags: ['records'],
        security: bearerSecurity,
        responses: { 200: jsonResponse(RecordPage, 'A page of records'), ...errorResponses(400, 401, 403) },
      }),
      requireToken(deps, 'read'),
      queryParams(RecordQuery),
      async (c) => c.json(RecordPage.parse(await searchRecords(deps.db, c.req.valid('query')))),
    )
    .get(
      '/v1/records/:id',
      describeRoute({
        summary: 'Get one call-log record',
        tags: ['records'],
        security: bearerSecurity,
        responses: { 200: jsonResponse(CallLogRecord, 'The record'), ...errorResponses(400, 401, 403, 404) },
      }),
      requireToken(deps, 'read'),
      pathParams(z.object({ id: RecordId })),
      async (c) => {
        const record = await getRecordById(deps.db, c.req.valid('param').id);
        if (!record) throw new HttpError(404, 'not_found', 'No record with this id.');
        return c.json(record);
      },
    );
}
