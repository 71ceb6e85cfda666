import type { Finding } from '../finding.ts';
import { isAsciiLower } from './chars.ts';
import { cueBefore } from './name-cue.ts';
import { isNameGap, type NameToken } from './name-tokens.ts';
import { namedAsPlace } from './place-cues.ts';
import { lookup, wordTable } from './word-filter.ts';
import { flagsAt, PLACE } from './word-flags.ts';
import { hasSpace, lengthBit, phraseEndsAt } from './words.ts';

/**
 * Names of pets, streets and places: "my dog Murphy", "Pruitt Street" and "that's in Franklin?" make
 * "Murphy", "Pruitt" and "Franklin" the pet's, the street's and the town's wherever they stand alone in
 * the text ("I hope Murphy's okay", "service on Pruitt", "Yeah, Franklin").
 */

/** Animals people name. */
const PETS = [
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
];
/** Breeds said for the animal ("hes a golden retriever"). */
const BREEDS = ['retriever', 'terrier', 'shepherd', 'poodle', 'lab'];
const PET_NOUNS = wordTable([[PETS, 1]]);
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

/**
 * "my dog Murphy", "our cat, Luna", "my other dog Rosie", "a cat named Sergeant", "small dog (Gigi)": whether a
 * pet noun, owned, naming or bracketing the name, stands right before `start`.
 */
function petNounBefore(lower: string, start: number): boolean {
  let end = start - 1;
  const bracket = lower.charCodeAt(end) === 40;
  if (bracket) end--;
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
  let named = false;
  // "our cat named Luna".
  if (
    noun !== null &&
    lookup(NAMING_WORDS, lower, noun[0], noun[1]) !== 0 &&
    lower.charCodeAt(noun[0] - 1) === 32
  ) {
    noun = wordBefore(lower, noun[0] - 1);
    named = true;
  }
  if (noun === null || lookup(PET_NOUNS, lower, noun[0], noun[1]) === 0) return false;
  // A pet noun that names or brackets the word needs no owner: "a dog named Max", "small dog (Gigi)".
  if (named || bracket) return true;
  if (lower.charCodeAt(noun[0] - 1) !== 32) return false;
  let owner = wordBefore(lower, noun[0] - 1);
  // "a dog, Bruno", "the cat Luna": an article owns a pet as a possessive does.
  if (owner0IsArticle(lower, noun[0])) return true;
  // "my other dog", "her old cat": one word may stand between the owner and the pet.
  if (
    owner !== null &&
    lookup(POSSESSIVES, lower, owner[0], owner[1]) === 0 &&
    lower.charCodeAt(owner[0] - 1) === 32
  )
    owner = wordBefore(lower, owner[0] - 1);
  return owner !== null && lookup(POSSESSIVES, lower, owner[0], owner[1]) !== 0;
}

/** Whether "a", "an" or "the" stands right before the noun starting at `nounStart`. */
function owner0IsArticle(lower: string, nounStart: number): boolean {
  const w = wordBefore(lower, nounStart - 1);
  if (w === null) return false;
  const n = w[1] - w[0];
  return (
    (n === 1 && lower.charCodeAt(w[0]) === 97) ||
    (n === 2 && lower.startsWith('an', w[0])) ||
    (n === 3 && lower.startsWith('the', w[0]))
  );
}

/** "Pet 2: Kofi", "Pet name: Biscuit": a pet's field label, a number or "name" after it, then a colon. */
const PET_FIELD = /(?:^|[^a-z])pets?(?: ?#?\d{1,2}| name)?: ?$/;
/** Pet nouns as a regex, for the few findings that follow "name is". */
const PET_WORD = new RegExp(`(?:^|[^a-z])(?:${[...PETS, ...BREEDS].join('|')})(?:s|'s|’s)?(?![a-z])`);

/** "Horse's name?", "and the dog's name?": whether a pet noun stands in the words right before `at`. */
export const petNamedAt = (lower: string, at: number): boolean =>
  PET_WORD.test(lower.slice(Math.max(0, at - 16), at));
/** "his name is", "its name is": a third party's name, which a pet noun before makes a pet's. */
const THIRD_PARTY_NAME_IS = [
  'his name is ',
  'her name is ',
  "his name's ",
  "her name's ",
  'its name is ',
  'it’s name is ',
  "it's name is ",
];
/** How far back a pet noun makes "his name is" a pet's name: the clause before, or the turn before. */
const PET_REACH = 80;

/**
 * "Pet 2: Kofi", "the dog is friendly, his name is Bear": whether the name at `start` is given as a pet's,
 * in a pet's field or after "name is" soon after a pet noun.
 */
function petNamedBefore(lower: string, start: number): boolean {
  const c = lower.charCodeAt(start - 1);
  if (c === 58 || (c === 32 && lower.charCodeAt(start - 2) === 58))
    return PET_FIELD.test(lower.slice(Math.max(0, start - 16), start));
  if (c !== 32 || lower.charCodeAt(start - 2) !== 115) return false;
  const cue = THIRD_PARTY_NAME_IS.find((c) => phraseEndsAt(lower, c, start));
  if (cue === undefined) return false;
  const at = start - cue.length;
  return PET_WORD.test(lower.slice(Math.max(0, at - PET_REACH), at));
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
    if (
      (street && !t.initial) ||
      petNounBefore(lower, t.start) ||
      (t.title && namedAsPlace(text, lower, t.start, t.end) && (next === undefined || !isNameGap(text, next)))
    ) {
      names ??= new Set();
      names.add(lower.slice(t.start, t.end));
    }
  }
  return names;
}

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
  let things = lengths !== 0 ? namedThings(lower, toks, text, lengths) : null;
  // A name given as a pet's ("his name is tucker") is the pet's wherever it stands alone.
  for (const f of found)
    if (!hasSpace(lower, f.start, f.end) && petNamedBefore(lower, f.start)) {
      things ??= new Set();
      things.add(lower.slice(f.start, f.end));
    }
  const isThing = (f: Finding): boolean =>
    beforeStreetWord(lower, f.end) ||
    petNounBefore(lower, f.start) ||
    (petNamedBefore(lower, f.start) && !hasSpace(lower, f.start, f.end)) ||
    (things !== null &&
      !hasSpace(lower, f.start, f.end) &&
      things.has(lower.slice(f.start, f.end)) &&
      cueBefore(lower, f.start) !== 'strong');
  for (let k = 0; k < found.length; k++)
    if (isThing(found[k] as Finding)) return found.filter((f, i) => i < k || (i > k && !isThing(f)));
  return found;
}

/** Whether a street word ("street", "avenue") follows one space after `end`. */
function beforeStreetWord(lower: string, end: number): boolean {
  if (lower.charCodeAt(end) !== 32) return false;
  let j = end + 1;
  const stop = Math.min(lower.length, j + 12);
  while (j < stop && lower.charCodeAt(j) >= 97 && lower.charCodeAt(j) <= 122) j++;
  return j > end + 1 && (flagsAt(lower, end + 1, j) & PLACE) !== 0;
}
