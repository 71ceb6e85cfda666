import { isAsciiUpper, isDigit, isLetter, isUpperLetter } from './chars.ts';

/** A word that could be part of a personal name, with its casing facts. */
export interface NameToken {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, without a trailing possessive "'s". */
  readonly key: string;
  readonly title: boolean;
  readonly allCaps: boolean;
  /** A single capital, optionally with a dot: a middle initial. */
  readonly initial: boolean;
  /** Text between the previous token's end and this token's start. */
  readonly gap: string;
}

const MAX_TOKEN = 40;

/** Letter words (apostrophes inside, as in O'Brien), in order; digits break names. Linear time. */
export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < n &&
      (isLetter(text.charCodeAt(i)) || (isApos(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))))
    )
      i++;
    if (
      isDigit(text.charCodeAt(i)) ||
      (start > 0 && isDigit(text.charCodeAt(start - 1))) ||
      i - start > MAX_TOKEN
    ) {
      prevEnd = i;
      out.push({ start, end: i, key: '', title: false, allCaps: false, initial: false, gap: '\u0000' });
      continue;
    }
    let end = i;
    const word = text.slice(start, end);
    if (/['\u2019]s$/i.test(word)) end -= 2;
    const first = text.charCodeAt(start);
    const body = text.slice(start + 1, end);
    const title = isUpperLetter(first) && (body === '' || body !== body.toUpperCase() || body.length <= 1);
    const allCaps =
      end - start >= 2 && isUpperLetter(first) && body === body.toUpperCase() && body !== body.toLowerCase();
    const initial = end - start === 1 && isAsciiUpper(first);
    out.push({
      start,
      end,
      key: text.slice(start, end).toLowerCase(),
      title: title && !allCaps,
      allCaps,
      initial,
      gap: text.slice(prevEnd, start),
    });
    prevEnd = i;
  }
  return out;
}

const isApos = (c: number): boolean => c === 39 || c === 0x2019;
