import { isAsciiLower, isLetter } from './chars.ts';
import { COMMON, flagsAt } from './word-flags.ts';

/**
 * Korean and Mandarin given names are romanized as two syllables joined by a hyphen, the second in lower case
 * ("Ji-woo", "Seo-yeon", "Mei-ling"); no list holds them all, but their syllables have a shape English
 * compounds ("Wrap-up", "E-check", "Co-owner", "Oh-nine") lack: an optional consonant onset, a vowel, and
 * an optional final n, ng, k, l, m, p or h.
 */
const SYLLABLE =
  /^(?:ch|kk|tt|pp|ss|jj|sh|zh|[bcdfghjklmnpqrstwxyz])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ei|ai|ao|ou|ia|ie|io|iu|ua|uo|a|e|i|o|u)(?:ng|n|k|l|m|p|h)?$/;

const MAX_SYLLABLE = 5;

/**
 * Where the lower-case syllable after the hyphen at `hyphen` ends, when `text[start, hyphen)` (capitalised, two
 * to four letters) and it are both syllables and not both English words ("Mail-in"); -1 otherwise.
 */
export function romanizedNameEnd(text: string, lower: string, start: number, hyphen: number): number {
  const firstLength = hyphen - start;
  if (firstLength < 2 || firstLength > 4 || !isAsciiLower(text.charCodeAt(hyphen + 1))) return -1;
  let end = hyphen + 1;
  while (end < text.length && end - hyphen <= MAX_SYLLABLE && isAsciiLower(text.charCodeAt(end))) end++;
  if (end - hyphen - 1 < 2 || end - hyphen > MAX_SYLLABLE || isLetter(text.charCodeAt(end))) return -1;
  if (!SYLLABLE.test(lower.slice(start, hyphen)) || !SYLLABLE.test(lower.slice(hyphen + 1, end))) return -1;
  const common = (from: number, to: number): boolean => (flagsAt(lower, from, to) & COMMON) !== 0;
  return common(start, hyphen) && common(hyphen + 1, end) ? -1 : end;
}
