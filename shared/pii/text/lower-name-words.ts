import { isAsciiLetter } from './chars.ts';
import { isWordCode } from './lower-surnames.ts';
import { BRAND, flagsOf, SURNAME } from './word-flags.ts';

/** Word-level readings for lower-case names (see lower-case-names.ts): fillers, repeats, brands, keys and word ends. */

// German and Italian speakers' "äh", "ähm" and "ehm" too ("hier spricht äh jürgen wallenstein").
const FILLERS: ReadonlySet<string> = new Set([
  'uh',
  'um',
  'uhm',
  'umm',
  'er',
  'erm',
  'ah',
  'äh',
  'ähm',
  'ehm',
]);
/** Every filler opens with "u", "e" or "a": most short words are ruled out before any slice is made. */
export const isFiller = (lower: string, start: number, end: number): boolean => {
  const c = lower.charCodeAt(start);
  return (c === 117 || c === 101 || c === 97) && FILLERS.has(lower.slice(start, end));
};

/** The end of the same word said again right after `text[start, end)`, or `end` when it is not. */
export function repeatedEnd(lower: string, start: number, end: number): number {
  const len = end - start;
  if (lower.charCodeAt(end) !== 32 || !lower.startsWith(lower.slice(start, end), end + 1)) return end;
  const after = lower.charCodeAt(end + 1 + len);
  return isWordCode(after) ? end : end + 1 + len;
}

/**
 * "st luke's", "valentine's day", "lowe's": a saint's name is a hospital's or a church's, a name before "day" a
 * holiday's, and a brand's possessive its store.
 */
export const possessedPlace = (lower: string, start: number, end: number, flags: number): boolean =>
  (flags & BRAND) !== 0 ||
  lower.startsWith(' day', end + 2) ||
  (start >= 3 && lower.startsWith('st', start - 3) && !isAsciiLetter(lower.charCodeAt(start - 4))) ||
  (start >= 4 && lower.startsWith('st.', start - 4)) ||
  (start >= 6 && lower.startsWith('saint', start - 6));

/** "that's wells fargo": a brand's words read as a given name and a surname. */
export const brandAt = (lower: string, start: number, stop: number): boolean =>
  stop - start > 4 &&
  lower.charCodeAt(stop - 1) !== 46 &&
  ((flagsOf(lower.slice(start, stop)) & BRAND) !== 0 || brandThenModel(lower, start, stop));

/** "una camioneta ford explorer": a brand, then a word no surname list holds, is a make and its model. */
function brandThenModel(lower: string, start: number, stop: number): boolean {
  const space = lower.indexOf(' ', start);
  if (space < 0 || space >= stop) return false;
  return (
    (flagsOf(lower.slice(start, space)) & BRAND) !== 0 &&
    (flagsOf(lower.slice(space + 1, stop)) & SURNAME) === 0
  );
}

/** Whether the word [start, end) is quoted and a colon follows: a JSON object's key. */
export const jsonKeyAt = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(start - 1) === 34 && text.charCodeAt(end) === 34 && text.charCodeAt(end + 1) === 58;

/** End of the word whose letter is at `start`: letters, apostrophes and a short word's dot ("dr."). */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const d = text.charCodeAt(i);
    if (!isWordCode(d) && !(d === 46 && i - start <= 3 && dotStaysAt(text, i))) break;
    i++;
  }
  return i;
}

/** "dr.": the dot is read with the word but is no part of it. */
export const keyEnd = (text: string, scanEnd: number): number =>
  text.charCodeAt(scanEnd - 1) === 46 ? scanEnd - 1 : scanEnd;

/**
 * Whether the dot at `i` (after a word of at most three characters) stays with it, as in "dr." or
 * "mrs.": not when a word or a line break follows right away. Reads stay inside the text: one read
 * past the end makes V8 recompile the loop for NaN codes.
 */
export function dotStaysAt(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  return !isWordCode(next) && next !== 10;
}
