import type { Finding, PiiLabel } from '../finding.ts';
import { finding, type ScanInput } from '../scan-input.ts';
import type { DigitChunk } from './digit-chunks.ts';

/** Kinds of numbers people read out and then correct in the same breath. */
const CORRECTED_LABELS: ReadonlySet<PiiLabel> = new Set<PiiLabel>([
  'PHONE',
  'SSN',
  'CREDIT_CARD',
  'BANK_ACCOUNT',
  'ROUTING',
  'DRIVERS_LICENSE',
  'PASSPORT',
]);

/** How far after a value its correction may start: the words that take it back, and no more. */
const REACH = 40;
/**
 * "3844220175. Wait, sorry — 38442201756": words that take back what was just said, right after it. Anchored
 * at the value's end and read in a bounded slice, so the scan stays linear.
 */
const TAKEN_BACK =
  /^[.,;!?]?[ \t]{0,2}(?:(?:wait|no|nope|sorry|oops|actually|i mean|correction|scratch that|my bad|let me try again)[.,;!]?[ \t]{0,2}(?:[—–-][ \t]{0,2})?){1,3}/;
/** Digits a corrected value may gain or lose against the value it replaces (a digit left out, one too many). */
const MAX_LENGTH_CHANGE = 2;
const MIN_DIGITS = 4;

/**
 * Values said again right after words that take the first saying back: the correction is a value of the same
 * kind as the one it replaces, whatever cue the first had ("account number?" ... "3844220175. Wait, sorry —
 * 38442201756").
 */
export function correctedValues(input: ScanInput, found: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const { text, lower, chunks } = input;
  if (chunks.length < 2) return out;
  let byStart: Map<number, DigitChunk> | null = null;
  for (const f of found) {
    if (!CORRECTED_LABELS.has(f.label)) continue;
    const m = TAKEN_BACK.exec(lower.slice(f.end, f.end + REACH));
    if (m === null) continue;
    if (byStart === null) byStart = new Map(chunks.map((c) => [c.start, c]));
    const next = byStart.get(f.end + m[0].length);
    if (next === undefined || next.glued) continue;
    const said = digitCount(text, f.start, f.end);
    const length = next.digits.length;
    if (length < MIN_DIGITS || Math.abs(length - said) > MAX_LENGTH_CHANGE) continue;
    out.push(finding(next.start, next.end, f.label, f.score, `${f.source}/corrected`, f.partial === true));
  }
  return out;
}

function digitCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
