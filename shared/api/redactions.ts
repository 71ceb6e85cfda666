import * as z from 'zod/mini';
import { RecordId } from './records.ts';

/** PII label names as the detector emits them, e.g. `phone`, `email`, `dob`. */
export const PiiLabel = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,40}$/));
export type PiiLabel = z.infer<typeof PiiLabel>;

/** How a span is rewritten: `replace` writes `[LABEL]`, `mask` writes one `*` per character. */
export const RedactionOperator = z.enum(['replace', 'mask']);
export type RedactionOperator = z.infer<typeof RedactionOperator>;

/** One span inside a text field of the record, addressed by a dotted path such as `transcript.3.text`. */
export const RedactionSpan = z.object({
  path: z.string().check(z.regex(/^[a-zA-Z]+(\.[A-Za-z0-9]+)*$/), z.maxLength(200)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  label: PiiLabel,
});
export type RedactionSpan = z.infer<typeof RedactionSpan>;

/** Omit `labels` to redact every detected label; omit `spans` to let the host detect them. */
export const CreateRedaction = z.object({
  recordId: RecordId,
  labels: z.optional(z.array(PiiLabel).check(z.minLength(1), z.maxLength(50))),
  spans: z.optional(z.array(RedactionSpan).check(z.maxLength(5000))),
  operator: z._default(RedactionOperator, 'replace'),
});
export type CreateRedaction = z.infer<typeof CreateRedaction>;

export const RedactionResult = z.object({
  id: z.string().check(z.regex(/^red_[A-Za-z0-9]{6,40}$/)),
  recordId: RecordId,
  operator: RedactionOperator,
  labels: z.array(PiiLabel),
  spanCount: z.int().check(z.nonnegative()),
  redactedAt: z.iso.datetime({ offset: true }),
});
export type RedactionResult = z.infer<typeof RedactionResult>;
