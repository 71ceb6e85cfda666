import * as z from 'zod/mini';
import { SiteKey } from './sites.ts';

const IsoDateTime = z.iso.datetime({ offset: true });

/** Consumer rights requests: Civ. Code 1798.100-1798.121 (know, delete, correct, opt-out, limit). */
export const PrivacyRequestType = z.enum(['know', 'delete', 'correct', 'opt-out', 'limit']);
export type PrivacyRequestType = z.infer<typeof PrivacyRequestType>;

export const PrivacyRequestStatus = z.enum([
  'received',
  'verifying',
  'in-progress',
  'extended',
  'completed',
  'denied',
]);
export type PrivacyRequestStatus = z.infer<typeof PrivacyRequestStatus>;

export const PrivacyRequestId = z.string().check(z.regex(/^pr_[A-Za-z0-9]{6,40}$/));
export type PrivacyRequestId = z.infer<typeof PrivacyRequestId>;

/** What the consumer submits; only what is needed to match records (§7060: no extra identifiers). */
export const CreatePrivacyRequest = z.object({
  siteKey: SiteKey,
  type: PrivacyRequestType,
  name: z.optional(z.string().check(z.maxLength(200))),
  email: z.optional(z.email().check(z.maxLength(320))),
  phone: z.optional(z.string().check(z.maxLength(40))),
  /** For `correct`: what is wrong and what it should say. */
  details: z.optional(z.string().check(z.maxLength(5000))),
  /** §7063: submitted by an authorized agent on the consumer's behalf. */
  viaAuthorizedAgent: z._default(z.boolean(), false),
});
export type CreatePrivacyRequest = z.infer<typeof CreatePrivacyRequest>;

/** §7021 deadlines: confirm within 10 business days, respond within 45 days, extendable to 90. */
export const PrivacyRequestDeadlines = z.object({
  receivedAt: IsoDateTime,
  confirmBy: IsoDateTime,
  respondBy: IsoDateTime,
  extendedTo: z.nullable(IsoDateTime),
});
export type PrivacyRequestDeadlines = z.infer<typeof PrivacyRequestDeadlines>;

export const PrivacyRequest = z.object({
  id: PrivacyRequestId,
  siteKey: SiteKey,
  type: PrivacyRequestType,
  status: PrivacyRequestStatus,
  ...PrivacyRequestDeadlines.shape,
  confirmedAt: z.nullable(IsoDateTime),
  closedAt: z.nullable(IsoDateTime),
  /** §7101(c): the basis for a denial is kept with the record. */
  denialReason: z.nullable(z.string().check(z.maxLength(5000))),
});
export type PrivacyRequest = z.infer<typeof PrivacyRequest>;
