/** Character classes on UTF-16 code units; ASCII fast paths keep scanning linear and cheap. */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

export const isAsciiLetter = (c: number): boolean => isAsciiUpper(c) || isAsciiLower(c);

export const isAsciiAlnum = (c: number): boolean => isDigit(c) || isAsciiUpper(c) || isAsciiLower(c);

const LETTER = /\p{L}|\p{M}/u;

/** Latin scripts up to Latin Extended-B, classified once: 0 not a letter, 1 lower or caseless, 2 upper. */
const LATIN_LIMIT = 0x250;
const LATIN_CLASS: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(LATIN_LIMIT);
  for (let c = 0; c < LATIN_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    if (LETTER.test(ch)) table[c] = ch !== ch.toLowerCase() ? 2 : 1;
  }
  return table;
})();

/** Letters of any script (Latin with diacritics, Greek, Cyrillic, ...) and combining marks. */
export function isLetter(c: number): boolean {
  if (c < LATIN_LIMIT) return c >= 0 && LATIN_CLASS[c] !== 0;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(c));
}

export const isWordChar = (c: number): boolean => isDigit(c) || isLetter(c);

export function isUpperLetter(c: number): boolean {
  if (c < LATIN_LIMIT) return c >= 0 && LATIN_CLASS[c] === 2;
  const s = String.fromCharCode(c);
  return isLetter(c) && s !== s.toLowerCase();
}

/** A typed or a typographic apostrophe ("O'Brien", "O’Brien"). */
export const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** A possessive "'s" (either apostrophe, either case: "JOE'S") starting at `at`. */
export const possessiveAt = (text: string, at: number): boolean =>
  isApostrophe(text.charCodeAt(at)) && (text.charCodeAt(at + 1) | 32) === 115;

/** Horizontal whitespace only: line breaks end most values. */
export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

export const isLineBreak = (c: number): boolean => c === 10 || c === 13;

/** Code unit at i, or -1 outside the string (so callers need no bounds checks). */
export const codeAt = (text: string, i: number): number =>
  i >= 0 && i < text.length ? text.charCodeAt(i) : -1;

/** "$", "€", "£". */
export const isCurrencySign = (c: number): boolean => c === 36 || c === 0x20ac || c === 0xa3;

/**
 * Whether a currency sign opens the run of digits, dots and commas that ends right before `at` (at most `reach`
 * characters back): "$4,|620.00", "$912.44| at BESTBUY.COM".
 */
export function amountBefore(text: string, at: number, reach: number): boolean {
  let p = at - 1;
  while (p >= 0 && at - p <= reach) {
    const c = text.charCodeAt(p);
    if (!(isDigit(c) || c === 46 || c === 44)) break;
    p--;
  }
  return p < at - 1 && isCurrencySign(text.charCodeAt(p));
}

/** How far back from `pos`, at most `max` characters, the line holding it starts. */
export function lineReach(text: string, pos: number, max: number): number {
  let i = pos - 1;
  while (i >= 0 && pos - i <= max && text.charCodeAt(i) !== 10) i--;
  return pos - i - 1;
}

/** "utm_campaign=GD_Nash_Install", "loa_ft": a word joined to others by underscores is an identifier's part. */
export const inIdentifier = (text: string, start: number, end: number): boolean =>
  text.charCodeAt(start - 1) === 95 || text.charCodeAt(end) === 95;

/** "mañana" read in ASCII as "ma", "ñ", "ana"; "loa_ft": a word glued to a letter or an underscore is part of a longer one. */
export const gluedWord = (text: string, start: number, end: number): boolean =>
  isLetter(text.charCodeAt(start - 1)) || isLetter(text.charCodeAt(end)) || inIdentifier(text, start, end);
