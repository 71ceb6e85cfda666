import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../data/months.ts';
import { STREET_SUFFIXES } from '../data/street-words.ts';
import { isRunGap, lettersBefore } from './letter-runs.ts';
import { correctionCut } from './number-corrections.ts';
import {
  CORRECTION,
  DIGIT,
  FILLER,
  factsAt,
  flagsAt,
  HUNDRED,
  JOINER,
  NUMBERISH,
  ORDINAL,
  REPEATER,
  SCALE_JOINER,
  SEPARATOR,
  SPANISH,
  SPOKEN_WORDS,
  type SpokenWord,
  STRONG,
  TEEN,
  TENS_WORD,
  THOUSAND,
  WEAK,
  ZERO,
} from './spoken-words.ts';
import { PORTUGUESE_ONE } from './number-words.ts';
import { hundredTail, thousandTail } from './scale-tails.ts';
import { type Token, tokenAt } from './tokens.ts';
import type { Replacement } from './view.ts';

const MAX_RUN_WORDS = 64;
/** Word codes of the text being read, reused from call to call (the reader never runs twice at once). */
let codes = new Uint8Array(256);
/** Words a self-correction took back, by token index: they stay in the value's span but say no digit. */
let dropped = new Uint8Array(256);

/**
 * Rewrites spoken numbers as digits, one replacement per word so offsets stay precise:
 * "five five five uh oh one two" -> "555" + "012", "double four" -> "44", "nineteen eighty five" -> "1985",
 * "one twenty three" -> "123", "march third" -> "march 3rd". Gaps inside a run are deleted.
 */
export function numberReplacements(text: string, tokens: readonly Token[]): Replacement[] {
  const out: Replacement[] = [];
  const n = tokens.length;
  if (codes.length < n) codes = new Uint8Array(n * 2);
  if (dropped.length < n) dropped = new Uint8Array(n * 2);
  dropped.fill(0, 0, n);
  const words = codes;
  for (let k = 0; k < n; k++) words[k] = tokenAt(tokens, k).indexIn(SPOKEN_WORDS) + 1;
  let i = 0;
  while (i < n) {
    const flags = flagsAt(words, i);
    if (flags & ORDINAL) {
      const t = tokenAt(tokens, i);
      if (isDateOrStreetOrdinal(tokens, i))
        out.push({ start: t.start, end: t.end, text: factsAt(words, i).digits });
      i++;
      continue;
    }
    if (!(flags & NUMBERISH)) {
      i++;
      continue;
    }
    // Collect the run: number words, fillers between them, joined by short gaps.
    let j = i;
    while (j + 1 < n) {
      const next = tokenAt(tokens, j + 1);
      if (!isRunGap(text, tokenAt(tokens, j).end, next.start)) break;
      const f = flagsAt(words, j + 1);
      // "Four four, uh, zero seven. Four four zero seven.": a sentence that says the same digits again is the
      // value repeated, not more of it.
      // Asked only of runs short enough to be kept, so a long run of many sentences stays linear.
      if (
        f & NUMBERISH &&
        j - i < MAX_RUN_WORDS &&
        sentenceBreak(text, tokenAt(tokens, j).end, next.start) &&
        saysAgain(words, i, j, n)
      )
        break;
      // "twenty first": a one-digit ordinal closes a run that ends in an English tens word.
      if (f & ORDINAL && closesTens(flagsAt(words, j), factsAt(words, j + 1))) {
        j++;
        break;
      }
      if (f & NUMBERISH) {
        if (languagesClash(flagsAt(words, j), f)) break;
        // "ending in five five six three for two eighty six forty": a "for" before a tens or teen word, or a
        // digit and one, starts an amount, not the next digit.
        if (f & WEAK && factsAt(words, j + 1).digits === '4' && amountAfter(words, j + 2, n)) break;
        j++;
      }
      // "one nine two dot one six eight dot ...": a spoken dot between digits (IP addresses, decimals), and
      // "six one two dash four four dash ...": a spoken dash between groups.
      else if (
        f & SEPARATOR &&
        j + 2 < n &&
        flagsAt(words, j + 2) & NUMBERISH &&
        isRunGap(text, next.end, tokenAt(tokens, j + 2).start)
      )
        j += 2;
      // "final três três oito um": Portuguese "um" ends a run of Portuguese digits as their last one.
      else if (f & FILLER && flagsAt(words, j) & SPANISH && next.lower === PORTUGUESE_ONE) j++;
      else if (f & FILLER && j + 2 < n && flagsAt(words, j + 2) & NUMBERISH) j += 2;
      else if (f & (CORRECTION | FILLER) && j - i < MAX_RUN_WORDS) {
        const again = correctedFrom(text, tokens, words, i, j, n);
        if (again < 0) break;
        j = again;
      } else if (f & JOINER && j + 2 < n && joinsTens(flagsAt(words, j), flagsAt(words, j + 2))) j += 2;
      else if (f & SCALE_JOINER && j + 2 < n && joinsScale(flagsAt(words, j), flagsAt(words, j + 2))) j += 2;
      else break;
    }
    let a = i;
    let b = j;
    // "last four six six two oh": the count after "last" says how many digits follow, and is none of them.
    if (a < b && flags & DIGIT && tokens[a - 1]?.lower === 'last') a++;
    let strong = 0;
    let spanish = false;
    for (let k = a; k <= b; k++) {
      const f = flagsAt(words, k);
      if (f & (STRONG | ORDINAL)) strong++;
      if (f & SPANISH) spanish = true;
    }
    // "to" and "for" at the edges are prose ("talk to five five five"); "oh" at an edge is a zero when
    // the run has other digits ("... five one oh oh").
    while (a <= b && isEdgeProse(words, a, a + 1, j, strong)) a++;
    while (b >= a && isEdgeProse(words, b, b - 1, j, strong)) b--;
    // No value anyone reads aloud runs past a few dozen words; longer runs are noise, left as they are.
    // One Spanish number word is prose ("dos semanas", "uno de los"); a value takes two.
    // "yes one second okay it's ...", "give me two minutes": one number word before a span of time is prose.
    const lonePause = b === a && DURATIONS.has(tokens[b + 1]?.lower ?? '');
    if (strong >= 1 && (strong >= 2 || (b === a && !spanish && !lonePause)) && b - a < MAX_RUN_WORDS) {
      const first = out.length;
      const digits = emitRun(tokens, words, a, b, out, spanish);
      const letters = lettersBefore(text, tokens, a, digits);
      if (letters.length > 0) {
        // Each letter is joined to what follows it: the gap, and a spelling aid's words, are deleted.
        const joins: Replacement[] = [];
        for (let n = 0; n < letters.length; n++) {
          const next = n + 1 < letters.length ? (letters[n + 1] as number) : a;
          joins.push({
            start: tokenAt(tokens, letters[n] as number).end,
            end: tokenAt(tokens, next).start,
            text: '',
          });
        }
        out.splice(first, 0, ...joins);
      }
    }
    i = j + 1;
  }
  return out;
}

const DURATIONS: ReadonlySet<string> = new Set([
  'second',
  'seconds',
  'sec',
  'moment',
  'minute',
  'minutes',
  'min',
  'hour',
  'hours',
]);

/** A gap holding a sentence's end before a capitalised word: "seven. Four". */
function sentenceBreak(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(to);
  return c >= 65 && c <= 90 && text.slice(from, to).includes('.');
}

/** The digits the plain digit words `words[a, b]` say, fillers skipped; null when any other number word is among them. */
function plainDigits(words: Uint8Array, a: number, b: number): string | null {
  let digits = '';
  for (let k = a; k <= b; k++) {
    const f = flagsAt(words, k);
    if (f & FILLER) continue;
    const w = factsAt(words, k);
    if (!(f & DIGIT) || w.times !== 1 || w.digits.length !== 1) return null;
    digits += w.digits;
  }
  return digits;
}

/** Whether the words right after `words[i, j]` say its digits again, word for word. */
function saysAgain(words: Uint8Array, i: number, j: number, n: number): boolean {
  const said = plainDigits(words, i, j);
  if (said === null || said.length < 3) return false;
  let again = '';
  for (let k = j + 1; k < n && again.length < said.length && k - j <= 2 * said.length; k++) {
    const f = flagsAt(words, k);
    if (f & FILLER) continue;
    const w = factsAt(words, k);
    if (!(f & DIGIT) || w.times !== 1 || w.digits.length !== 1) return false;
    again += w.digits;
  }
  return again === said;
}

/** Whether the words from `k` say an amount: a tens or teen word, or a digit then one ("two eighty six"). */
function amountAfter(words: Uint8Array, k: number, n: number): boolean {
  const AMOUNT = TENS_WORD | TEEN | HUNDRED;
  if (k >= n) return false;
  const f = flagsAt(words, k);
  if (f & AMOUNT) return true;
  return (f & DIGIT) !== 0 && !(f & WEAK) && k + 1 < n && (flagsAt(words, k + 1) & AMOUNT) !== 0;
}

function isEdgeProse(
  words: Uint8Array,
  k: number,
  neighbour: number,
  runEnd: number,
  strong: number,
): boolean {
  const f = flagsAt(words, k);
  if (!(f & WEAK)) return false;
  if (!(f & ZERO)) return true;
  return strong < 2 && !(neighbour >= 0 && neighbour <= runEnd && flagsAt(words, neighbour) & STRONG);
}

const closesTens = (tens: number, ordinal: SpokenWord): boolean =>
  // One digit and its suffix: "first" to "ninth".
  (tens & (TENS_WORD | SPANISH)) === TENS_WORD && ordinal.digits.length === 3;

const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/**
 * Whether the ordinal at `i` is a day or a street: "june first", "june the first", "the first of june", "fifth
 * avenue". Elsewhere it is prose ("your first deposit", "the second time"), and left as a word.
 */
function isDateOrStreetOrdinal(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower;
  if (before !== undefined && MONTHS.has(before)) return true;
  if (before === 'the' && MONTHS.has(tokens[i - 2]?.lower ?? '')) return true;
  const after = tokens[i + 1]?.lower;
  if (after === 'of') return MONTHS.has(tokens[i + 2]?.lower ?? '');
  return after !== undefined && STREET_SUFFIXES.has(after);
}

/**
 * English homophones ("o", "to", "for") never join Spanish number words: "uno o dos" is "one or two", and
 * Spanish speakers say "cero", not "o".
 */
const languagesClash = (a: number, b: number): boolean =>
  ((a & SPANISH) !== 0 && (b & (WEAK | SPANISH)) === WEAK) ||
  ((b & SPANISH) !== 0 && (a & (WEAK | SPANISH)) === WEAK);

/** "setenta y dos": "y" joins a Spanish tens word and a Spanish digit word, and nothing else. */
const joinsTens = (before: number, after: number): boolean =>
  (before & (SPANISH | TENS_WORD)) === (SPANISH | TENS_WORD) &&
  (after & (SPANISH | DIGIT)) === (SPANISH | DIGIT);

/** "two thousand and one", "one hundred and five": "and" joins a scale word and the English number under it. */
const joinsScale = (before: number, after: number): boolean =>
  (before & (HUNDRED | THOUSAND)) !== 0 &&
  (after & (DIGIT | TEEN | TENS_WORD)) !== 0 &&
  (after & (SPANISH | WEAK)) === 0;

/** Writes the run's replacements to `out` and returns how many digits they hold. */
/** How many words may take back the digits before the new ones: "uh no sorry". */
const MAX_CORRECTION_WORDS = 3;

/**
 * "oh one three no wait oh one three nine": where the digits said again after correction words at `j + 1` start,
 * with the words they take back marked in `dropped`; -1 when no plain digits follow or they fit nowhere.
 */
function correctedFrom(
  text: string,
  tokens: readonly Token[],
  words: Uint8Array,
  i: number,
  j: number,
  n: number,
): number {
  let q = j + 1;
  let takenBack = false;
  while (q < n && q - j <= MAX_CORRECTION_WORDS && flagsAt(words, q) & (CORRECTION | FILLER)) {
    if (!isRunGap(text, tokenAt(tokens, q - 1).end, tokenAt(tokens, q).start)) return -1;
    if (flagsAt(words, q) & CORRECTION) takenBack = true;
    q++;
  }
  if (!takenBack) return -1;
  if (
    q >= n ||
    !isPlainDigit(words, q) ||
    !isRunGap(text, tokenAt(tokens, q - 1).end, tokenAt(tokens, q).start)
  )
    return -1;
  let said = '';
  for (let k = i; k <= j; k++) {
    if (flagsAt(words, k) & FILLER) continue;
    if (!isPlainDigit(words, k)) return -1;
    said += factsAt(words, k).digits;
  }
  let again = '';
  for (let k = q; k < n && k - q < MAX_RUN_WORDS; k++) {
    if (k > q && !isRunGap(text, tokenAt(tokens, k - 1).end, tokenAt(tokens, k).start)) break;
    if (flagsAt(words, k) & FILLER) continue;
    if (!isPlainDigit(words, k)) break;
    again += factsAt(words, k).digits;
  }
  const cut = correctionCut(said, again);
  if (cut < 0) return -1;
  let digit = 0;
  for (let k = i; k < q; k++) {
    if (k > j || digit >= cut) dropped[k] = 1;
    if (k <= j && !(flagsAt(words, k) & FILLER)) digit++;
  }
  return q;
}

const isPlainDigit = (words: Uint8Array, k: number): boolean => {
  const w = factsAt(words, k);
  return (w.flags & DIGIT) !== 0 && w.times === 1 && w.digits.length === 1;
};

function emitRun(
  tokens: readonly Token[],
  words: Uint8Array,
  a: number,
  b: number,
  out: Replacement[],
  iberian: boolean,
): number {
  let count = 0;
  for (let k = a; k <= b; k++) {
    // The words a correction took back go into the first digit said again, so the value's span keeps them.
    if (dropped[k] === 1) {
      let m = k;
      while (m < b && dropped[m] === 1) m++;
      const digits = dropped[m] === 1 ? '' : factsAt(words, m).digits;
      out.push({ start: tokenAt(tokens, k).start, end: tokenAt(tokens, m).end, text: digits });
      count += digits.length;
      if (m < b) out.push({ start: tokenAt(tokens, m).end, end: tokenAt(tokens, m + 1).start, text: '' });
      k = m;
      continue;
    }
    const t = tokenAt(tokens, k);
    const word = factsAt(words, k);
    const f = word.flags;
    // The next word of the run, or none at its end; a scale word reads past the "and" after it.
    const joined = k + 1 < b && flagsAt(words, k + 1) & SCALE_JOINER ? 1 : 0;
    const nextFlags = k < b ? flagsAt(words, k + 1 + joined) : 0;
    let digits = '';
    // "nove oito um zero": among Spanish and Portuguese number words "um" is Portuguese for one, no hesitation.
    if (f & FILLER && iberian && t.lower === PORTUGUESE_ONE) {
      digits = '1';
      count++;
    } else if (f & (FILLER | SCALE_JOINER | CORRECTION)) digits = '';
    else if (f & SEPARATOR) digits = word.digits;
    else if (f & REPEATER) {
      // "double" before anything but a digit word stands for nothing and is left as it is.
      if (!(nextFlags & DIGIT)) continue;
      digits = '';
    } else if (f & DIGIT) {
      const times = k > a ? factsAt(words, k - 1).times : 1;
      digits = times === 1 ? word.digits : word.digits.repeat(times);
    } else if (f & TEEN) digits = word.digits;
    else if (f & TENS_WORD) {
      // "setenta y dos": the digit comes after the joiner.
      const unit = nextFlags & JOINER ? flagsAt(words, k + 2) : nextFlags;
      digits = word.digits + ((unit & DIGIT && !(unit & WEAK)) || unit & ORDINAL ? '' : '0');
    } else if (f & ORDINAL) digits = word.digits;
    // "eight hundred five five five oh one nine eight": digits read one by one after it leave the hundred whole,
    // as a toll-free prefix is said.
    // "cuatrocientos doce": a Spanish hundreds word says its own digit, which "hundred" leaves to the word before.
    else if (f & HUNDRED)
      digits =
        word.digits +
        (k + 2 <= b && nextFlags & DIGIT && flagsAt(words, k + 2) & DIGIT ? '00' : hundredTail(nextFlags));
    // "mil doscientos ocho": Spanish says a thousand without "one".
    else if (f & THOUSAND)
      digits =
        (f & SPANISH && (k === a || !(flagsAt(words, k - 1) & (DIGIT | TEEN | TENS_WORD | HUNDRED)))
          ? '1'
          : '') +
        thousandTail(
          nextFlags,
          k + 1 + joined < b ? flagsAt(words, k + 2 + joined) : 0,
          k < b && factsAt(words, k + 1).digits === '0' && !(nextFlags & ZERO),
          k + 2 === b,
        );
    out.push({ start: t.start, end: t.end, text: digits });
    if (f & (DIGIT | TEEN | TENS_WORD | HUNDRED | THOUSAND)) count += digits.length;
    else if (f & ORDINAL) count += digits.length - 2;
    if (k < b) out.push({ start: t.end, end: tokenAt(tokens, k + 1).start, text: '' });
  }
  return count;
}
