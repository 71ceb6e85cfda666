import { isLineBreak, isSpace } from './chars.ts';

/** A space-separated word on one line, with trailing punctuation split off. */
export interface LineWord {
  readonly start: number;
  /** End of the word without trailing ",;:!?" (a dot after an abbreviation stays). */
  readonly end: number;
  /** Lower-cased word without any trailing dot or punctuation. */
  readonly key: string;
  /** Punctuation right after the word (",", ".", ":" ...), or "". */
  readonly trail: string;
}

const MAX_WORD = 40;
const NO_TRAIL = '';

/** The characters split off a word's end: , ; : ! ? . ) " ' */
function isTrailChar(c: number): boolean {
  return (
    c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 46 || c === 41 || c === 34 || c === 39
  );
}

/** Up to `max` words from `from` to the end of its line; each word and the walk are bounded. */

/**
 * The words of a line, read only as far as a caller asks: most numbers are rejected by the first
 * word or two after them, and the rest of the line is then never split.
 */
export class LineWordReader {
  private readonly text: string;
  private readonly max: number;
  private readonly words: LineWord[] = [];
  private next: number;
  private done = false;
  private capitals = -1;

  constructor(text: string, from: number, max: number) {
    this.text = text;
    this.max = max;
    this.next = from;
  }

  /** Word `k`, or undefined when the line has fewer words. */
  at(k: number): LineWord | undefined {
    while (this.words.length <= k && !this.done) this.readWord();
    return this.words[k];
  }

  /** Every word up to `max`. */
  all(): LineWord[] {
    while (!this.done) this.readWord();
    return this.words;
  }

  /** True when no word starts with a capital (a line typed in lower case). */
  noCapitals(): boolean {
    if (this.capitals < 0) {
      // The first capital settles it; only a line without one is read to its end.
      this.capitals = 0;
      for (let k = 0, w = this.at(0); w !== undefined; w = this.at(++k)) {
        if (isCapitalAt(this.text, w.start)) {
          this.capitals = 1;
          break;
        }
      }
    }
    return this.capitals === 0;
  }

  private readWord(): void {
    const text = this.text;
    const n = text.length;
    let i = this.next;
    if (this.words.length >= this.max || i >= n) {
      this.done = true;
      return;
    }
    let gap = 0;
    while (i < n && isSpace(text.charCodeAt(i)) && gap < 4) {
      i++;
      gap++;
    }
    if (i >= n || isLineBreak(text.charCodeAt(i)) || isSpace(text.charCodeAt(i))) {
      this.done = true;
      return;
    }
    const start = i;
    let cellEnd = false;
    while (
      i < n &&
      i - start < MAX_WORD &&
      !isSpace(text.charCodeAt(i)) &&
      !isLineBreak(text.charCodeAt(i))
    ) {
      // "3820 Millbranch Rd,Memphis,TN": a comma with no space after it ends an exported row's cell; so do a
      // bar ("...OH 43215|6145550148") and the "&" before a form's next key ("...OH 45402&vehicles=2").
      if (text.charCodeAt(i) === 44 && i > start && !isSpace(text.charCodeAt(i + 1)) && i + 1 < n) {
        cellEnd = true;
        i++;
        break;
      }
      if (
        i > start &&
        (text.charCodeAt(i) === 124 || (text.charCodeAt(i) === 38 && formKeyAfter(text, i + 1)))
      ) {
        cellEnd = true;
        break;
      }
      i++;
    }
    this.next = i;
    // The longest run of trailing punctuation is the trail; the core before it never ends in one.
    let coreEnd = i;
    while (coreEnd > start && isTrailChar(text.charCodeAt(coreEnd - 1))) coreEnd--;
    const coreLength = coreEnd - start;
    const keepDot = text.charCodeAt(coreEnd) === 46 && coreEnd < i && coreLength > 0 && coreLength <= 4;
    const end = coreEnd + (keepDot ? 1 : 0);
    const key = coreLength === 0 ? '' : text.slice(start, coreEnd).toLowerCase();
    if (coreEnd === i) {
      this.words.push({ start, end, key, trail: NO_TRAIL });
      if (cellEnd) this.done = true;
      return;
    }
    this.words.push({ start, end, key, trail: text.slice(coreEnd, i) });
    if (cellEnd || endsTheWalk(text, coreEnd, i)) this.done = true;
  }
}

/** Whether a form's key and its "=" start at `from` ("vehicles=2", "input_4.3=Littleton"). */
function formKeyAfter(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && i - from <= MAX_FORM_KEY) {
    const c = text.charCodeAt(i);
    if (c === 61) return i > from;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46))
      return false;
    i++;
  }
  return false;
}
const MAX_FORM_KEY = 32;

/** True when `key` holds an ASCII digit. */
export function hasDigit(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A ":", "!" or "?" after a word closes a label or a sentence; the street cannot go on past it. */
function endsTheWalk(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 58 || c === 33 || c === 63) return true;
  }
  return false;
}

/** Characters below this limit have their casing looked up in a table built once. */
const CASED_LIMIT = 0x250;
const CHANGES_WHEN_LOWERED: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(CASED_LIMIT);
  for (let c = 0; c < CASED_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    table[c] = ch !== ch.toLowerCase() ? 1 : 0;
  }
  return table;
})();

/** True when the character at `i` changes under lower-casing (a capital), without building a string. */
export function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < CASED_LIMIT) return CHANGES_WHEN_LOWERED[c] === 1;
  const ch = text.charAt(i);
  return ch !== ch.toLowerCase();
}

/** Offset of the start of the next line after `pos`, or -1 when `pos`'s line is the last. */
export function nextLineStart(text: string, pos: number, maxScan = 80): number {
  let i = pos;
  const stop = Math.min(text.length, pos + maxScan);
  while (i < stop && !isLineBreak(text.charCodeAt(i))) i++;
  if (i >= stop) return -1;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
  return i + 1;
}
