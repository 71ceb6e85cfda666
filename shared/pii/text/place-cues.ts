import { isPlaceName } from './cities.ts';
import { phraseEndsAt } from './words.ts';

/**
 * Where a capitalised word names a place however much it reads like a person: the value of a place's
 * field ("County: Montgomery"), where someone moves or lives ("relocating to Lyon", "lives in Austin"),
 * and a town asked back ("and that's in Franklin?"). Each reads a few characters before the word.
 */

/** Field labels whose value is a place. */
const PLACE_FIELDS = [
  'county',
  'city',
  'town',
  'state',
  'country',
  'parish',
  'borough',
  'province',
  'region',
];
/** Verbs of moving and living before "to" or "in" and a place. */
const PLACE_VERBS = [
  'relocating',
  'relocated',
  'relocate',
  'moving',
  'moved',
  'move',
  'lives',
  'living',
  'live',
  'located',
  'based',
];
const LINKS = [' to ', ' in '];
/**
 * Words before a lone place however it reads: "hauled into Logan", "the elevator in Kirwin", "leaves Norton at 3",
 * "ship from Norton". A person is seldom "in" anyone.
 */
const PLACE_LINKS = ['in', 'into', 'near', 'outside', 'leaves', 'leaving', 'ship from', 'shipped from'];

const ROUTE_ARROW = /(?:→|->|=>|—>) $/;
const SIDE_OF_AFTER = /^ (?:north|south|east|west|northeast|northwest|southeast|southwest) of /;
/** The first letters of the sides: n, s, e, w. */
const SIDE_LETTERS: ReadonlySet<number> = new Set([110, 115, 101, 119]);

/** Whether one of `words` ends at `end` in lower-cased text and starts a word. */
const wordEndingAt = (lower: string, end: number, words: readonly string[]): boolean =>
  words.some((w) => phraseEndsAt(lower, w, end));

/** Whether the one-word run at `[start, end)` stands where a place is named. */
export function namedAsPlace(text: string, lower: string, start: number, end: number): boolean {
  const before = lower.charCodeAt(start - 1);
  // "County: Montgomery".
  if (before === 58 || (before === 32 && lower.charCodeAt(start - 2) === 58)) {
    const colon = before === 58 ? start - 1 : start - 2;
    return wordEndingAt(lower, colon, PLACE_FIELDS);
  }
  if (before !== 32) return false;
  // "Charlotte NC → Madrid": a route's arrow points to a place, when the lists know the word as one; so does French
  // "à" ("né à Dakar"). Only the character before the space is asked of most words.
  const mark = text.charCodeAt(start - 2);
  if (
    (mark === 0x2192 || mark === 62 || mark === 0xe0) &&
    (mark === 0xe0
      ? lower.startsWith('à ', start - 2)
      : ROUTE_ARROW.test(text.slice(Math.max(0, start - 4), start))) &&
    isPlaceName(lower.slice(start, end))
  )
    return true;
  // "McKinney west of Lake Forest": what lies to a side of a place is a place.
  if (SIDE_LETTERS.has(lower.charCodeAt(end + 1)) && SIDE_OF_AFTER.test(lower.slice(end, end + 18)))
    return true;
  // A possessive after the word is a person's ("in Murphy's name").
  if (text.charCodeAt(end) !== 39 && text.charCodeAt(end) !== 0x2019)
    if (wordEndingAt(lower, start - 1, PLACE_LINKS)) return true;
  for (const link of LINKS) {
    const at = start - link.length;
    if (at < 0 || !lower.startsWith(link, at)) continue;
    if (wordEndingAt(lower, at, PLACE_VERBS)) return true;
    // "and that's in Franklin?": a town asked back.
    return link === ' in ' && text.charCodeAt(end) === 63;
  }
  return false;
}
