import { Finding, type PiiLabel } from './finding.ts';
import { hmacSha256, toHex } from './hash/sha256.ts';
import { RedactOperator } from './operator.ts';

export { RedactOperator };

const encoder = new TextEncoder();
const TOKEN_HEX = 12;

/**
 * Replaces each finding's span in `text` by the operator's output. Findings may come in any order;
 * overlapping ones are merged into one replaced span (labelled by the first) so no fragment survives.
 */
export function redact(text: string, findings: readonly Finding[], operator: RedactOperator): string {
  const op = RedactOperator.parse(operator);
  const valid = findings.map((f) => Finding.parse(f)).filter((f) => f.start < text.length);
  const spans = mergeSpans([...valid, ...repeats(text, valid)]);
  const parts: string[] = [];
  let at = 0;
  for (const f of spans) {
    const end = Math.min(f.end, text.length);
    parts.push(text.slice(at, f.start), replacement(text.slice(f.start, end), f.label, op));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The replacement for one value under one operator. */
export function replacement(value: string, label: PiiLabel, op: RedactOperator): string {
  switch (op.kind) {
    case 'label':
      return `[${label}]`;
    case 'remove':
      return '';
    case 'mask':
      return mask(value, op.keepLast ?? 4, op.char ?? '*');
    case 'hash':
      return `[${label}:${keyedToken(op.key, label, value)}]`;
  }
}

/** HMAC-SHA-256 of the label and the value in a canonical form, so "555-0100" and "(555) 0100" agree. */
export function keyedToken(key: string, label: PiiLabel, value: string): string {
  const canonical = canonicalValue(label, value);
  return toHex(hmacSha256(encoder.encode(key), encoder.encode(`${label}\u0000${canonical}`))).slice(
    0,
    TOKEN_HEX,
  );
}

const DIGIT_LABELS: ReadonlySet<PiiLabel> = new Set([
  'PHONE',
  'SSN',
  'CREDIT_CARD',
  'BANK_ACCOUNT',
  'ROUTING',
  'ZIP',
]);

function canonicalValue(label: PiiLabel, value: string): string {
  if (DIGIT_LABELS.has(label)) {
    const digits = value.replace(/\D/g, '');
    // A US number with or without its +1 prefix is the same line.
    return label === 'PHONE' && digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  }
  return value
    .toLowerCase()
    .replace(/[\s.,-]+/g, ' ')
    .trim();
}

function mask(value: string, keepLast: number, char: string): string {
  let keep = keepLast;
  const out: string[] = [];
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charAt(i);
    if (/[\p{L}\p{N}]/u.test(c)) {
      out.push(keep > 0 ? c : char);
      keep--;
    } else out.push(c);
  }
  return out.reverse().join('');
}

/** Distinct values searched again; past this many, only the detected spans are replaced. */
const MAX_REPEAT_VALUES = 256;

/**
 * Other occurrences of a found value that detection did not report (a number pasted twice, once
 * without context), so a value found once never survives elsewhere in the output.
 */
function repeats(text: string, findings: readonly Finding[]): Finding[] {
  const values = new Map<string, Finding>();
  for (const f of findings) {
    const value = text.slice(f.start, f.end);
    if (value.trim().length >= 3 && !values.has(value)) values.set(value, f);
    if (values.size >= MAX_REPEAT_VALUES) break;
  }
  const out: Finding[] = [];
  for (const [value, f] of values) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
      if (at !== f.start) out.push({ ...f, start: at, end: at + value.length });
    }
  }
  return out;
}

function mergeSpans(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) out[out.length - 1] = { ...last, end: f.end };
    } else out.push(f);
  }
  return out;
}
