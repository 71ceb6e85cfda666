import type { Finding, PiiLabel } from './finding.ts';
import { finding, type ScanInput } from './scan-input.ts';
import { isDigit } from './text/chars.ts';
import { firstChunkFrom } from './text/digit-chunks.ts';

/**
 * Agents read values back ("It's New York, 418 227 903." then "418-227-903, thank you") and notes repeat
 * them ("Chicago, Illinois 60641" then "not 60641"): the same digits said again are the same value, though
 * the words that marked it the first time are gone. Labels whose values are numbers of their own.
 */
const READ_BACK_LABELS: ReadonlySet<PiiLabel> = new Set<PiiLabel>([
  'PHONE',
  'SSN',
  'CREDIT_CARD',
  'ROUTING',
  'BANK_ACCOUNT',
  'ZIP',
  'DOB',
  'DRIVERS_LICENSE',
  'PASSPORT',
]);
/** Shorter numbers (house numbers, amounts, last fours) recur by chance. */
const MIN_DIGITS = 5;
/** The ZIP closing a street address ("..., Plano, TX 75093"). */
const ADDRESS_ZIP = /(?<!\d)(\d{5})(?:-\d{4})?\s*$/;
/** As sure as the first mention's cue made it; ties go to the stronger label's own shape (a valid phone). */
const READ_BACK_SCORE = 0.85;

/** A value's label and where it was first mentioned. */
export interface Mention {
  readonly label: PiiLabel;
  readonly at: number;
  /** How sure the first mention's reading was: of two readings of one mention, the surer names the value. */
  readonly score: number;
}

/**
 * Digits of every value found in `text` scoring at least `minScore`, keyed to the label of its first mention
 * (`original[i]` is `findings[i]` in the original text): the first mention is where the cue named its kind.
 */
export function collectValues(
  text: string,
  findings: readonly Finding[],
  minScore: number,
  original: readonly Finding[],
  into: Map<string, Mention>,
): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (f.partial || f.score < minScore) continue;
    const at = (original[i] as Finding).start;
    if (f.label === 'ADDRESS') {
      const m = ADDRESS_ZIP.exec(text.slice(Math.max(f.start, f.end - 16), f.end));
      if (m) remember(into, m[1] as string, { label: 'ZIP', at, score: f.score });
    } else if (READ_BACK_LABELS.has(f.label)) {
      const digits = digitsOf(text, f.start, f.end);
      if (digits.length >= MIN_DIGITS) remember(into, digits, { label: f.label, at, score: f.score });
      // "four one seven six oh two three three one eight" read back as "six oh two three three one eight": a
      // phone's local number, without its area code, is the same phone.
      const local = f.label === 'PHONE' ? localNumberOf(digits) : null;
      if (local !== null) remember(into, local, { label: f.label, at, score: f.score });
    }
  }
}

/** Licence and passport numbers often open with letters ("D4471902"), and such digits make no chunk. */
export function hasLetteredCodes(findings: readonly Finding[]): boolean {
  for (const f of findings) if (f.label === 'DRIVERS_LICENSE' || f.label === 'PASSPORT') return true;
  return false;
}

/**
 * Whether two chunks of the view hold the same digits, long enough to be a value: without that, nothing in
 * it can be read back, and most texts say each number once.
 */
export function repeatsDigits(input: ScanInput): boolean {
  let first: string | null = null;
  let seen: Set<string> | null = null;
  for (const c of input.chunks) {
    if (c.glued || c.digits.length < MIN_DIGITS) continue;
    const local = localNumberOf(c.digits);
    if (seen === null) {
      // Most texts hold one value or none: the set is made only for a second.
      if (first === null && local === null) {
        first = c.digits;
        continue;
      }
      seen = new Set(first === null ? [] : [first]);
    }
    if (seen.has(c.digits) || (local !== null && seen.has(local))) return true;
    seen.add(c.digits);
    if (local !== null) seen.add(local);
  }
  return false;
}

/** The seven digits of a North American number's local part (after its area code and any "1"), or null. */
function localNumberOf(digits: string): string | null {
  const n = digits.length;
  return n === 10 || (n === 11 && digits.charCodeAt(0) === 49) ? digits.slice(n - 7) : null;
}

/** Chunks of `input` that repeat a value's digits and lie outside every finding of that view. */
export function readBacks(
  input: ScanInput,
  values: ReadonlyMap<string, Mention>,
  taken: readonly Finding[],
  minScore: number,
): Finding[] {
  const out: Finding[] = [];
  if (values.size === 0 || !(repeatsAny(input, values, taken, minScore) || hasLetteredValue(values)))
    return out;
  // A weaker finding on exactly the digits does not hold them: of another label ("418-227-903" read as a
  // phone by its shape), the value's first mention named its kind; of the same label but too unsure to be
  // kept ("Reading back, 026009593" without its cue), the read-back is that finding made sure.
  const holding = taken.filter((f) => {
    if (f.score >= READ_BACK_SCORE) return true;
    const c = input.chunks[firstChunkFrom(input.chunks, f.start)];
    if (c === undefined || c.start !== f.start || c.end !== f.end) return true;
    return values.get(c.digits)?.label === f.label && f.score >= minScore;
  });
  const spans = holding.map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
  const candidates: Finding[] = [];
  for (const c of input.chunks) {
    if (c.glued || c.digits.length < MIN_DIGITS) continue;
    const label = values.get(c.digits)?.label;
    if (label !== undefined) candidates.push(finding(c.start, c.end, label, READ_BACK_SCORE, 'read-back'));
  }
  for (const f of letteredCodes(input.text, values)) candidates.push(f);
  candidates.sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1;
  for (const f of candidates) {
    // Spans are sorted by start and candidates too: advance once, keeping the furthest end seen so far.
    while (k < spans.length && (spans[k] as readonly [number, number])[0] < f.end) {
      reach = Math.max(reach, (spans[k] as readonly [number, number])[1]);
      k++;
    }
    if (reach > f.start) continue;
    out.push(f);
  }
  return out;
}

function hasLetteredValue(values: ReadonlyMap<string, Mention>): boolean {
  for (const v of values.values()) if (v.label === 'DRIVERS_LICENSE' || v.label === 'PASSPORT') return true;
  return false;
}

/** "K5520193", "P4481207B": a letter or two glued to digits, and at most one letter closing them. */
const LETTERED_CODE = /(?<![A-Za-z0-9])[A-Za-z]{1,2}(\d{5,12})[A-Za-z]?(?![A-Za-z0-9])/g;

/** Lettered codes repeating a licence's or passport's digits: digits glued to letters make no chunk. */
function letteredCodes(text: string, values: ReadonlyMap<string, Mention>): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(LETTERED_CODE)) {
    const label = values.get(m[1] as string)?.label;
    if (label === 'DRIVERS_LICENSE' || label === 'PASSPORT') {
      const start = spokenLetterBefore(text, m.index) ? m.index - 2 : m.index;
      out.push(finding(start, m.index + m[0].length, label, READ_BACK_SCORE, 'read-back'));
    }
  }
  return out;
}

/**
 * "R T448209" in the spoken view: letters said one by one ("R T, four four ..."), the first one apart, a
 * word of its own (not the "s" of "That's").
 */
function spokenLetterBefore(text: string, at: number): boolean {
  return (
    text.charCodeAt(at - 1) === 32 &&
    /[A-Za-z]/.test(text[at - 2] ?? '') &&
    (at < 3 || /[\s,;:(]/.test(text[at - 3] as string)) &&
    !/[A-Za-z]/.test(text[at + 1] ?? '')
  );
}

/**
 * Whether some chunk holds a value's digits other than a kept finding that gave them: most texts mention each
 * value once, and this look spares them sorting their findings.
 */
function repeatsAny(
  input: ScanInput,
  values: ReadonlyMap<string, Mention>,
  taken: readonly Finding[],
  minScore: number,
): boolean {
  let own: Map<number, PiiLabel> | null = null;
  for (const c of input.chunks) {
    if (c.glued || c.digits.length < MIN_DIGITS) continue;
    const label = values.get(c.digits)?.label;
    if (label === undefined) continue;
    if (own === null) {
      own = new Map();
      // A finding too unsure to be kept ("071000013" with its cue two turns back) holds no value.
      for (const f of taken) if (f.score >= minScore) own.set(f.start, f.label);
    }
    if (own.get(c.start) !== label) return true;
  }
  return false;
}

function remember(into: Map<string, Mention>, digits: string, mention: Mention): void {
  const seen = into.get(digits);
  if (seen === undefined || mention.at < seen.at || (mention.at === seen.at && mention.score > seen.score))
    into.set(digits, mention);
}

function digitsOf(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) if (isDigit(text.charCodeAt(i))) out += text[i];
  return out;
}
