import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { TokenScope } from '../../shared/api/auth.ts';
import { API_VERSION, Capabilities, Feature } from '../../shared/api/capabilities.ts';
import { ExportFormat } from '../../shared/api/exports.ts';
import { RecordKind } from '../../shared/api/records.ts';
import type { AppEnv } from '../lib/deps.ts';
import { jsonResponse } from '../lib/openapi-docs.ts';

/** Only what this host really serves today; clients hide the rest. */
const capabilities: Capabilities = {
  apiVersion: API_VERSION,
  product: 'quietline-reference-host',
  hostVersion: '0.1.0',
  // The reference host implements every feature of the contract.
  features: [...Feature.options],
  recordKinds: [...RecordKind.options],
  exportFormats: [...ExportFormat.options],
  tokenScopes: [...TokenScope.options],
};

export function capabilityRoutes() {
  return new Hono<AppEnv>().get(
    '/v1/capabilities',
    describeRoute({
      summary: 'What this host supports',
      tags: ['meta'],
      responses: { 200: jsonResponse(Capabilities, 'Capabilities and API version') },
    }),
    (c) => c.json(Capabilities.parse(capabilities)),
  );
}
