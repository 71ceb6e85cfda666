import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CreateOptOut, OptOutReceipt } from '../../shared/api/opt-outs.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { recordOptOut } from '../lib/opt-outs-store.ts';
import { siteForWrite } from '../lib/site-origin.ts';
import { jsonBody, requireJson } from '../lib/validate.ts';

export function optOutRoutes(deps: Deps) {
  return new Hono<AppEnv>().post(
    '/v1/opt-outs',
    describeRoute({
      summary: 'Record an opt-out (or opt-in) choice; idempotent per idempotencyKey',
      description:
        'No verification is required for opt-outs (§7026). 201 when new, 200 for a repeat. Records are kept at least 24 months (§7101); nothing in the host deletes them.',
      tags: ['opt-outs'],
      responses: {
        200: jsonResponse(OptOutReceipt, 'Already recorded: the first receipt, duplicate true'),
        201: jsonResponse(OptOutReceipt, 'Recorded'),
        ...errorResponses(400, 403, 413, 415, 422),
      },
    }),
    requireJson,
    jsonBody(CreateOptOut),
    async (c) => {
      const body = c.req.valid('json');
      await siteForWrite(deps.db, c, body.siteKey);
      const receipt = await recordOptOut(deps.db, body, deps.now());
      return c.json(OptOutReceipt.parse(receipt), receipt.duplicate ? 200 : 201);
    },
  );
}
