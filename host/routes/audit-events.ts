import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { AuditEventPage, AuditEventQuery } from '../../shared/api/audit-events.ts';
import { listAuditEvents } from '../lib/audit-store.ts';
import { requireToken } from '../lib/auth.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { bearerSecurity, errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { queryParams } from '../lib/validate.ts';

export function auditEventRoutes(deps: Deps) {
  return new Hono<AppEnv>().get(
    '/v1/audit-events',
    describeRoute({
      summary: 'The audit trail, newest first (§7101 record-keeping)',
      tags: ['audit-events'],
      security: bearerSecurity,
      responses: { 200: jsonResponse(AuditEventPage, 'A page of events'), ...errorResponses(400, 401, 403) },
    }),
    requireToken(deps, 'read'),
    queryParams(AuditEventQuery),
    async (c) => c.json(AuditEventPage.parse(await listAuditEvents(deps.db, c.req.valid('query')))),
  );
}
