import { isApostrophe, isAsciiLower, isWordChar } from './chars.ts';

/** A word: a maximal run of letters, digits and inner apostrophes, with its offsets. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Longer runs are not words anyone speaks; capping keeps per-candidate work constant. */
const MAX_WORD = 48;

/** The word ending at or before `before`, skipping separators but at most `maxGap` characters of them. */
export function wordBefore(text: string, before: number, maxGap = 3): Word | null {
  let i = before - 1;
  // Up to maxGap separator characters may sit between the word and `before`.
  const stop = Math.max(-1, before - 2 - maxGap);
  while (i > stop && !isWordChar(text.charCodeAt(i))) i--;
  if (i <= stop || i < 0) return null;
  const end = i + 1;
  const floor = Math.max(-1, end - 1 - MAX_WORD);
  while (i > floor && (isWordChar(text.charCodeAt(i)) || (isApostrophe(text.charCodeAt(i)) && i > 0))) i--;
  return { start: i + 1, end, text: text.slice(i + 1, end) };
}

/** The word starting at or after `from`, skipping separators but at most `maxGap` characters of them. */
export function wordAfter(text: string, from: number, maxGap = 3): Word | null {
  let i = from;
  const stop = Math.min(text.length, from + maxGap + 1);
  while (i < stop && !isWordChar(text.charCodeAt(i))) i++;
  if (i >= stop) return null;
  const start = i;
  const ceiling = Math.min(text.length, start + MAX_WORD);
  while (
    i < ceiling &&
    (isWordChar(text.charCodeAt(i)) ||
      (isApostrophe(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))))
  )
    i++;
  return { start, end: i, text: text.slice(start, i) };
}

/** Up to `count` words before `pos` (nearest first), lower-cased, looking back at most `window` characters. */
export function wordsBefore(lower: string, pos: number, count: number, window = 60): string[] {
  const out: string[] = [];
  const floor = Math.max(0, pos - window);
  let i = pos;
  while (out.length < count && i > floor) {
    const w = wordBefore(lower, i, i - floor);
    if (!w || w.start < floor) break;
    out.push(w.text);
    i = w.start;
  }
  return out;
}

/**
 * The lower-case word (ASCII letters and apostrophes) right after the one space at `end`, "" when there is
 * none or it runs past `max` characters: the next word a cue or a name is followed by, read without a scan.
 */
export function spacedWordAfter(lower: string, end: number, max = 20): string {
  if (lower.charCodeAt(end) !== 32) return '';
  let to = end + 1;
  const ceiling = Math.min(lower.length, end + 2 + max);
  while (to < ceiling && (isAsciiLower(lower.charCodeAt(to)) || isApostrophe(lower.charCodeAt(to)))) to++;
  return to === ceiling && isAsciiLower(lower.charCodeAt(to)) ? '' : lower.slice(end + 1, to);
}

/** Whether a number comes right after `end` ("June 2", "May, 2024"): a month used as one, not a name. */
export const numberAfter = (text: string, end: number): boolean => DIGIT_AFTER.test(text.slice(end, end + 3));
const DIGIT_AFTER = /^,? ?\d/;

/** Whether a space occurs in `s[from, to)`: a multi-word value. */
export function hasSpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 32) return true;
  return false;
}

/**
 * One bit per word length up to 30 (longer words share the last): OR-ed over a set of words, it rules most
 * other words out before their text is sliced for a lookup.
 */
export const lengthBit = (len: number): number => 1 << Math.min(len, 30);

/**
 * Whether `phrase` ends at `end` in lower-cased text and starts a word there: "in" must not match the
 * tail of "within". Only a-z counts as a letter before it, as cue phrases are plain English.
 */
export const phraseEndsAt = (lower: string, phrase: string, end: number): boolean => {
  const at = end - phrase.length;
  return at >= 0 && lower.startsWith(phrase, at) && !isAsciiLower(lower.charCodeAt(at - 1));
};
