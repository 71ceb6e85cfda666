import type { Finding, PiiLabel } from '../finding.ts';
import { originalEnd, originalStart, SEGMENT_FIELDS, type SpokenView } from './view.ts';

/** Values an agent reads back to confirm them; a name or a date is said again in other words, never these. */
const READ_BACK: ReadonlySet<PiiLabel> = new Set<PiiLabel>([
  'PHONE',
  'SSN',
  'CREDIT_CARD',
  'ROUTING',
  'BANK_ACCOUNT',
  'IBAN',
  'ZIP',
  'DRIVERS_LICENSE',
  'PASSPORT',
]);
/** Shorter values (a last four, a house number) repeat by chance too often to say they are the same value. */
const MIN_KEY = 5;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A value's letters and digits, upper-cased: "416-555-0144" and "4165550144" are one value. Empty if too short. */
export function valueKey(value: string): string {
  let key = '';
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!isAlnum(c)) continue;
    if (isDigit(c)) digits++;
    key += value[i];
  }
  return key.length >= MIN_KEY && digits > 0 ? key.toUpperCase() : '';
}

/**
 * The values found so far that an agent might read back. Their keys are worked out only when the view holds a
 * rewritten number long enough to be one of them.
 */
export class ReadBackValues {
  private readonly found: readonly Finding[];
  private readonly typedCount: number;
  /** Spoken findings (offsets in the original text) and their values as the view wrote them; rarely any. */
  private spoken: Finding[] | null = null;
  private spokenValues: string[] = [];

  /** `found` starts with `typedCount` findings from the original text. */
  constructor(found: readonly Finding[], typedCount: number) {
    this.found = found;
    this.typedCount = typedCount;
  }

  /** Records `f` (offsets in the original text), which the view wrote as `value`. */
  addSpoken(f: Finding, value: string): void {
    if (!READ_BACK.has(f.label)) return;
    if (this.spoken === null) this.spoken = [];
    this.spoken.push(f);
    this.spokenValues.push(value);
  }

  /**
   * "Caller: the zip is two oh eight five two. Agent: two oh eight five two?": a number the view rewrote that
   * spells a value already found (typed or spoken) is that value again, with its label, wherever it is said.
   * Only the letter-and-digit runs holding a rewritten word are read.
   */
  findRepeats(text: string, view: SpokenView, out: Finding[]): void {
    if (this.spoken === null && !this.anyTyped()) return;
    const v = view.text;
    const seg = view.segments;
    let byKey: Map<string, Finding> | null = null;
    let done = 0;
    for (let s = 0; s < seg.length; s += SEGMENT_FIELDS) {
      const at = seg[s] as number;
      // Copied stretches and window separators hold no rewritten word.
      if (seg[s + 3] === 1 || seg[s + 2] === seg[s + 1] || at < done) continue;
      let from = at;
      while (from > done && isAlnum(v.charCodeAt(from - 1))) from--;
      let to = at;
      let digits = 0;
      while (to < v.length && isAlnum(v.charCodeAt(to))) if (isDigit(v.charCodeAt(to++))) digits++;
      done = to;
      if (digits === 0 || to - from < MIN_KEY) continue;
      byKey ??= this.keys(text);
      if (byKey.size === 0) return;
      const known = byKey.get(v.slice(from, to).toUpperCase());
      if (!known) continue;
      const start = originalStart(view, from);
      const end = originalEnd(view, to - 1);
      // The value where it was found is no repeat of itself.
      if (end <= start || (start < known.end && known.start < end)) continue;
      out.push({ ...known, start, end, source: `${known.source}/readback` });
    }
  }

  private anyTyped(): boolean {
    for (let k = 0; k < this.typedCount; k++)
      if (READ_BACK.has((this.found[k] as Finding).label)) return true;
    return false;
  }

  /** The best finding of each value, by its key. */
  private keys(text: string): Map<string, Finding> {
    const byKey = new Map<string, Finding>();
    for (let k = 0; k < this.typedCount; k++) {
      const f = this.found[k] as Finding;
      if (READ_BACK.has(f.label)) keep(byKey, f, text.slice(f.start, f.end));
    }
    const spoken = this.spoken ?? [];
    for (let k = 0; k < spoken.length; k++) keep(byKey, spoken[k] as Finding, this.spokenValues[k] as string);
    return byKey;
  }
}

function keep(byKey: Map<string, Finding>, f: Finding, value: string): void {
  const key = valueKey(value);
  const known = byKey.get(key);
  if (key !== '' && (!known || known.score < f.score)) byKey.set(key, f);
}
