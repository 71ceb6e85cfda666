import * as z from 'zod/mini';
import { PiiLabel } from '../pii/finding.ts';
import { CallLogRecord, RecordId } from './records.ts';

export { PiiLabel };

/**
 * How values are rewritten: `label` writes `[PHONE]`, `mask` keeps the shape with the last four
 * characters, `remove` deletes, `hash` writes `[PHONE:3f9a...]` keyed by a secret only the host holds.
 */
export const RedactionOperator = z.enum(['label', 'mask', 'remove', 'hash']);
export type RedactionOperator = z.infer<typeof RedactionOperator>;

/**
 * One span the agent confirmed, inside a text of the record addressed by a dotted path:
 * `transcript.3.text`, `messages.0.text`, `fields.2.value`, `contact.phone`. Offsets are UTF-16, end exclusive.
 */
export const RedactionSpan = z.object({
  path: z
    .string()
    .check(
      z.regex(
        /^(transcript\.\d+\.text|messages\.\d+\.text|fields\.\d+\.value|contact\.(name|phone|email|address))$/,
      ),
    ),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  label: PiiLabel,
});
export type RedactionSpan = z.infer<typeof RedactionSpan>;

/** Omit `spans` to let the host detect; `labels` then limits which kinds it redacts. Irreversible. */
export const CreateRedaction = z.object({
  recordId: RecordId,
  labels: z.optional(z.array(PiiLabel).check(z.minLength(1))),
  spans: z.optional(z.array(RedactionSpan).check(z.minLength(1), z.maxLength(5000))),
  operator: z._default(RedactionOperator, 'label'),
});
export type CreateRedaction = z.infer<typeof CreateRedaction>;

export const RedactionResult = z.object({
  id: z.string().check(z.regex(/^red_[A-Za-z0-9]{6,40}$/)),
  recordId: RecordId,
  operator: RedactionOperator,
  /** How many values of each label were replaced. */
  counts: z.partialRecord(PiiLabel, z.int().check(z.nonnegative())),
  redactedAt: z.iso.datetime({ offset: true }),
  /** The record as now stored. */
  record: CallLogRecord,
});
export type RedactionResult = z.infer<typeof RedactionResult>;
