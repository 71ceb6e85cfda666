import * as z from 'zod/mini';
import { SiteKey } from './sites.ts';

const IsoDateTime = z.iso.datetime({ offset: true });

/** One checkbox as the consumer left it when submitting the form. */
export const ConsentCheckbox = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  label: z.string().check(z.maxLength(2000)),
  checked: z.boolean(),
});
export type ConsentCheckbox = z.infer<typeof ConsentCheckbox>;

/** Proof of consent from a web form: what was shown and what the consumer chose (§7101 records). */
export const CreateConsentReceipt = z.object({
  siteKey: SiteKey,
  formId: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,100}$/)),
  noticeVersion: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The notice text exactly as displayed next to the fields (§7012 notice at collection). */
  noticeText: z.string().check(z.minLength(1), z.maxLength(20_000)),
  checkboxes: z.array(ConsentCheckbox).check(z.maxLength(50)),
  occurredAt: IsoDateTime,
  browserId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/)),
  pageUrl: z.optional(z.string().check(z.maxLength(2000))),
});
export type CreateConsentReceipt = z.infer<typeof CreateConsentReceipt>;

export const ConsentReceipt = z.object({
  ...CreateConsentReceipt.shape,
  id: z.string().check(z.regex(/^cr_[A-Za-z0-9]{6,40}$/)),
  receivedAt: IsoDateTime,
});
export type ConsentReceipt = z.infer<typeof ConsentReceipt>;
