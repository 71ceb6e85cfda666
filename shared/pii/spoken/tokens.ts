import { isWordChar } from '../text/chars.ts';
import { foldHash, type WordTable } from './word-table.ts';

/**
 * A word of the original text with its offsets. Most words are only asked whether they are in a word table,
 * which their hash answers, so the lower-cased form is cut out of the text only when something reads it.
 */
export class Token {
  readonly start: number;
  readonly end: number;
  /** Folded over the lower-cased code units as they stand in the text. */
  readonly hash: number;
  private readonly source: string;

  // Four fields and no cache: a long text makes hundreds of thousands of tokens, all alive until the view is
  // built, and every field more is memory the collector copies.
  constructor(source: string, start: number, end: number, hash: number) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.hash = hash;
  }

  /** The lower-cased word, with its first curly apostrophe made straight; cut out each time it is asked. */
  get lower(): string {
    const word = this.source.slice(this.start, this.end);
    return word.includes('\u2019') ? word.replace('\u2019', "'") : word;
  }

  /** Index of this word in `table`, or -1. */
  indexIn(table: WordTable): number {
    return table.indexOf(this.source, this.start, this.end, this.hash);
  }
}

/**
 * ASCII word characters (letters, digits) by code, each as its lower case (which the lower-cased text holds at
 * the same offset), 0 for the rest: most text is ASCII, and the rest asks `isWordChar`.
 */
const ASCII_WORD_LOWER: Readonly<Uint8Array> = Uint8Array.from({ length: 128 }, (_, c) =>
  isWordChar(c) ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : 0,
);
const isWord = (c: number): boolean => (c < 128 ? ASCII_WORD_LOWER[c] !== 0 : isWordChar(c));

/** Words (letters, digits, inner apostrophes), in order; everything else is a gap between them. */
export function tokenize(text: string, lower: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const ascii = c < 128 ? (ASCII_WORD_LOWER[c] as number) : 0;
      if (ascii !== 0) {
        hash = foldHash(hash, ascii);
        i++;
      } else if (c >= 128 && isWordChar(c)) hash = foldHash(hash, lower.charCodeAt(i++));
      else if ((c === 39 || c === 0x2019) && isWord(text.charCodeAt(i + 1))) {
        hash = foldHash(hash, lower.charCodeAt(i++));
      } else break;
    }
    out.push(new Token(lower, start, i, hash));
  }
  return out;
}

/** The token at `k`, which the caller knows is in range. */
export const tokenAt = (tokens: readonly Token[], k: number): Token => tokens[k] as Token;

/** The text between two tokens, for deciding whether they belong to one spoken value. */
export const gapBetween = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);
