import * as z from 'zod/mini';
import { SiteKey } from './sites.ts';

/** How the choice reached us: the link's dialog, a GPC signal (JS or header), or the public JS API. */
export const OptOutSource = z.enum(['link', 'gpc', 'gpc-header', 'api']);
export type OptOutSource = z.infer<typeof OptOutSource>;

/** What the choice covers: sale/sharing (Civ. Code 1798.120) or limiting sensitive PI (1798.121). */
export const OptOutScope = z.enum(['sale-sharing', 'sensitive-limit']);
export type OptOutScope = z.infer<typeof OptOutScope>;

export const OptOutDecision = z.enum(['opt-out', 'opt-in']);
export type OptOutDecision = z.infer<typeof OptOutDecision>;

export const CreateOptOut = z.object({
  siteKey: SiteKey,
  /** The same key sent twice records one opt-out: retries after a lost response are safe. */
  idempotencyKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/)),
  /** A random first-party id for this browser (§7025(c)(1): the opt-out applies to the browser). */
  browserId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/)),
  source: OptOutSource,
  decision: OptOutDecision,
  scopes: z.array(OptOutScope).check(z.minLength(1)),
  gpc: z.boolean(),
  gppString: z.optional(z.string().check(z.maxLength(2000))),
  occurredAt: z.iso.datetime({ offset: true }),
  pageUrl: z.optional(z.string().check(z.maxLength(2000))),
});
export type CreateOptOut = z.infer<typeof CreateOptOut>;

export const OptOutReceipt = z.object({
  id: z.string(),
  siteKey: SiteKey,
  receivedAt: z.iso.datetime({ offset: true }),
  /** True when this idempotency key had already been recorded. */
  duplicate: z.boolean(),
});
export type OptOutReceipt = z.infer<typeof OptOutReceipt>;
