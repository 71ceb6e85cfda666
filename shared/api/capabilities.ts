import * as z from 'zod/mini';
import { TokenScope } from './auth.ts';
import { ExportFormat } from './exports.ts';
import { RecordKind } from './records.ts';

export const API_VERSION = 1;

export const Feature = z.enum([
  'records',
  'record-search',
  'redactions',
  'exports',
  'opt-outs',
  'consent-receipts',
  'privacy-requests',
  'audit-events',
]);
export type Feature = z.infer<typeof Feature>;

/** What this host implements, so clients can hide what it cannot do. */
export const Capabilities = z.object({
  apiVersion: z.literal(API_VERSION),
  product: z.string(),
  hostVersion: z.string(),
  features: z.array(Feature),
  recordKinds: z.array(RecordKind),
  exportFormats: z.array(ExportFormat),
  tokenScopes: z.array(TokenScope),
});
export type Capabilities = z.infer<typeof Capabilities>;
