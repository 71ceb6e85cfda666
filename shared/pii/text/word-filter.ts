/**
 * Word tables: exact lookup of `s[from, to)` in word lists without slicing it out of the text, so a
 * short document costs no string allocations.
 *
 * A table is written as two strings (`WordTableText`), so one generated ahead of time
 * (data/name-word-table.ts) costs nothing to load: no Set, no array, no loop at import. On first use
 * the strings become bytes with one native TextEncoder call, since reading a typed array is several
 * times cheaper than reading a string's characters.
 *
 * Layout: words are hashed into 2^n buckets. `entries` holds the buckets one after another; an entry
 * is its key's UTF-8 size, its bits (two digits, the second also marking keys beyond ASCII) and then
 * the key. `index` holds where each bucket starts in the UTF-8 bytes of `entries` (four digits each,
 * one more for the end). A digit is a character from "?" (0) to "~" (63).
 */

// As a signed 32-bit integer, so hashing stays in small-integer arithmetic from the first step.
const SEED = 0x811c9dc5 | 0;
const PRIME = 0x01000193;
const DIGIT_ZERO = 0x3f;
const DIGIT_BASE = 64;
/** The size digit caps a key's UTF-8 size; listed words and brands are far shorter. */
const MAX_KEY = DIGIT_BASE - 1;
/** Bits above the first digit's six; the second digit's next bit marks a key beyond ASCII. */
const HIGH_BITS = 7;
const BEYOND_ASCII = 8;
const MAX_BITS = DIGIT_BASE * (HIGH_BITS + 1) - 1;
/** Digits per offset in the index: four base-64 digits address up to 16 MB of entries. */
const OFFSET_DIGITS = 4;
const MAX_OFFSET = DIGIT_BASE ** OFFSET_DIGITS - 1;

/** A table as written out: see the layout above. */
export interface WordTableText {
  /** Bucket count minus one (a power of two minus one). */
  readonly mask: number;
  readonly index: string;
  readonly entries: string;
}

/** A table as lookups read it: the entries in bytes, and where each bucket starts in them as numbers. */
export interface WordTable {
  readonly mask: number;
  /** Bucket b's entries are `entries[starts[b], starts[b + 1])`. */
  readonly starts: Uint32Array;
  readonly entries: Uint8Array;
}

/**
 * A list and the bits its words get. A string holds words separated by white space (how the big
 * lists are stored); an array holds one key per element, spaces allowed ("wells fargo").
 */
export type WordList = readonly [words: string | readonly string[], bits: number];

/** FNV-1a, so a scanner can hash a word as it reads it: start at HASH_SEED, one hashStep a code unit. */
export const HASH_SEED = SEED;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, PRIME);

/** FNV-1a over the UTF-16 code units of `s[from, to)`. */
export function hashRange(s: string, from: number, to: number): number {
  let h = SEED;
  for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

const digit = (n: number): string => String.fromCharCode(DIGIT_ZERO + n);
const utf8 = new TextEncoder();

/**
 * Writes the table of every word in `lists`; a word on several lists gets the union of their bits.
 * Same lists, same text: buckets hold their words sorted, so a written-out table can be checked.
 */
/** Every word of `lists` and the union of the bits of the lists that hold it. */
export function wordBits(lists: readonly WordList[]): Map<string, number> {
  const bitsOf = new Map<string, number>();
  for (const [words, bits] of lists) {
    const keys = typeof words === 'string' ? words.split(/\s+/).filter((w) => w !== '') : words;
    for (const key of keys) {
      if (key.length === 0 || utf8.encode(key).length > MAX_KEY)
        throw new RangeError(`word list key of bad length: ${key}`);
      // Lookups pass lower-cased text, so a key with a capital could never be found.
      if (key !== key.toLowerCase()) throw new RangeError(`word list key not lower case: ${key}`);
      if (/[\ud800-\udfff]/.test(key)) throw new RangeError(`word list key outside the BMP: ${key}`);
      if (bits <= 0 || bits > MAX_BITS) throw new RangeError(`word list bits out of range: ${bits}`);
      bitsOf.set(key, (bitsOf.get(key) ?? 0) | bits);
    }
  }
  return bitsOf;
}

export function wordTableText(lists: readonly WordList[]): WordTableText {
  const bitsOf = wordBits(lists);
  // Two to four words a bucket: a lookup compares a few sizes before it knows a word is unlisted,
  // and the index stays a tenth of the entries.
  let buckets = 1;
  while (buckets * 4 < bitsOf.size) buckets *= 2;
  const mask = buckets - 1;
  const byBucket: string[][] = Array.from({ length: buckets }, () => []);
  for (const key of bitsOf.keys()) byBucket[hashRange(key, 0, key.length) & mask]?.push(key);
  let index = '';
  let entries = '';
  let bytes = 0;
  for (const keys of byBucket) {
    index += offsetDigits(bytes);
    for (const key of keys.sort()) {
      const bits = bitsOf.get(key) ?? 0;
      const size = utf8.encode(key).length;
      const high = (bits >> 6) | (size > key.length ? BEYOND_ASCII : 0);
      entries += digit(size) + digit(bits & (DIGIT_BASE - 1)) + digit(high) + key;
      bytes += 3 + size;
    }
  }
  index += offsetDigits(bytes);
  return { mask, index, entries };
}

function offsetDigits(offset: number): string {
  if (offset > MAX_OFFSET) throw new RangeError(`word table too large: ${offset}`);
  let out = '';
  for (let k = OFFSET_DIGITS - 1; k >= 0; k--)
    out += digit(Math.floor(offset / DIGIT_BASE ** k) % DIGIT_BASE);
  return out;
}

/** The offset stored as OFFSET_DIGITS digits at `at`. */
const offsetAt = (index: Uint8Array, at: number): number =>
  ((((index[at] as number) - DIGIT_ZERO) * DIGIT_BASE + ((index[at + 1] as number) - DIGIT_ZERO)) *
    DIGIT_BASE +
    ((index[at + 2] as number) - DIGIT_ZERO)) *
    DIGIT_BASE +
  ((index[at + 3] as number) - DIGIT_ZERO);

/**
 * The table lookups read, from its written form: one native conversion for the entries, and the
 * index's digits read into numbers once, so a lookup does not decode two offsets every time.
 */
export function wordTableOf(text: WordTableText): WordTable {
  const index = utf8.encode(text.index);
  const starts = new Uint32Array(index.length / OFFSET_DIGITS);
  for (let b = 0; b < starts.length; b++) starts[b] = offsetAt(index, b * OFFSET_DIGITS);
  return { mask: text.mask, starts, entries: utf8.encode(text.entries) };
}

/** Builds a table in memory, for lists small enough that doing so at load costs nothing noticeable. */
export const wordTable = (lists: readonly WordList[]): WordTable => wordTableOf(wordTableText(lists));

/** The bits of `s[from, to)`, or 0 when no list holds it. Case-sensitive: pass lower-cased text. */
export const lookup = (table: WordTable, s: string, from: number, to: number): number =>
  lookupHashed(table, hashRange(s, from, to), s, from, to);

/** As `lookup`, for a scanner that has hashed `s[from, to)` already (`hash`, see hashStep). */
export function lookupHashed(table: WordTable, hash: number, s: string, from: number, to: number): number {
  const len = to - from;
  if (len <= 0 || len > MAX_KEY) return 0;
  const { starts, entries } = table;
  const bucket = hash & table.mask;
  let at = starts[bucket] as number;
  const end = starts[bucket + 1] as number;
  while (at < end) {
    const size = (entries[at] as number) - DIGIT_ZERO;
    const high = (entries[at + 2] as number) - DIGIT_ZERO;
    // A key beyond ASCII takes more bytes than characters; any other is one byte a character.
    const found =
      (high & BEYOND_ASCII) === 0
        ? size === len && sameAscii(entries, at + 3, s, from, len)
        : size > len && sameKey(entries, at + 3, size, s, from, len);
    if (found) return (entries[at + 1] as number) - DIGIT_ZERO + (high & HIGH_BITS) * DIGIT_BASE;
    at += 3 + size;
  }
  return 0;
}

/** Whether the ASCII key at `at` spells `s[from, from + len)`. */
function sameAscii(bytes: Uint8Array, at: number, s: string, from: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (bytes[at + k] !== s.charCodeAt(from + k)) return false;
  return true;
}

/** Whether the UTF-8 key of `size` bytes at `at` spells `s[from, from + len)`. */
function sameKey(bytes: Uint8Array, at: number, size: number, s: string, from: number, len: number): boolean {
  const stop = at + size;
  let p = at;
  for (let k = 0; k < len; k++) {
    const c = s.charCodeAt(from + k);
    if (c < 0x80) {
      if (bytes[p] !== c) return false;
      p += 1;
    } else if (c < 0x800) {
      if (bytes[p] !== (0xc0 | (c >> 6)) || bytes[p + 1] !== (0x80 | (c & 63))) return false;
      p += 2;
    } else {
      const lead = 0xe0 | (c >> 12);
      if (
        bytes[p] !== lead ||
        bytes[p + 1] !== (0x80 | ((c >> 6) & 63)) ||
        bytes[p + 2] !== (0x80 | (c & 63))
      )
        return false;
      p += 3;
    }
    if (p > stop) return false;
  }
  return p === stop;
}

/**
 * One-hash bit filters: "surely not listed" from a word's hash alone, one byte read, for hot loops that
 * would otherwise ask a table about every word. 2^16 bits, written four to a character from "@" (0)
 * to "O" (15), so a generated filter also loads as text and converts with one native call.
 */
const FILTER_BITS = 16;
const FILTER_ZERO = 0x40;
const filterBit = (hash: number): number => hash >>> (32 - FILTER_BITS);

/** Writes the filter of `words`. */
export function wordFilterText(words: Iterable<string>): string {
  const nibbles = new Uint8Array(1 << (FILTER_BITS - 2));
  for (const w of words) {
    const bit = filterBit(hashRange(w, 0, w.length));
    nibbles[bit >>> 2] = (nibbles[bit >>> 2] as number) | (1 << (bit & 3));
  }
  let text = '';
  for (const n of nibbles) text += String.fromCharCode(FILTER_ZERO + n);
  return text;
}

/** The filter lookups read, from its written form. */
export const wordFilterOf = (text: string): Uint8Array => utf8.encode(text);

/** False when the word with this hash (see hashStep) is surely not in the filter's list. */
export function mayHold(filter: Uint8Array, hash: number): boolean {
  const bit = filterBit(hash);
  return (((filter[bit >>> 2] as number) - FILTER_ZERO) & (1 << (bit & 3))) !== 0;
}
