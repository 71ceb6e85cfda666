/** Accent folding for word-list lookups: the lists hold names as most often typed, without accents. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Latin-1 and Latin Extended-A letters and the ASCII letter each decomposes to ("é" to "e"), 0 for none ("ø"). */
const LATIN_FIRST = 0xc0;
const LATIN_END = 0x180;
const LATIN_BASE: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(LATIN_END - LATIN_FIRST);
  for (let c = LATIN_FIRST; c < LATIN_END; c++) {
    const base = String.fromCharCode(c).normalize('NFD').replace(COMBINING_MARKS, '');
    if (base.length === 1 && base.charCodeAt(0) < 128) table[c - LATIN_FIRST] = base.charCodeAt(0);
  }
  return table;
})();

/**
 * The word without its accents, letter by letter from a table, as NFD and dropping the marks would give it;
 * null when a letter lies beyond Latin Extended-A ("ễ"), which only the full normalisation folds.
 */
function foldLatin(lower: string, start: number, end: number): string | null {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c < LATIN_FIRST) out += lower[i];
    else if (c < LATIN_END) {
      const base = LATIN_BASE[c - LATIN_FIRST] as number;
      out += base === 0 ? lower[i] : String.fromCharCode(base);
    } else return null;
  }
  return out;
}

/** `lower[start, end)` without its accents ("tomás" to "tomas"). */
export const withoutAccents = (lower: string, start: number, end: number): string =>
  foldLatin(lower, start, end) ?? lower.slice(start, end).normalize('NFD').replace(COMBINING_MARKS, '');
