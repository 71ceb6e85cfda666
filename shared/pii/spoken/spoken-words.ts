import { CORRECTION_WORDS } from './number-corrections.ts';
import {
  DIGIT_WORDS,
  ENGLISH_SCALE_JOINER,
  FILLERS,
  NUMBER_WORDS,
  ORDINALS,
  REPEATERS,
  ARABIC_DIGIT_WORDS,
  CYRILLIC_DIGIT_WORDS,
  FRENCH_DIGIT_WORDS,
  ITALIAN_DIGIT_WORDS,
  SOMALI_DIGIT_WORDS,
  POLISH_DIGIT_WORDS,
  TAGALOG_DIGIT_WORDS,
  VIETNAMESE_DIGIT_WORDS,
  CREOLE_DIGIT_WORDS,
  PORTUGUESE_DIGIT_WORDS,
  SPANISH_DIGIT_WORDS,
  SPANISH_FILLERS,
  SPANISH_HUNDREDS,
  SPANISH_THOUSAND,
  SPANISH_TEENS,
  SPANISH_TENS,
  SPANISH_TENS_JOINER,
  SPANISH_WEAK,
  TEENS,
  TENS,
  WEAK_DIGITS,
} from './number-words.ts';
import { wordTable } from './word-table.ts';

/**
 * What each word can be inside a spoken number, as bits, looked up once per token: number words, fillers, said
 * punctuation, joiners and ordinals.
 */

/** Punctuation said aloud between the digits of one value. */
const SPOKEN_SEPARATORS: ReadonlyMap<string, string> = new Map([
  ['dot', '.'],
  ['point', '.'],
  ['dash', '-'],
  ['hyphen', '-'],
]);
const ZERO_WORDS: ReadonlySet<string> = new Set(['oh', 'o', 'owe']);

/** What a word can be inside a spoken number, as bits: every question about a token reads one lookup. */
export const NUMBERISH = 1;
export const ORDINAL = 2;
/** Never prose ("five", "twenty"), unlike "to", "for", "oh" or "double". */
export const STRONG = 4;
export const WEAK = 8;
export const ZERO = 16;
export const REPEATER = 32;
export const DIGIT = 64;
export const TEEN = 128;
export const TENS_WORD = 256;
export const HUNDRED = 512;
export const THOUSAND = 1024;
export const FILLER = 2048;
export const SEPARATOR = 4096;
export const SPANISH = 8192;
/** The "y" of "setenta y dos". */
export const JOINER = 16384;
/** The "and" of "two thousand and one". */
export const SCALE_JOINER = 32768;
/** "no wait", "sorry": a word taking back the digits just said (see number-corrections.ts). */
export const CORRECTION = 65536;

export interface SpokenWord {
  readonly flags: number;
  /** The digits (or punctuation) the word stands for: "5", "13", "2" for "twenty", "." for "dot". */
  readonly digits: string;
  /** How often a repeater repeats the next digit. */
  readonly times: number;
}

const NOT_SPOKEN: SpokenWord = { flags: 0, digits: '', times: 1 };

const ordinalSuffix = (word: string): string =>
  word.endsWith('first') ? 'st' : word.endsWith('second') ? 'nd' : word.endsWith('third') ? 'rd' : 'th';

const SPOKEN_FACTS: ReadonlyMap<string, SpokenWord> = (() => {
  const words = new Map<string, SpokenWord>();
  for (const w of NUMBER_WORDS) {
    const weak = WEAK_DIGITS.has(w);
    const repeater = REPEATERS.has(w);
    const flags =
      NUMBERISH |
      (weak || repeater ? 0 : STRONG) |
      (weak ? WEAK : 0) |
      (ZERO_WORDS.has(w) ? ZERO : 0) |
      (repeater ? REPEATER : 0) |
      (DIGIT_WORDS.has(w) ? DIGIT : 0) |
      (TEENS.has(w) ? TEEN : 0) |
      (TENS.has(w) ? TENS_WORD : 0) |
      (w === 'hundred' ? HUNDRED : 0) |
      (w === 'thousand' ? THOUSAND : 0);
    const digits = DIGIT_WORDS.get(w) ?? TEENS.get(w) ?? TENS.get(w) ?? '';
    words.set(w, { flags, digits, times: REPEATERS.get(w) ?? 1 });
  }
  const spanish = (w: string, digits: string, kind: number): void => {
    const weak = SPANISH_WEAK.has(w);
    words.set(w, { flags: NUMBERISH | SPANISH | kind | (weak ? WEAK : STRONG), digits, times: 1 });
  };
  for (const [w, digits] of SPANISH_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of PORTUGUESE_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of CYRILLIC_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of FRENCH_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of ITALIAN_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of SOMALI_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of POLISH_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of TAGALOG_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of VIETNAMESE_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of CREOLE_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of ARABIC_DIGIT_WORDS) spanish(w, digits, DIGIT);
  for (const [w, digits] of SPANISH_TEENS) spanish(w, digits, TEEN);
  for (const [w, digits] of SPANISH_TENS) spanish(w, digits, TENS_WORD);
  for (const [w, digits] of SPANISH_HUNDREDS) spanish(w, digits, HUNDRED);
  spanish(SPANISH_THOUSAND, '', THOUSAND);
  words.set(SPANISH_TENS_JOINER, { flags: JOINER, digits: '', times: 1 });
  words.set(ENGLISH_SCALE_JOINER, { flags: SCALE_JOINER, digits: '', times: 1 });
  // Written with their suffix, as people type them: "twentieth street" is "20th street", not a house number.
  for (const [w, digits] of ORDINALS)
    words.set(w, { flags: ORDINAL, digits: digits + ordinalSuffix(w), times: 1 });
  for (const w of [...FILLERS, ...SPANISH_FILLERS]) words.set(w, { flags: FILLER, digits: '', times: 1 });
  for (const [w, sep] of SPOKEN_SEPARATORS) words.set(w, { flags: SEPARATOR, digits: sep, times: 1 });
  for (const w of CORRECTION_WORDS)
    if (!words.has(w)) words.set(w, { flags: CORRECTION, digits: '', times: 1 });
  return words;
})();
export const SPOKEN_WORDS = wordTable([...SPOKEN_FACTS.keys()]);
/** By word code: 0 for any other word, else the word's index in the table plus one. */
const FACTS_BY_CODE: readonly SpokenWord[] = [NOT_SPOKEN, ...SPOKEN_FACTS.values()];
const FLAGS_BY_CODE: Readonly<Int32Array> = Int32Array.from(FACTS_BY_CODE, (w) => w.flags);

export const flagsAt = (words: Uint8Array, k: number): number => FLAGS_BY_CODE[words[k] as number] as number;
export const factsAt = (words: Uint8Array, k: number): SpokenWord =>
  FACTS_BY_CODE[words[k] as number] as SpokenWord;
