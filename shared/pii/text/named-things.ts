import type { Finding } from '../finding.ts';
import { cueBefore } from './name-cue.ts';
import { isNameGap, type NameToken } from './name-tokens.ts';
import { isAsciiLower } from './chars.ts';
import { lookup, wordTable } from './word-filter.ts';
import { flagsAt, PLACE } from './word-flags.ts';

/**
 * Names of pets and streets: "my dog Murphy" and "Pruitt Street" make "Murphy" and "Pruitt" the pet's
 * and the street's wherever they stand alone in the text ("I hope Murphy's okay", "service on Pruitt").
 */

const PET_NOUNS = wordTable([
  [
    [
      'dog',
      'cat',
      'puppy',
      'kitten',
      'pup',
      'pet',
      'horse',
      'parrot',
      'bird',
      'rabbit',
      'bunny',
      'hamster',
      'ferret',
      'turtle',
      'tortoise',
    ],
    1,
  ],
]);
const lastLetterBit = (c: number): number => (c >= 97 && c <= 122 ? 1 << (c - 97) : 0);
/** Last letters of the pet nouns and naming words: d, e, g, n, p, r, t, y. */
const PET_LAST_LETTERS = [...'degnprty'].reduce((bits, ch) => bits | lastLetterBit(ch.charCodeAt(0)), 0);
const NAMING_WORDS = wordTable([[['named', 'called'], 1]]);
const POSSESSIVES = wordTable([[['my', 'our', 'his', 'her', 'their', 'your', 'the'], 1]]);

/** The word ending right before `end` (lower-cased text), as [start, end), or null. */
function wordBefore(lower: string, end: number): readonly [number, number] | null {
  let begin = end;
  while (begin > 0 && end - begin < 10 && isAsciiLower(lower.charCodeAt(begin - 1))) begin--;
  return begin < end && (begin === 0 || !isAsciiLower(lower.charCodeAt(begin - 1))) ? [begin, end] : null;
}

/** "my dog Murphy", "our cat, Luna": whether a pet noun after a possessive stands right before `start`. */
export function petNounBefore(lower: string, start: number): boolean {
  let end = start - 1;
  if (lower.charCodeAt(end) !== 32) return false;
  // Each pet noun (and "named", "called") ends in one of a few letters: most words are ruled out here.
  if (
    (PET_LAST_LETTERS &
      lastLetterBit(lower.charCodeAt(end - 1 - (lower.charCodeAt(end - 1) === 44 ? 1 : 0)))) ===
    0
  )
    return false;
  if (lower.charCodeAt(end - 1) === 44) end--;
  let noun = wordBefore(lower, end);
  // "our cat named Luna".
  if (
    noun !== null &&
    lookup(NAMING_WORDS, lower, noun[0], noun[1]) !== 0 &&
    lower.charCodeAt(noun[0] - 1) === 32
  )
    noun = wordBefore(lower, noun[0] - 1);
  if (noun === null || lookup(PET_NOUNS, lower, noun[0], noun[1]) === 0) return false;
  if (lower.charCodeAt(noun[0] - 1) !== 32) return false;
  const owner = wordBefore(lower, noun[0] - 1);
  return owner !== null && lookup(POSSESSIVES, lower, owner[0], owner[1]) !== 0;
}

/**
 * The lower-cased words that name a pet or head a street name in this text, among words as long as
 * a one-word finding (`lengths`, one bit per length); null when there are none.
 */
function namedThings(
  lower: string,
  toks: readonly NameToken[],
  text: string,
  lengths: number,
): Set<string> | null {
  let names: Set<string> | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as NameToken;
    if ((lengths & lengthBit(t.end - t.start)) === 0) continue;
    const next = toks[i + 1];
    const street = next !== undefined && (next.flags & PLACE) !== 0 && next.title && isNameGap(text, next);
    if ((street && !t.initial) || petNounBefore(lower, t.start)) {
      names ??= new Set();
      names.add(lower.slice(t.start, t.end));
    }
  }
  return names;
}

/** One bit per word length up to 30; longer words share the last bit. */
const lengthBit = (len: number): number => 1 << Math.min(len, 30);

/**
 * The findings less the one-word names that name a pet or a street here, unless a title or another
 * strong cue says a person bears it ("Mrs. Fulton"), and less names right before a street word
 * ("on fulton street"). The list itself when none goes.
 */
export function withoutNamedThings(
  found: Finding[],
  toks: readonly NameToken[],
  text: string,
  lower: string,
): Finding[] {
  if (found.length === 0) return found;
  let lengths = 0;
  for (const f of found) if (!hasSpace(lower, f.start, f.end)) lengths |= lengthBit(f.end - f.start);
  const things = lengths !== 0 ? namedThings(lower, toks, text, lengths) : null;
  const isThing = (f: Finding): boolean =>
    beforeStreetWord(lower, f.end) ||
    petNounBefore(lower, f.start) ||
    (things !== null &&
      !hasSpace(lower, f.start, f.end) &&
      things.has(lower.slice(f.start, f.end)) &&
      cueBefore(lower, f.start) !== 'strong');
  for (let k = 0; k < found.length; k++)
    if (isThing(found[k] as Finding)) return found.filter((f, i) => i < k || (i > k && !isThing(f)));
  return found;
}

function hasSpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 32) return true;
  return false;
}

/** Whether a street word ("street", "avenue") follows one space after `end`. */
function beforeStreetWord(lower: string, end: number): boolean {
  if (lower.charCodeAt(end) !== 32) return false;
  let j = end + 1;
  const stop = Math.min(lower.length, j + 12);
  while (j < stop && lower.charCodeAt(j) >= 97 && lower.charCodeAt(j) <= 122) j++;
  return j > end + 1 && (flagsAt(lower, end + 1, j) & PLACE) !== 0;
}
