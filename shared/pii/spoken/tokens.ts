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
    // Curly apostrophes are rare: only words holding one pay for the replace.
    let curly = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) i++;
      else if ((c === 39 || c === 0x2019) && isWordChar(text.charCodeAt(i + 1))) {
        if (c === 0x2019) curly = true;
        i++;
      } else break;
    }
    const word = lower.slice(start, i);
    out.push({ start, end: i, lower: curly ? word.replace('\u2019', "'") : word });
  }
  return out;
}

/** The text between two tokens, for deciding whether they belong to one spoken value. */
export const gapBetween = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);
