import * as z from 'zod/mini';
import { CallLogRecord, type ContactFields, type FormField } from '../api/records.ts';
import { detector } from './detect.ts';
import { DetectOptions, type Finding, type PiiLabel } from './finding.ts';
import { RedactOperator } from './operator.ts';
import { redact, replacement } from './redact.ts';

export const RedactRecordOptions = z.object({
  operator: RedactOperator,
  detect: z.optional(DetectOptions),
  /** When set, stamped into `redactedAt` (the core reads no clock). */
  redactedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type RedactRecordOptions = z.infer<typeof RedactRecordOptions>;

export type LabelCounts = Partial<Record<PiiLabel, number>>;

export interface RedactedRecord {
  readonly record: CallLogRecord;
  /** How many values of each label were replaced across the whole record. */
  readonly counts: LabelCounts;
}

/** Contact fields hold one known kind of value each, so the whole field is replaced. */
const CONTACT_LABELS: Readonly<Record<keyof ContactFields, PiiLabel>> = {
  name: 'PERSON',
  phone: 'PHONE',
  email: 'EMAIL',
  address: 'ADDRESS',
};

/** Form fields whose name says what they hold are replaced whole; others are scanned like prose. */
const FIELD_LABELS: readonly [RegExp, PiiLabel][] = [
  [/e-?mail/, 'EMAIL'],
  [/phone|mobile|\bcell|tel\b|fax/, 'PHONE'],
  [/ssn|social/, 'SSN'],
  [/birth|dob/, 'DOB'],
  [/zip|postal/, 'ZIP'],
  [/address|street/, 'ADDRESS'],
  [/(first|last|full|sur|given|family|your)[ _-]?name|^name$/, 'PERSON'],
  [/card/, 'CREDIT_CARD'],
];

/** Redacts every contact field, transcript turn, message and form field of a call-log record. */
export function redactRecord(input: CallLogRecord, options: RedactRecordOptions): RedactedRecord {
  const record = CallLogRecord.parse(input);
  const opts = RedactRecordOptions.parse(options);
  const counts: LabelCounts = {};
  const count = (label: PiiLabel): void => {
    counts[label] = (counts[label] ?? 0) + 1;
  };
  const detect = detector(opts.detect);
  const scan = (text: string): string => {
    const findings: Finding[] = detect(text);
    for (const f of findings) count(f.label);
    return findings.length ? redact(text, findings, opts.operator) : text;
  };
  const whole = (value: string, label: PiiLabel): string => {
    if (value.trim() === '') return value;
    count(label);
    return replacement(value, label, opts.operator);
  };
  const contact: ContactFields = {};
  for (const key of Object.keys(CONTACT_LABELS) as (keyof ContactFields)[]) {
    const value = record.contact[key];
    if (value !== undefined) contact[key] = whole(value, CONTACT_LABELS[key]);
  }
  const base = { ...record, contact, ...(opts.redactedAt ? { redactedAt: opts.redactedAt } : {}) };
  let out: CallLogRecord;
  switch (base.kind) {
    case 'call':
      out = { ...base, transcript: base.transcript.map((t) => ({ ...t, text: scan(t.text) })) };
      break;
    case 'sms':
      out = { ...base, messages: base.messages.map((m) => ({ ...m, text: scan(m.text) })) };
      break;
    case 'chat':
      out = {
        ...base,
        pageUrl: scan(base.pageUrl),
        messages: base.messages.map((m) => ({ ...m, text: scan(m.text) })),
      };
      break;
    case 'form':
      out = {
        ...base,
        pageUrl: scan(base.pageUrl),
        fields: base.fields.map((f) => redactField(f, scan, whole)),
      };
      break;
  }
  return { record: out, counts };
}

function redactField(
  field: FormField,
  scan: (text: string) => string,
  whole: (value: string, label: PiiLabel) => string,
): FormField {
  const key = `${field.name} ${field.label}`.toLowerCase();
  const hit = FIELD_LABELS.find(([re]) => re.test(key));
  return { ...field, value: hit ? whole(field.value, hit[1]) : scan(field.value) };
}
