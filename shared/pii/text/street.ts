import {
  LEADING_STREET_TYPES,
  NOT_STREET_WORDS,
  STANDALONE_STREETS,
  STREET_ENDINGS,
  STREET_SUFFIXES,
} from '../data/street-words.ts';
import { isCapitalAt, type LineWord } from './line-words.ts';

const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'do',
  'del',
  'la',
  'le',
  'di',
  'des',
  'du',
  'al',
  'el',
  'van',
  'von',
  'der',
  'and',
  'y',
  'tér',
  'út',
  'u.',
  'st.',
  'saint',
]);
const DIRECTIONS: ReadonlySet<string> = new Set([
  'n',
  's',
  'e',
  'w',
  'ne',
  'nw',
  'se',
  'sw',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

export interface StreetMatch {
  /** Index in the word list of the street's last word. */
  readonly last: number;
  readonly kind: 'suffix' | 'house-number-after' | 'leading-type';
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const isNumberWord = (w: LineWord): boolean => /^\d{1,5}[a-z]?$/.test(w.key);
const hasEnding = (key: string): boolean => key.length > 4 && STREET_ENDINGS.some((e) => key.endsWith(e));
const isCapitalised = (text: string, w: LineWord): boolean => isCapitalAt(text, w.start);

/**
 * The street part after a house number: words up to a street type ("Main Street"), a Nordic or German
 * compound ("Koskikatu 25"), a leading type ("Rue Gafsa"), or words then a house number ("Puruntie 82").
 */
export function matchStreet(text: string, words: readonly LineWord[]): StreetMatch | null {
  const first = words[0];
  if (!first) return null;
  const lowerLine = words.every((w) => !isCapitalised(text, w) || /^\d/.test(w.key));
  if (
    LEADING_STREET_TYPES.has(first.key) &&
    words[1] &&
    (lowerLine || isCapitalised(text, nameAfterParticles(words, 1))) &&
    !NOT_STREET_WORDS.has((words[1] as LineWord).key)
  ) {
    let k = 1;
    while (
      k + 1 < words.length &&
      k < 5 &&
      !words[k]?.trail.includes(',') &&
      nameLike(text, words[k + 1] as LineWord, lowerLine)
    )
      k++;
    if (words[k + 1] && isNumberWord(words[k + 1] as LineWord) && !words[k]?.trail.includes(',')) k++;
    return { last: k, kind: 'leading-type' };
  }
  for (let k = 0; k < Math.min(words.length, 6); k++) {
    const w = words[k] as LineWord;
    const key = w.key;
    if (NOT_STREET_WORDS.has(key)) return null;
    if ((k > 0 && STREET_SUFFIXES.has(key)) || hasEnding(key) || (k === 0 && STANDALONE_STREETS.has(key))) {
      let last = k;
      const next = words[k + 1];
      if (next && !w.trail.includes(',') && (DIRECTIONS.has(next.key) || isNumberWord(next))) last = k + 1;
      return { last, kind: 'suffix' };
    }
    if (k > 0 && isNumberWord(w)) return { last: k, kind: 'house-number-after' };
    // Numbered streets: "410 W 3rd St", "12 East 42nd Street".
    if (ORDINAL.test(key)) continue;
    if (/\d/.test(key) || !nameLike(text, w, lowerLine)) return null;
    if (w.trail.includes(',')) return null;
  }
  return null;
}

/** The word where a street name proper begins after up to two particles ("Calle del Sol", "Rue de la Paix"). */
function nameAfterParticles(words: readonly LineWord[], from: number): LineWord {
  let k = from;
  while (k < from + 2 && words[k + 1] && PARTICLES.has((words[k] as LineWord).key)) k++;
  return words[k] as LineWord;
}

function nameLike(text: string, w: LineWord, lowerLine: boolean): boolean {
  const key = w.key;
  if (/\d/.test(key) || NOT_STREET_WORDS.has(key)) return false;
  return isCapitalised(text, w) || PARTICLES.has(key) || (lowerLine && key.length > 1);
}
