import {
  DIGIT_WORDS,
  FILLERS,
  NUMBER_WORDS,
  ORDINALS,
  REPEATERS,
  TEENS,
  TENS,
  WEAK_DIGITS,
} from './number-words.ts';
import type { Token } from './tokens.ts';
import type { Replacement } from './view.ts';

const isNumberish = (w: string): boolean => NUMBER_WORDS.has(w);
/** Every token is asked: a Map answers fresh strings faster than a prototype-free object's keys. */
const ORDINAL_DIGITS: ReadonlyMap<string, string> = ORDINALS;
/** Most tokens are neither: one lookup turns them away. */
const ANY_NUMBER_WORD: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...ORDINAL_DIGITS.keys()]);

const MAX_RUN_WORDS = 64;
/** Punctuation said aloud between the digits of one value. */
const SPOKEN_SEPARATORS: ReadonlyMap<string, string> = new Map([
  ['dot', '.'],
  ['point', '.'],
  ['dash', '-'],
  ['hyphen', '-'],
]);
const ZERO_WORDS: ReadonlySet<string> = new Set(['oh', 'o', 'owe']);

/** Number words that are never prose ("five", "twenty"), unlike "to", "for", "oh" or "double". */
const STRONG_WORDS: ReadonlySet<string> = new Set(
  [...NUMBER_WORDS].filter((w) => !WEAK_DIGITS.has(w) && !REPEATERS.has(w)),
);
const isStrong = (w: string): boolean => STRONG_WORDS.has(w);

/** Separators allowed between words of one spoken number: one to four spaces, commas, hyphens, pause dots. */
function isRunGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 46 && c !== 45 && c !== 0x2013) return false;
  }
  return true;
}

/**
 * Rewrites spoken numbers as digits, one replacement per word so offsets stay precise:
 * "five five five uh oh one two" -> "555" + "012", "double four" -> "44", "nineteen eighty five" -> "1985",
 * "one twenty three" -> "123", "march third" -> "march 3". Gaps inside a run are deleted.
 */
export function numberReplacements(text: string, tokens: readonly Token[]): Replacement[] {
  const out: Replacement[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!ANY_NUMBER_WORD.has(t.lower)) {
      i++;
      continue;
    }
    const ord = ORDINAL_DIGITS.get(t.lower);
    if (ord !== undefined) {
      out.push({ start: t.start, end: t.end, text: ord });
      i++;
      continue;
    }
    if (!isNumberish(t.lower)) {
      i++;
      continue;
    }
    // Collect the run: number words, fillers between them, joined by short gaps.
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1] as Token;
      if (!isRunGap(text, (tokens[j] as Token).end, next.start)) break;
      if (isNumberish(next.lower)) j++;
      // "one nine two dot one six eight dot ...": a spoken dot between digits (IP addresses, decimals), and
      // "six one two dash four four dash ...": a spoken dash between groups.
      else if (
        SPOKEN_SEPARATORS.has(next.lower) &&
        j + 2 < tokens.length &&
        isNumberish((tokens[j + 2] as Token).lower) &&
        isRunGap(text, next.end, (tokens[j + 2] as Token).start)
      )
        j += 2;
      else if (
        FILLERS.has(next.lower) &&
        j + 2 < tokens.length &&
        isNumberish((tokens[j + 2] as Token).lower)
      )
        j += 2;
      else break;
    }
    let a = i;
    let b = j;
    let strong = 0;
    for (let k = a; k <= b; k++) if (isStrong((tokens[k] as Token).lower)) strong++;
    // "to" and "for" at the edges are prose ("talk to five five five"); "oh" at an edge is a zero when
    // the run has other digits ("... five one oh oh").
    const edgeProse = (k: number, neighbour: number): boolean => {
      const w = (tokens[k] as Token).lower;
      if (!WEAK_DIGITS.has(w)) return false;
      if (!ZERO_WORDS.has(w)) return true;
      return strong < 2 && !strongAt(tokens, neighbour, j);
    };
    while (a <= b && edgeProse(a, a + 1)) a++;
    while (b >= a && edgeProse(b, b - 1)) b--;
    // No value anyone reads aloud runs past a few dozen words; longer runs are noise, left as they are.
    if (strong >= 1 && (strong >= 2 || b === a) && b - a < MAX_RUN_WORDS) emitRun(tokens, a, b, out);
    i = j + 1;
  }
  return out;
}

function strongAt(tokens: readonly Token[], k: number, max: number): boolean {
  const t = tokens[k];
  return t !== undefined && k <= max && k >= 0 && isStrong(t.lower);
}

function emitRun(tokens: readonly Token[], a: number, b: number, out: Replacement[]): void {
  for (let k = a; k <= b; k++) {
    const t = tokens[k] as Token;
    const w = t.lower;
    const next = tokens[k + 1];
    const nextWord = k < b && next ? next.lower : '';
    let digits = '';
    if (FILLERS.has(w)) digits = '';
    else if (SPOKEN_SEPARATORS.has(w)) digits = SPOKEN_SEPARATORS.get(w) as string;
    else if (REPEATERS.has(w)) digits = DIGIT_WORDS.has(nextWord) ? '' : w;
    else if (DIGIT_WORDS.has(w)) {
      const prev = tokens[k - 1];
      const times = k > a && prev ? (REPEATERS.get(prev.lower) ?? 1) : 1;
      digits = (DIGIT_WORDS.get(w) as string).repeat(times);
    } else if (TEENS.has(w)) digits = TEENS.get(w) as string;
    else if (TENS.has(w))
      digits = (TENS.get(w) as string) + (DIGIT_WORDS.has(nextWord) && !WEAK_DIGITS.has(nextWord) ? '' : '0');
    else if (w === 'hundred') digits = hundredTail(tokens, k, b);
    else if (w === 'thousand') digits = thousandTail(tokens, k, b);
    if (REPEATERS.has(w) && digits === w) continue;
    out.push({ start: t.start, end: t.end, text: digits });
    if (k < b && next) out.push({ start: t.end, end: next.start, text: '' });
  }
}

/** Zeros a "hundred" adds: none when a tens or digit word follows ("one hundred twenty three"). */
function hundredTail(tokens: readonly Token[], k: number, b: number): string {
  const next = k < b ? tokens[k + 1]?.lower : undefined;
  if (next === undefined) return '00';
  if (TEENS.has(next) || TENS.has(next)) return '';
  if (DIGIT_WORDS.has(next)) return '0';
  return '00';
}

function thousandTail(tokens: readonly Token[], k: number, b: number): string {
  const next = k < b ? tokens[k + 1]?.lower : undefined;
  if (next === undefined) return '000';
  const after = k + 1 < b ? tokens[k + 2]?.lower : undefined;
  if (after === 'hundred') return '';
  if (TEENS.has(next) || TENS.has(next)) return '0';
  if (DIGIT_WORDS.has(next)) return '00';
  return '000';
}
