import type { CallLogRecord, ContactFields } from '../../shared/api/records.ts';
import type { RedactionSpan } from '../../shared/api/redactions.ts';
import type { Finding, PiiLabel } from '../../shared/pii/finding.ts';
import type { RedactOperator } from '../../shared/pii/operator.ts';
import { redact } from '../../shared/pii/redact.ts';
import { HttpError } from './http-error.ts';

type Counts = Partial<Record<PiiLabel, number>>;

/** The text a span path names, or undefined when the record has no such text. */
function textAt(record: CallLogRecord, path: string): string | undefined {
  const [part, index, field] = path.split('.');
  if (part === 'contact') return record.contact[index as keyof ContactFields];
  const i = Number(index);
  if (part === 'transcript' && record.kind === 'call') return record.transcript[i]?.text;
  if (part === 'messages' && (record.kind === 'sms' || record.kind === 'chat'))
    return record.messages[i]?.text;
  if (part === 'fields' && record.kind === 'form' && field === 'value') return record.fields[i]?.value;
  return undefined;
}

function withText(record: CallLogRecord, path: string, text: string): CallLogRecord {
  const [part, index] = path.split('.');
  const i = Number(index);
  if (part === 'contact') return { ...record, contact: { ...record.contact, [index as string]: text } };
  if (part === 'transcript' && record.kind === 'call') {
    return { ...record, transcript: record.transcript.map((t, k) => (k === i ? { ...t, text } : t)) };
  }
  if (part === 'messages' && (record.kind === 'sms' || record.kind === 'chat')) {
    return { ...record, messages: record.messages.map((m, k) => (k === i ? { ...m, text } : m)) };
  }
  if (part === 'fields' && record.kind === 'form') {
    return { ...record, fields: record.fields.map((f, k) => (k === i ? { ...f, value: text } : f)) };
  }
  return record;
}

/** Applies agent-confirmed spans; any span outside its text rejects the whole request (422). */
export function redactSpans(
  record: CallLogRecord,
  spans: readonly RedactionSpan[],
  operator: RedactOperator,
): { record: CallLogRecord; counts: Counts } {
  const byPath = new Map<string, Finding[]>();
  const issues: { path: string; message: string }[] = [];
  spans.forEach((span, i) => {
    const text = textAt(record, span.path);
    if (text === undefined)
      issues.push({ path: `spans.${i}.path`, message: 'The record has no text at this path.' });
    else if (span.end <= span.start || span.end > text.length) {
      issues.push({
        path: `spans.${i}`,
        message: `Offsets must satisfy 0 <= start < end <= ${text.length}.`,
      });
    } else {
      const list = byPath.get(span.path) ?? [];
      list.push({ start: span.start, end: span.end, label: span.label, score: 1, source: 'agent' });
      byPath.set(span.path, list);
    }
  });
  if (issues.length > 0)
    throw new HttpError(422, 'validation_failed', 'Some spans do not fit the record.', { issues });
  const counts: Counts = {};
  let out = record;
  for (const [path, findings] of byPath) {
    out = withText(out, path, redact(textAt(out, path) ?? '', findings, operator));
    for (const f of findings) counts[f.label] = (counts[f.label] ?? 0) + 1;
  }
  return { record: out, counts };
}
