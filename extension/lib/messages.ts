import * as z from 'zod/mini';
import { Finding, PiiLabel } from '../../shared/pii/finding.ts';

/** Popup -> content script requests; every receiver parses before acting. */
export const ContentRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('findings/list'),
    /** How many findings to list; counts always cover all of them. */
    limit: z.optional(z.int().check(z.positive(), z.lte(100_000))),
  }),
  z.object({ type: z.literal('findings/reveal'), id: z.int().check(z.nonnegative()) }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

export const FindingSummary = z.object({
  id: z.int(),
  label: PiiLabel,
  score: z.number(),
  /** Masked form only: the popup never holds the raw value. */
  masked: z.string(),
  recordId: z.nullable(z.string()),
});
export type FindingSummary = z.infer<typeof FindingSummary>;

export const FindingsResponse = z.object({
  type: z.literal('findings'),
  active: z.boolean(),
  counts: z.record(z.string(), z.int()),
  findings: z.array(FindingSummary),
  truncated: z.boolean(),
});
export type FindingsResponse = z.infer<typeof FindingsResponse>;

export const RevealResponse = z.object({ type: z.literal('revealed'), found: z.boolean() });
export type RevealResponse = z.infer<typeof RevealResponse>;

export const ContentResponse = z.discriminatedUnion('type', [FindingsResponse, RevealResponse]);
export type ContentResponse = z.infer<typeof ContentResponse>;

/** Content script -> background: the engine runs off the page's main thread. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('detect'),
    labels: z.array(PiiLabel),
    texts: z.array(z.string()),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

export const DetectResponse = z.object({
  type: z.literal('detected'),
  results: z.array(z.array(Finding)),
});
export type DetectResponse = z.infer<typeof DetectResponse>;
