import type { Finding } from '../finding.ts';
import { possessiveAt } from './chars.ts';
import { spellsCodeOrDate } from './code-words.ts';
import { cueBefore } from './name-cue.ts';
import { botAfter, botNamedBefore } from './name-surroundings.ts';
import { isNameGap, type NameToken } from './name-tokens.ts';
import { petNamedBefore, petNounBefore, petTagAfter } from './pets.ts';
import { namedAsPlace } from './place-cues.ts';
import { flagsAt, PLACE } from './word-flags.ts';
import { hasSpace, lengthBit } from './words.ts';

/**
 * Names of pets, streets and places: "my dog Murphy", "Pruitt Street" and "that's in Franklin?" make
 * "Murphy", "Pruitt" and "Franklin" the pet's, the street's and the town's wherever they stand alone in
 * the text ("I hope Murphy's okay", "service on Pruitt", "Yeah, Franklin").
 */

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
      petTagAfter(lower, t.end) ||
      botAfter(lower, t.end, t.start) ||
      (t.title && namedAsPlace(text, lower, t.start, t.end) && (next === undefined || !isNameGap(text, next)))
    ) {
      names ??= new Set();
      names.add(lower.slice(t.start, t.end));
    }
  }
  return names;
}

/** The names chat bots go by in their speaker labels ("Bot (Toothie 🦷):"). */
function botNames(lower: string, toks: readonly NameToken[]): Set<string> {
  const names = new Set<string>();
  for (const t of toks) if (lower.startsWith('bot (', t.start - 5)) names.add(lower.slice(t.start, t.end));
  // "Bot (Ask Penny):": the bot's name is the bracket's last word.
  BOT_BRACKET.lastIndex = 0;
  for (let m = BOT_BRACKET.exec(lower); m !== null; m = BOT_BRACKET.exec(lower)) names.add(m[1] as string);
  return names;
}
const BOT_BRACKET = /bot \((?:[a-z'’-]{1,20} ){1,2}([a-z'’-]{2,20})\)/g;

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
  // A chat bot named in its speaker label ("Bot (Toothie):") is the bot even where it says "I'm Toothie".
  let bots = lower.includes('bot (') ? botNames(lower, toks) : null;
  // "Clara (asistente virtual): ..." then "Clara: Te comunico con un agente": a bot named once is the bot throughout.
  // "Marlow Assist (bot):" then "I'm Marlow Assist": so is a bot of two words, whose second the lists dropped.
  for (const f of found) {
    const tail = capitalisedWordEnd(text, f.end);
    const end =
      botAfter(lower, f.end, f.start) || botNamedBefore(lower, f.start)
        ? f.end
        : tail > f.end && botAfter(lower, tail, tail)
          ? tail
          : -1;
    if (end < 0) continue;
    bots ??= new Set();
    bots.add(lower.slice(f.start, f.end));
    bots.add(lower.slice(f.start, end));
  }
  // A name given as a pet's ("his name is tucker", "is karen male or female") is the pet's wherever it stands alone.
  for (const f of found)
    if (
      !hasSpace(lower, f.start, f.end) &&
      (petNamedBefore(lower, f.start, f.end) || petTagAfter(lower, f.end))
    ) {
      things ??= new Set();
      things.add(lower.slice(f.start, f.end));
    }
  const isThing = (f: Finding): boolean =>
    beforeStreetWord(lower, f.end) ||
    JR_NAMED_PLACE.test(lower.slice(f.end, f.end + 48)) ||
    (!hasSpace(lower, f.start, f.end) && spellsCodeOrDate(lower, f.start, f.end)) ||
    kinNamedShop(lower, f.start, f.end) ||
    petNounBefore(lower, f.start) ||
    botAfter(lower, f.end, f.start) ||
    botNamedBefore(lower, f.start) ||
    (petTagAfter(lower, f.end) && !hasSpace(lower, f.start, f.end)) ||
    (petNamedBefore(lower, f.start, f.end) && !hasSpace(lower, f.start, f.end)) ||
    bots?.has(lower.slice(f.start, f.end)) === true ||
    (things !== null &&
      !hasSpace(lower, f.start, f.end) &&
      things.has(lower.slice(f.start, f.end)) &&
      cueBefore(lower, f.start) !== 'strong');
  for (let k = 0; k < found.length; k++)
    if (isThing(found[k] as Finding)) return found.filter((f, i) => i < k || (i > k && !isThing(f)));
  return found;
}

/**
 * "Dr. Martin Luther King Jr. Community Hospital", "Cesar Chavez Jr. Elementary": a person's name with its suffix
 * naming a place or an institution.
 */
const JR_NAMED_PLACE =
  /^,? [js]r\.?(?: [a-z]+){0,2} (?:hospital|medical|health|center|centre|clinic|school|elementary|middle|high|academy|college|university|park|library|boulevard|blvd|avenue|ave|street|st|way|drive|dr|parkway|pkwy|freeway|highway|bridge|airport|memorial|plaza|station)\b/;

/** End of the capitalised word one space after `end`, or `end` when none stands there. */
function capitalisedWordEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32) return end;
  const c = text.charCodeAt(end + 1);
  if (c < 65 || c > 90) return end;
  let j = end + 2;
  while (j < text.length && j - end < 20 && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  return j;
}

/**
 * Whether a street word ("street", "avenue") follows one space after `end`. The types written only before a
 * street's name ("Via Franscini", "Calle Mayor") close none: "Anna Fleming via secure msg" names a person.
 */
function beforeStreetWord(lower: string, end: number): boolean {
  if (lower.charCodeAt(end) !== 32) return false;
  let j = end + 1;
  const stop = Math.min(lower.length, j + 12);
  while (j < stop && lower.charCodeAt(j) >= 97 && lower.charCodeAt(j) <= 122) j++;
  if (j === end + 1 || (flagsAt(lower, end + 1, j) & PLACE) === 0) return false;
  return !OPENS_STREET_ONLY.has(lower.slice(end + 1, j));
}

/** Street types that stand before a street's name and never after one. */
const OPENS_STREET_ONLY: ReadonlySet<string> = new Set([
  'via',
  'rue',
  'calle',
  'avenida',
  'rua',
  'viale',
  'strada',
]);

/** "Mama Chen's Dumplings", "Auntie Deepa's Curry House", "nonna lucia's kitchen": a kin title, a name, then the shop it owns. */
const KIN_TITLES =
  'mama|mamá|mom|auntie|aunt|tía|tia|grandma|granny|nana|nonna|abuela|uncle|papa|papá|pops|big|lil|little';
const KIN_TITLE = new RegExp(`(?:^|[^a-z])(?:${KIN_TITLES}) $`);
const KIN_TITLE_OPENING = new RegExp(`^(?:${KIN_TITLES}) `);

function kinNamedShop(lower: string, start: number, end: number): boolean {
  if (!possessiveAt(lower, end) || lower.charCodeAt(end + 2) !== 32) return false;
  return (
    KIN_TITLE_OPENING.test(lower.slice(start, end)) ||
    // "mom Zeina Berri's number": a full name after the kin word is a relative's, not a shop's.
    (KIN_TITLE.test(lower.slice(Math.max(0, start - 8), start)) && !hasSpace(lower, start, end))
  );
}
