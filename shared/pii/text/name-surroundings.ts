import { US_STATE_CODES } from '../data/us-states.ts';
import { isAsciiLetter } from './chars.ts';
import { firstNameOnly, flagsOf } from './word-flags.ts';

/**
 * What stands around a capitalised run and says whether it is a person's name: a field's colon or a cell before
 * it, a state's code, a phone greeting or a speaker's bracketed tag after it.
 */

/** Whether a sentence, line or quote opens at `at`, after at most a couple of spaces. */
export const opensSentence = (text: string, at: number): boolean =>
  /[\n.!?:"]\s*$|^\s*$/.test(text.slice(Math.max(0, at - 3), at));

/**
 * "To: The Whitman at Oak Park", "lunch at The Marlowe": a capitalised "The" inside a sentence makes the one
 * word after it a building's, a venue's or a firm's name; opening a sentence ("The Johnson account") it
 * says nothing.
 */
export function titledWithThe(text: string, start: number): boolean {
  if (start < 5 || !text.startsWith('The ', start - 4)) return false;
  let i = start - 5;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c !== 46 && c !== 33 && c !== 63 && c !== 10;
}

/**
 * "Jolene (Hendricks):": a first name, then a bracketed word closing a speaker's label, is where the speaker
 * works; "Brightside Dental (Lupe):" brackets the speaker's own name.
 */
export function bracketedTag(text: string, lower: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 40 || text.charCodeAt(end) !== 41 || text.charCodeAt(end + 1) !== 58)
    return false;
  let i = start - 2;
  if (text.charCodeAt(i) !== 32) return false;
  const nameEnd = i;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return nameEnd - i >= 2 && firstNameOnly(flagsOf(lower.slice(i, nameEnd)));
}

/** A greeting that answers the phone right after a name. */
const ANSWERS =
  /^,? (?:this is|how (?:can|may)|good (?:morning|afternoon|evening)|thanks? (?:you )?for calling)/;
const PAIR_AFTER = /^ and [A-Z][a-z]+(?=,? )/;
const PAIR_BEFORE = /[A-Z][a-z]+ and $/;

/** "Ramirez and Kline, this is Lorena": one of two capitalised words joined by "and" that answer the phone. */
export function firmAnswering(text: string, start: number, end: number): boolean {
  const after = PAIR_AFTER.exec(text.slice(end, end + 24));
  if (after !== null) return ANSWERS.test(text.slice(end + after[0].length, end + after[0].length + 32));
  return (
    PAIR_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && ANSWERS.test(text.slice(end, end + 32))
  );
}

/** Whether a field's value ends at `end`: the line, a column bar, a comma or a spaced dash comes next. */
export function valueEndsAt(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32 && i < end + 3) i++;
  const c = text.charCodeAt(i);
  // "Guest: Hope Carmichael — seat 3", "Contact: Summer Nakagawa - cell".
  const spacedDash = i > end && (c === 0x2014 || c === 0x2013 || c === 45) && text.charCodeAt(i + 1) === 32;
  return (
    i >= text.length || c === 10 || c === 13 || c === 124 || c === 9 || c === 44 || c === 0xb7 || spacedDash
  );
}

/** State codes that are also titles after a name ("Jane Roe, MD", "Ann Lee, PA", "Maribel, MA"). */
const DEGREE_CODES: ReadonlySet<string> = new Set(['MD', 'PA', 'DC', 'MA']);

/** Whether a US state's two-letter code, alone, follows `end` after a space or ", ". */
export function stateCodeAfter(text: string, end: number): boolean {
  let at = end;
  if (text.charCodeAt(at) === 44) at++;
  if (text.charCodeAt(at) !== 32) return false;
  const code = text.slice(at + 1, at + 3);
  const after = text.charCodeAt(at + 3);
  if (isAsciiLetter(after) || (after >= 48 && after <= 57 && text.charCodeAt(at + 3) !== 32)) return false;
  // "Sunita Bhattacharya, WA DL WDLK7Q4M28B2": a state's code before a licence's word issued the licence.
  if (LICENCE_AFTER_STATE.test(text.slice(at + 3, at + 12))) return false;
  // "Tyler Brennan, ID 00499820", "ID SWX66019237": a student's or member's ID, unless Idaho's ZIP follows
  // ("Boise, ID 83702").
  if (code === 'ID' && ID_NUMBER_AFTER.test(text.slice(at + 3, at + 12))) return false;
  return US_STATE_CODES.has(code) && !DEGREE_CODES.has(code);
}

const LICENCE_AFTER_STATE = /^ (?:dl|cdl|lic|license|licence|driver)(?![a-z])/i;
const ID_NUMBER_AFTER = /^(?:[#:]|\s*[#:]?\s*(?:(?!83\d{3}(?:$|[^\d]))\d|[A-Z]{1,4}\d))/;

/** "in Savannah", "near Ogden", "on Addison", Spanish "en Valencia", Portuguese "em Lowell": after these one capitalised word is a place. */
export const LONE_PLACE_BEFORE = /(?:^|[^a-z])(?:in|near|on|en|em|calle|rue|avenida) $/;

/** Words before "at" that point it at a person: "look at Noa", "mad at Kevin". */
const AT_A_PERSON =
  /(?:^|[^a-z])(?:[a-z]+(?:ed|ing)|look|stare|smile|wave|point|yell|shout|glance|laugh|mad|angry|upset|good|great|bad) at $/;

/**
 * "a 10x10 at Niles", "the director on call at Serenity Oaks": after "at" one capitalised word is a place, unless a
 * verb or a feeling points it at someone ("shouted at Gary", "looking at Noa"). A possessive ("at Sandra's request")
 * is checked apart.
 */
export function placeAfterAt(lower: string, start: number): boolean {
  if (!lower.startsWith(' at ', start - 4)) return false;
  return !AT_A_PERSON.test(lower.slice(Math.max(0, start - 24), start));
}

/** "at Faith Lutheran", "and King Forges": after these a capitalised pair is as likely a place or a church. */
export const PLACE_WORD_BEFORE = /(?:^|[^a-z])(?:at|in|on|of|and|from|near) +$/;

/** "Grace Pointe Senior Living": whether a capitalised word goes on right after `end`, one space on. */
export const joinsCapitalAfter = (text: string, end: number): boolean => {
  const c = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && c >= 65 && c <= 90;
};

/**
 * "Collector: J. Delacroix", "| Atty: A. Mehrabi", "10:14 - J. Abernathy": right after a field's colon, a column's bar or a spaced dash, an
 * initial and a word is how a record signs a person; in running text ("vitamin D. Xarelto") it is not.
 */
export function fieldValueAt(text: string, at: number): boolean {
  // A log's "key=value" has no space after its mark.
  if (text.charCodeAt(at - 1) === 61) return at >= 2 && isAsciiLetter(text.charCodeAt(at - 2));
  let i = at - 1;
  while (i >= 0 && i >= at - 3 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  if (i >= at - 1) return false;
  // "05/21 10:14 - J. Abernathy": a note's author after its stamp and a dash, spaced. "Penn Valley Snacks /
  // G. Haldane": a cell's second value after a spaced slash.
  return (
    c === 58 ||
    c === 124 ||
    c === 61 ||
    ((c === 45 || c === 0x2013 || c === 0x2014 || c === 47) && text.charCodeAt(i - 1) === 32)
  );
}

/** "your", "our", "my" right before `start`. */
const OWNED = /(?:^|[^a-z])(?:your|our|my) $/;

/** Whether "your", "our" or "my" stands right before `start` ("your Mosquito Shield treatment"). */
export const ownedBefore = (lower: string, start: number): boolean =>
  OWNED.test(lower.slice(Math.max(0, start - 6), start));

/**
 * ", the virtual assistant", ", Pinecrest's digital assistant", " (HearthGuard virtual assistant):", ", the court's virtual assistant", " (virtual assistant):", " (bot):", " (asistente
 * virtual):": a bot's name before it.
 */
const BOT =
  /^(?:, (?:(?:the|your|an?) )?(?:(?:[a-z]+ ){0,2}[a-z]+(?:['’]s|s['’]) )?| ?\((?:[a-z'’-]+ ){0,2})(?:(?:virtual|digital|automated|ai|chat|website|web|online) ?(?:assistant|agent|bot|helper)|bot\))|^(?:, (?:la|el|su|tu|nuestra|nuestro|a|o|sua) | ?\()as{1,2}istente (?:virtual|digital)|^ [-–—] (?:virtual|digital|ai) assistant/;

/**
 * "Asistente virtual Luz:", "virtual assistant Penny", "our virtual assistant, Ava,", "Virtual assistant (Ava):",
 * "Virtual assistants: Ava (EN)": a bot's name, not a person's.
 */
const VIRTUAL_BEFORE = /(?:virtual (?:(?:assistant|agent)s?[,:]? \(?)?|(?:^|[^a-z])va "|가상 비서 )$/;

/** Whether a bot's kind stands right before `start`, so the name there is the bot's. */
export const botNamedBefore = (lower: string, start: number): boolean =>
  VIRTUAL_BEFORE.test(lower.slice(Math.max(0, start - 20), start));

const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;

/**
 * Whether the words after `end` say the name before them is a chat bot's ("I'm Max, the virtual assistant"), or
 * the speaker's label before `start` does ("Bot (Toothie):").
 */
export function botAfter(lower: string, end: number, start = end): boolean {
  if (lower.startsWith('bot (', start - 5)) return true;
  const c = lower.charCodeAt(end);
  // Every form opens with a comma, a bracket (perhaps a space on) or a spaced dash ("[Ava - virtual assistant]").
  if (
    c !== 44 &&
    c !== 40 &&
    !(c === 32 && (lower.charCodeAt(end + 1) === 40 || isDash(lower.charCodeAt(end + 1))))
  )
    return false;
  return BOT.test(lower.slice(end, end + 40));
}

/** "Mr. ", "Mrs ", "Ms. ", "Dr. ", "Miss ": a courtesy title right before `start`. */
const TITLE_BEFORE = /(?:^|[^a-z])(?:mr|mrs|ms|mx|dr|miss)\.? $/;
export const titleBefore = (lower: string, start: number): boolean =>
  TITLE_BEFORE.test(lower.slice(Math.max(0, start - 6), start));
