import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { ConsentReceipt, CreateConsentReceipt } from '../../shared/api/consent-receipts.ts';
import { storeConsentReceipt } from '../lib/consent-receipts-store.ts';
import type { AppEnv, Deps } from '../lib/deps.ts';
import { errorResponses, jsonResponse } from '../lib/openapi-docs.ts';
import { siteForWrite } from '../lib/site-origin.ts';
import { jsonBody, requireJson } from '../lib/validate.ts';

export function consentReceiptRoutes(deps: Deps) {
  return new Hono<AppEnv>().post(
    '/v1/consent-receipts',
    describeRoute({
      summary: 'Store proof of consent from a web form',
      tags: ['consent-receipts'],
      responses: { 201: jsonResponse(ConsentReceipt, 'Stored'), ...errorResponses(400, 403, 413, 415, 422) },
    }),
    requireJson,
    jsonBody(CreateConsentReceipt),
    async (c) => {
      const body = c.req.valid('json');
      await siteForWrite(deps.db, c, body.siteKey);
      return c.json(ConsentReceipt.parse(await storeConsentReceipt(deps.db, body, deps.now())), 201);
    },
  );
}
