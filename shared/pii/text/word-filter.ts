/**
 * One-hash bit filters over word lists: "surely not listed" without slicing the word out of the text,
 * so hot loops build a string and ask a big map only for the few words that may be listed.
 */

const SEED = 0x811c9dc5;
const PRIME = 0x01000193;
const BITS = 16;
const MASK = (1 << BITS) - 1;

/** FNV-1a over the UTF-16 code units of `s[from, to)`. */
export function hashRange(s: string, from: number, to: number): number {
  let h = SEED;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return h >>> 0;
}

/** A read-only filter of 2^16 bits (8 KiB, cache-resident); built once per list at module load. */
export interface WordFilter {
  readonly bits: Readonly<Uint32Array>;
}

export function wordFilter(words: Iterable<string>): WordFilter {
  const bits = new Uint32Array((MASK + 1) >>> 5);
  for (const w of words) {
    const b = hashRange(w, 0, w.length) & MASK;
    bits[b >>> 5] = (bits[b >>> 5] ?? 0) | (1 << (b & 31));
  }
  return { bits };
}

/** False when `s[from, to)` is surely not in the filter's list; true when it may be. */
export function mayContain(filter: WordFilter, s: string, from: number, to: number): boolean {
  const b = hashRange(s, from, to) & MASK;
  return ((filter.bits[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
}
