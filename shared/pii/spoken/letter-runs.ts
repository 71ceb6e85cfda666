import { isAsciiLetter } from '../text/chars.ts';
import { type Token, tokenAt } from './tokens.ts';

/** Separators allowed between words of one spoken number: one to four spaces, commas, hyphens, pause dots. */
export function isRunGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 46 && c !== 45 && c !== 0x2013) return false;
  }
  return true;
}

const isSingleLetter = (text: string, t: Token | undefined): t is Token =>
  t !== undefined && t.end - t.start === 1 && isAsciiLetter(text.charCodeAt(t.start));

/** Most letters an ID read aloud opens with: an IBAN's bank code ("a i b k"). */
const MAX_LETTERS = 4;

/**
 * The letters, in order, that open an alphanumeric ID read aloud before the run starting at token `a`, or none:
 * "D, four four seven, one nine oh two" is D4471902, "C as in cat, zero three ..." is C03..., "p as in peter x
 * four four ..." is PX44... and "i e two nine" opens an IBAN. One bare letter needs five digits after it and
 * never takes a phone number's ten or eleven; "a", "I" and Spanish "y" are words unless spelled out ("A as in
 * apple") or said among other letters.
 */
export function lettersBefore(text: string, tokens: readonly Token[], a: number, digits: number): number[] {
  if (digits < 2) return [];
  const letters: number[] = [];
  let spelledOut = false;
  let k = a - 1;
  let nextStart = tokenAt(tokens, a).start;
  while (letters.length < MAX_LETTERS) {
    let letter = -1;
    if (
      isSingleLetter(text, tokens[k - 3]) &&
      tokens[k - 2]?.lower === 'as' &&
      tokens[k - 1]?.lower === 'in' &&
      isRunGap(text, tokenAt(tokens, k).end, nextStart)
    ) {
      letter = k - 3;
      spelledOut = true;
    } else if (isSingleLetter(text, tokens[k]) && isRunGap(text, (tokens[k] as Token).end, nextStart))
      letter = k;
    if (letter < 0) break;
    letters.unshift(letter);
    nextStart = tokenAt(tokens, letter).start;
    k = letter - 1;
  }
  if (letters.length === 0) return [];
  if (letters.length === 1) {
    if (digits < 5) return [];
    if (spelledOut) return letters;
    const c = text.charCodeAt(tokenAt(tokens, letters[0] as number).start) | 32;
    return c === 97 || c === 105 || c === 121 || digits === 10 || digits === 11 ? [] : letters;
  }
  // Two letters or more: at least one that is no word of its own, or one spelled out.
  const wordLike = (n: number): boolean => {
    const c = text.charCodeAt(tokenAt(tokens, n).start) | 32;
    return c === 97 || c === 105 || c === 121;
  };
  return spelledOut || !letters.every(wordLike) ? letters : [];
}
