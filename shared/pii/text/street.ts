import {
  LEADING_STREET_TYPES,
  NOT_STREET_WORDS,
  STANDALONE_STREETS,
  STREET_ENDINGS,
  STREET_SUFFIXES,
} from '../data/street-words.ts';
import { hasDigit, isCapitalAt, type LineWord, type LineWordReader } from './line-words.ts';

/** Past Latin Extended, Greek and Cyrillic: scripts without capitals (Arabic, Devanagari, Ethiopic, CJK...). */
const isUncasedScript = (c: number): boolean => c > 0x24f && !(c >= 0x370 && c <= 0x52f);
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
export const DIRECTIONS: ReadonlySet<string> = new Set([
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

/** Road types a grid numbers: "Road 717", "E 500 Rd", "County Road 12", "Hwy 83". */
const NUMBERED_ROAD_TYPES: ReadonlySet<string> = new Set([
  'road',
  'rd',
  'rd.',
  'highway',
  'hwy',
  'route',
  'rte',
]);

export interface StreetMatch {
  /** Index in the word list of the street's last word. */
  readonly last: number;
  readonly kind: 'suffix' | 'house-number-after' | 'leading-type';
}

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const startsWithDigit = (key: string): boolean => {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const isNumberWord = (w: LineWord): boolean => startsWithDigit(w.key) && /^\d{1,5}[a-z]?$/.test(w.key);
const isOrdinal = (key: string): boolean => startsWithDigit(key) && ORDINAL.test(key);
const isCapitalised = (text: string, w: LineWord): boolean => isCapitalAt(text, w.start);

/** The street endings grouped by their last two characters, so a key is compared with one or two at most. */
const ENDINGS_BY_TAIL: ReadonlyMap<number, readonly string[]> = (() => {
  const byTail = new Map<number, string[]>();
  for (const e of STREET_ENDINGS) {
    const tail = tailOf(e);
    const list = byTail.get(tail);
    if (list) list.push(e);
    else byTail.set(tail, [e]);
  }
  return byTail;
})();

function tailOf(key: string): number {
  return key.charCodeAt(key.length - 2) * 0x10000 + key.charCodeAt(key.length - 1);
}

/** A Nordic, German or Dutch street compound ("Koskikatu", "Sludevej", "Hauptstrasse"). */
export function endsLikeStreet(key: string): boolean {
  if (key.length <= 4) return false;
  const endings = ENDINGS_BY_TAIL.get(tailOf(key));
  if (endings === undefined) return false;
  for (const e of endings) if (key.endsWith(e)) return true;
  return false;
}

/**
 * The street part after a house number: words up to a street type ("Main Street"), a Nordic or German
 * compound ("Koskikatu 25"), a leading type ("Rue Gafsa"), or words then a house number ("Puruntie 82").
 * Words are read only as far as the decision needs them.
 */
export function matchStreet(text: string, words: LineWordReader): StreetMatch | null {
  const first = words.at(0);
  if (!first) return null;
  const second = LEADING_STREET_TYPES.has(first.key) ? words.at(1) : undefined;
  if (
    second &&
    // "flight 2291 via DFW": in lower case among capitals, "via" is the English word, not Italy's street.
    !(first.key === 'via' && !isCapitalised(text, first) && !words.noCapitals()) &&
    !NOT_STREET_WORDS.has(second.key) &&
    (isCapitalised(text, nameAfterParticles(words, 1)) || words.noCapitals())
  ) {
    let k = 1;
    while (
      k < 5 &&
      words.at(k + 1) &&
      !words.at(k)?.trail.includes(',') &&
      nameLike(text, words.at(k + 1) as LineWord, words)
    )
      k++;
    const after = words.at(k + 1);
    if (after && isNumberWord(after) && !words.at(k)?.trail.includes(',')) k++;
    return { last: k, kind: 'leading-type' };
  }
  for (let k = 0; k < 6; k++) {
    const w = words.at(k);
    if (!w) break;
    const key = w.key;
    // "2215 west will rogers boulevard": after a direction, "will" opens a street named for a person.
    const namedFor = key === 'will' && k > 0 && DIRECTIONS.has((words.at(k - 1) as LineWord).key);
    if (NOT_STREET_WORDS.has(key) && !namedFor) return null;
    // "من 10 صباحاً حتى 8": a house number's street is named in Latin, Greek or Cyrillic letters; in scripts
    // without capitals the words after a number are a sentence.
    if (isUncasedScript(key.charCodeAt(0))) return null;
    // "275 gal outdoor tank (installed 2009)", "1 child (age 6)": a bracket opens a note; no street name holds one.
    if (text.charCodeAt(w.start) === 40 || text.charCodeAt(w.start - 1) === 40) return null;
    if (
      (k > 0 && STREET_SUFFIXES.has(key)) ||
      endsLikeStreet(key) ||
      // "1500 Broadway", "922 West Broadway": a street named without its type, perhaps after a direction.
      ((k === 0 || (k === 1 && DIRECTIONS.has((words.at(0) as LineWord).key))) && STANDALONE_STREETS.has(key))
    ) {
      let last = k;
      const next = words.at(k + 1);
      // "215 Pecan Grove Ln": a street word inside the name, then the type written short.
      const shortType = next !== undefined && next.key.length <= 4 && STREET_SUFFIXES.has(next.key);
      if (next && !w.trail.includes(',') && (DIRECTIONS.has(next.key) || isNumberWord(next) || shortType))
        last = k + 1;
      return { last, kind: 'suffix' };
    }
    if (k > 0 && isNumberWord(w)) {
      // "1846 E 500 Rd": a numbered road of the rural grid, its type after its number.
      const type = words.at(k + 1);
      if (type !== undefined && !w.trail.includes(',') && NUMBERED_ROAD_TYPES.has(type.key))
        return { last: k + 1, kind: 'suffix' };
      // "3316 S 2700 E": Utah's grid names a street by its distance and direction from the meridian.
      if (type !== undefined && k === 1 && !w.trail.includes(',') && DIRECTIONS.has(type.key))
        if (DIRECTIONS.has((words.at(0) as LineWord).key)) return { last: 2, kind: 'suffix' };
      return { last: k, kind: 'house-number-after' };
    }
    // "37514 Road 717": rural Nebraska and California name roads by their type and a number.
    if (k === 0 && NUMBERED_ROAD_TYPES.has(key) && !w.trail.includes(',')) {
      const number = words.at(1);
      if (number !== undefined && isNumberWord(number)) return { last: 1, kind: 'suffix' };
    }
    // Numbered streets: "410 W 3rd St", "12 East 42nd Street".
    if (isOrdinal(key)) continue;
    if (hasDigit(key) || !(namedFor || nameLike(text, w, words))) return null;
    if (w.trail.includes(',')) return null;
    // "swapped 6 E tanks. pt says": a lower-case word and its full stop end a sentence, not a street's name.
    if (w.trail.startsWith('.') && key.length > 3 && !isCapitalised(text, w)) return null;
  }
  return null;
}

/** The word where a street name proper begins after up to two particles ("Calle del Sol", "Rue de la Paix"). */
function nameAfterParticles(words: LineWordReader, from: number): LineWord {
  let k = from;
  while (k < from + 2 && words.at(k + 1) && PARTICLES.has((words.at(k) as LineWord).key)) k++;
  return words.at(k) as LineWord;
}

function nameLike(text: string, w: LineWord, words: LineWordReader): boolean {
  const key = w.key;
  if (hasDigit(key) || NOT_STREET_WORDS.has(key)) return false;
  return isCapitalised(text, w) || PARTICLES.has(key) || (key.length > 1 && words.noCapitals());
}
