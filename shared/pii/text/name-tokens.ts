import { PARTICLES } from '../data/name-cues.ts';
import { isAsciiLower, isAsciiUpper, isDigit, isLetter, isUpperLetter } from './chars.ts';
import { mayContain, wordFilter } from './word-filter.ts';
import { FIRST, flagsOf, PARTICLE, SURNAME } from './word-flags.ts';

/** A word that could be part of a personal name, with its casing facts. */
export interface NameToken {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, without a trailing possessive "'s"; empty for words glued to digits. */
  readonly key: string;
  /** Word-list bits of `key` (see word-flags.ts), looked up once here. */
  readonly flags: number;
  readonly title: boolean;
  readonly allCaps: boolean;
  /** A single capital: a middle initial. */
  readonly initial: boolean;
  /** Where the text between the previous token and this one starts. */
  readonly gapStart: number;
}

const MAX_TOKEN = 40;
/** Short lower-case words are mostly not particles; the filter says so without slicing them out. */
const PARTICLE_FILTER = wordFilter(PARTICLES);
const FIRST_PERSON: ReadonlySet<string> = new Set(["i'm", 'i’m', "i'd", "i've", "i'll"]);
const isApos = (c: number): boolean => c === 39 || c === 0x2019;

/** Capitalised words and name particles (apostrophes inside, as in O'Brien), in order. Linear time. */
export function nameTokens(text: string, lower: string): NameToken[] {
  const out: NameToken[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? !(isAsciiUpper(c) || isAsciiLower(c)) : !isLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let letters = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128 ? isAsciiUpper(d) || isAsciiLower(d) : isLetter(d)) {
        letters++;
        if (d < 128 ? isAsciiUpper(d) : isUpperLetter(d)) upper++;
        i++;
      } else if (isApos(d) && isLetter(text.charCodeAt(i + 1))) i++;
      else break;
    }
    const glued = isDigit(text.charCodeAt(i)) || (start > 0 && isDigit(text.charCodeAt(start - 1)));
    const first = text.charCodeAt(start);
    const firstUpper = first < 128 ? isAsciiUpper(first) : isUpperLetter(first);
    // Lower-case words matter only as particles ("ten", "de"); skipping the rest keeps this allocation-free,
    // and the skipped word widens the next gap so a name never spans it.
    if (glued || i - start > MAX_TOKEN || (!firstUpper && i - start > 4)) continue;
    let end = i;
    if (end - start > 2 && isApos(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 32) === 115)
      end -= 2;
    // Lower-case words are kept only as particles: a bit filter, then the small set, never the big word map.
    if (
      !firstUpper &&
      !(mayContain(PARTICLE_FILTER, lower, start, i) && PARTICLES.has(lower.slice(start, i)))
    )
      continue;
    const key = lower.slice(start, end);
    // "I'm Jose": the speaker's own contraction is a cue before the name, never part of it.
    if (FIRST_PERSON.has(key)) continue;
    const flags = flagsOf(key);
    // Two-letter capitalised words are names only when a list knows them ("Al", "Bo"); others are skipped.
    if (i - start === 2 && (flags & (FIRST | SURNAME | PARTICLE)) === 0) continue;
    const allCaps = firstUpper && letters >= 2 && upper === letters;
    out.push({
      start,
      end,
      key,
      flags,
      title: firstUpper && !allCaps,
      allCaps,
      initial: end - start === 1 && firstUpper,
      gapStart: prevEnd,
    });
    prevEnd = i;
  }
  return out;
}

/** True when the text between two name words is a space, a hyphen, or the dot after an initial. */
export function isNameGap(text: string, t: NameToken): boolean {
  const len = t.start - t.gapStart;
  if (len < 1 || len > 2) return false;
  const a = text.charCodeAt(t.gapStart);
  if (len === 1) return a === 32 || a === 45 || a === 46;
  const b = text.charCodeAt(t.gapStart + 1);
  return (a === 46 && b === 32) || (a === 32 && b === 32);
}
