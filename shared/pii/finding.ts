import * as z from 'zod/mini';

/** Every kind of personal information the engine reports. */
export const PiiLabel = z.enum([
  'PERSON',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'ZIP',
  'SSN',
  'CREDIT_CARD',
  'BANK_ACCOUNT',
  'ROUTING',
  'IBAN',
  'DOB',
  'DRIVERS_LICENSE',
  'PASSPORT',
  'IP_ADDRESS',
]);
export type PiiLabel = z.infer<typeof PiiLabel>;

/**
 * One detected value: UTF-16 offsets into the scanned text, `end` exclusive.
 * `source` names the recognizer (and `/spoken` when found in the spoken-digit view).
 * `partial` marks a fragment of a value, such as the last four digits of a card.
 */
export const Finding = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  label: PiiLabel,
  score: z.number().check(z.gte(0), z.lte(1)),
  source: z.string(),
  partial: z.optional(z.boolean()),
});
export type Finding = z.infer<typeof Finding>;

/** A term that is always reported, with the label to report it under. */
export const DenyTerm = z.object({
  term: z.string().check(z.minLength(1), z.maxLength(200)),
  label: PiiLabel,
});
export type DenyTerm = z.infer<typeof DenyTerm>;

export const DetectOptions = z.object({
  /** Labels to look for; all labels when absent. */
  labels: z.optional(z.array(PiiLabel)),
  /** Findings scoring below this are dropped (default 0.5). */
  minScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Values never reported (compared case-insensitively against the whole finding). */
  allow: z.optional(z.array(z.string())),
  /** Terms always reported wherever they occur as whole words. */
  deny: z.optional(z.array(DenyTerm)),
  /** ISO 3166 region for phone numbers written without a country code (default US). */
  defaultRegion: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
export type DetectOptions = z.infer<typeof DetectOptions>;

export const DEFAULT_MIN_SCORE = 0.5;
