import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CreateOptOut, OptOutReceipt } from '../../shared/api/opt-outs.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { HttpError } from '../lib/http-error.ts';
import { errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { recordOptOut } from '../lib/opt-outs-store.ts';
import { getSiteSettings } from '../lib/sites-store.ts';
import { jsonBody, requireJson } from '../lib/validate.ts';

export function optOutRoutes(deps: Deps) {
  return new Hono<AppEnv>().post(
    '/v1/opt-outs',
    describeRoute({
      summary: 'Record an opt-out (or opt-in) choice; idempotent per idempotencyKey',
      description: 'No verification is required for opt-outs (§7026). 201 when new, 200 for a repeat.',
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
      const site = await getSiteSettings(deps.db, body.siteKey);
      if (!site) {
        throw new HttpError(422, 'validation_failed', 'The request body is not valid.', {
          issues: [{ path: 'siteKey', message: 'No site with this key.' }],
        });
      }
      const origin = c.req.header('origin');
      if (origin && !site.allowedOrigins.includes(origin)) {
        throw new HttpError(403, 'forbidden', 'This origin may not submit choices for this site.');
      }
      const receipt = await recordOptOut(deps.db, body, deps.now());
      return c.json(OptOutReceipt.parse(receipt), receipt.duplicate ? 200 : 201);
    },
  );
}
