import { isWordChar } from '../text/chars.ts';

/** A word of the original text with its offsets and lower-cased form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

/** Words (letters, digits, inner apostrophes), in order; everything else is a gap between them. */
export function tokenize(text: string, lower: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < n &&
      (isWordChar(text.charCodeAt(i)) ||
        ((text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && isWordChar(text.charCodeAt(i + 1))))
    )
      i++;
    out.push({ start, end: i, lower: lower.slice(start, i).replace('\u2019', "'") });
  }
  return out;
}

/** The text between two tokens, for deciding whether they belong to one spoken value. */
export const gapBetween = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);
