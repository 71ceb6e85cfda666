import { isAsciiLetter, isDigit } from './chars.ts';

/**
 * Faxes and scans turned into text write digits as the letters they look like: "614-555-O172", "6l4 555 0126",
 * "O7/22/1961", "(2O5) 49l-3308". The OCR view puts the digit back for an O, o, l or I standing among digits
 * and a number's separators, and changes nothing else, so every offset stays where it was.
 */

/** Characters a number is written with besides its digits. */
const isNumberSep = (c: number): boolean => c === 45 || c === 47 || c === 46 || c === 40 || c === 41;
/** The digit each look-alike letter stands for, 0 for other characters. */
const lookAlike = (c: number): number => (c === 79 || c === 111 ? 48 : c === 108 || c === 73 ? 49 : 0);
/** Real digits a run needs before its letters are read as digits: fewer, and "I" or "O2" are words. */
const MIN_DIGITS = 4;

/** The text with look-alike letters inside numbers made digits, or null when there are none. */
export function ocrDigitView(text: string): string | null {
  // Where each changed letter is, in order: the view is then built from slices, not from an array of every
  // character of a long text.
  const changed: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // A look-alike inside a word ("Cell", "Ohio") opens no number.
    if (!isDigit(c) && (lookAlike(c) === 0 || isAsciiLetter(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // A run of digits, look-alikes and separators, starting and ending on a digit or a look-alike.
    const start = i;
    let digits = 0;
    let letters = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isDigit(d)) digits++;
      else if (lookAlike(d) !== 0) letters++;
      else if (!(isNumberSep(d) || d === 32) || !numberGoesOn(text, i + 1)) break;
      i++;
    }
    if (letters === 0 || digits < MIN_DIGITS || !standsAlone(text, start, i)) continue;
    for (let k = start; k < i; k++)
      if (lookAlike(text.charCodeAt(k)) !== 0 && touchesDigit(text, k, start, i)) changed.push(k);
  }
  if (changed.length === 0) return null;
  let view = '';
  let from = 0;
  for (const k of changed) {
    view += text.slice(from, k) + String.fromCharCode(lookAlike(text.charCodeAt(k)));
    from = k + 1;
  }
  return view + text.slice(from);
}

const nextIsNumberChar = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return isDigit(c) || lookAlike(c) !== 0 || c === 40;
};

/** Whether the number goes on at `at`, perhaps after one space ("(2O5) 49l-3308"). */
const numberGoesOn = (text: string, at: number): boolean =>
  nextIsNumberChar(text, at) || (text.charCodeAt(at) === 32 && nextIsNumberChar(text, at + 1));

/** A run that is its own word: no letter right before or after it ("Info2024l" is a code, not a number). */
function standsAlone(text: string, start: number, end: number): boolean {
  return !isAsciiLetter(text.charCodeAt(start - 1)) && !isAsciiLetter(text.charCodeAt(end));
}

/**
 * Whether the look-alike at `k` sits in a number: a digit right beside it, or a look-alike and then a digit, and
 * on its other side no letter ("6l4", "555-O172", "O7/22", "629-OO43"); "1204 I will" keeps its "I".
 */
function touchesDigit(text: string, k: number, start: number, end: number): boolean {
  const before = k > start ? text.charCodeAt(k - 1) : 32;
  const after = k + 1 < end ? text.charCodeAt(k + 1) : 32;
  const inNumber = (c: number): boolean => isDigit(c) || isNumberSep(c) || lookAlike(c) !== 0;
  // "915-629-OO43": a look-alike beside another that touches a digit is in the number too.
  const pairedAfter = lookAlike(after) !== 0 && k + 2 < end && isDigit(text.charCodeAt(k + 2));
  const pairedBefore = lookAlike(before) !== 0 && k - 2 >= start && isDigit(text.charCodeAt(k - 2));
  return (
    (isDigit(before) && inNumber(after)) ||
    (isDigit(after) && inNumber(before)) ||
    (isDigit(before) && after === 32) ||
    (isDigit(after) && before === 32) ||
    (pairedAfter && inNumber(before)) ||
    (pairedBefore && inNumber(after))
  );
}
