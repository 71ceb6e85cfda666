import { OWN_NAME_CUES, OWN_NAME_SENTENCE_CUES } from '../data/name-cues.ts';
import { possessiveAt } from './chars.ts';
import { COMMON, FIRST, flagsAt, ORG, SURNAME } from './word-flags.ts';

/**
 * Where a capitalised run names a business however much it reads like a person: the name a phone is
 * answered with ("Thank you for calling the Saltmarsh Inn", "Lindenwood Suites, this is Tariq"), the
 * workplace a speaker gives after their own name ("it's Bronwyn at Fairway Debt Settlement") and firms
 * named "X & Y". Each reads a few characters around the run, so a check costs nothing per text.
 */

/** Words that open a business's greeting right before its name ("Thank you for calling the ..."). */
const GREETINGS = ['for calling', 'por llamar a', 'welcome to', 'bienvenido a', 'bienvenidos a'];
const ARTICLES = ['the', 'la', 'el'];
/** What follows the business's name when a phone is answered: the agent introduces themselves. */
const SELF_INTROS = [
  'this is ',
  'my name is ',
  'le atiende ',
  'le habla ',
  "you're speaking with ",
  'you are speaking with ',
];
/** Words between a speaker's name and their workplace ("it's Bronwyn at ..."). */
const WORKPLACE_WORDS = ['at', 'from', 'with', 'de'];

const isLowerLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f);
const isNameCode = (c: number): boolean => isLowerLetter(c) || c === 39 || c === 0x2019 || c === 45;

/** Whether one of `phrases` ends at `end` (lower-cased text) and starts a word; its start, or -1. */
function phraseBefore(lower: string, end: number, phrases: readonly string[]): number {
  for (const p of phrases) {
    const at = end - p.length;
    if (at >= 0 && lower.startsWith(p, at) && (at === 0 || !isLowerLetter(lower.charCodeAt(at - 1))))
      return at;
  }
  return -1;
}

/** Start of the word of name letters ending at `end`, or -1 when none ends there. */
function nameWordBefore(lower: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 30 && isNameCode(lower.charCodeAt(i - 1))) i--;
  return i < end ? i : -1;
}

const FIRM_LINKS = ['and', '&'];

/** Whether a business's greeting (and perhaps an article) ends one space before `start` (lower-cased text). */
function greetingBefore(lower: string, start: number): boolean {
  // Each greeting ends in "calling", "a" or "to", each article in "e" or "a": one letter rules most runs out.
  const last = lower.charCodeAt(start - 2);
  if (lower.charCodeAt(start - 1) !== 32 || (last !== 103 && last !== 97 && last !== 111 && last !== 101))
    return false;
  const article = phraseBefore(lower, start - 1, ARTICLES);
  const before = article > 0 && lower.charCodeAt(article - 1) === 32 ? article - 1 : start - 1;
  return phraseBefore(lower, before, GREETINGS) >= 0;
}

/** Whether the run at `[start, end)` (lower-cased text) is the name a business answers the phone with. */
export function answersAsBusiness(lower: string, start: number, end: number, addressed: boolean): boolean {
  if (greetingBefore(lower, start)) return true;
  // "Thank you for calling Hollister and Brandt": the second of two names joined after the greeting.
  if (lower.charCodeAt(start - 1) === 32) {
    const link = phraseBefore(lower, start - 1, FIRM_LINKS);
    const word = link > 1 && lower.charCodeAt(link - 1) === 32 ? nameWordBefore(lower, link - 1) : -1;
    if (word > 0 && greetingBefore(lower, word)) return true;
  }
  // "Hi Jamal, this is Grace": a greeting or title before the run addresses a person, not a business.
  if (addressed) return false;
  const at = lower.charCodeAt(end) === 44 ? end + 1 : end;
  if (lower.charCodeAt(at) !== 32) return false;
  // Each introduction opens with "t", "m", "l" or "y".
  const first = lower.charCodeAt(at + 1);
  if (first !== 116 && first !== 109 && first !== 108 && first !== 121) return false;
  for (const p of SELF_INTROS) if (lower.startsWith(p, at + 1)) return true;
  return false;
}

/** Whether the run at `start` follows a speaker's own name and says where they work ("it's Bronwyn at"). */
export function isSpeakersWorkplace(lower: string, start: number): boolean {
  // "at", "from", "with", "de" end in "t", "m", "h" or "e".
  const last = lower.charCodeAt(start - 2);
  if (lower.charCodeAt(start - 1) !== 32 || (last !== 116 && last !== 109 && last !== 104 && last !== 101))
    return false;
  const link = phraseBefore(lower, start - 1, WORKPLACE_WORDS);
  if (link < 2 || lower.charCodeAt(link - 1) !== 32) return false;
  // One or two name words, then the cue.
  let end = link - 1;
  for (let words = 0; words < 2; words++) {
    const word = nameWordBefore(lower, end);
    if (word < 2 || lower.charCodeAt(word - 1) !== 32) return false;
    if (phraseBefore(lower, word - 1, OWN_NAME_CUES) >= 0) return true;
    end = word - 1;
  }
  return false;
}

/** "it's Bronwyn at Fairway": whether the name ending at `end` is followed by a capitalised workplace. */
export function workplaceAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const at = text.startsWith('at ', end + 1)
    ? end + 4
    : text.startsWith('from ', end + 1) || text.startsWith('with ', end + 1)
      ? end + 6
      : -1;
  if (at < 0) return false;
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/**
 * "I'm StubHaven's virtual assistant", "this is Dana's phone": whether a speaker's own-name cue ends right
 * before `start` and a possessive follows the word ending at `end`, so the word names whose the speaker
 * is, not who they are.
 */
export function possessiveAfterOwnNameCue(text: string, lower: string, start: number, end: number): boolean {
  if (!possessiveAt(text, end)) return false;
  return lower.charCodeAt(start - 1) === 32 && phraseBefore(lower, start - 1, OWN_NAME_CUES) >= 0;
}

/** Whether a speaker's own-name cue ends right before `start` (lower-cased text). */
export const ownNameCueBefore = (lower: string, start: number): boolean =>
  lower.charCodeAt(start - 1) === 32 && phraseBefore(lower, start - 1, OWN_NAME_SENTENCE_CUES) >= 0;

/**
 * "Johnson & Johnson", "Ben & Jerry's": single capitalised words on both sides of an ampersand are a
 * firm's name. `start`/`end` bound a one-word run; "Tunde & Kemi Oyelaran" names two people, so the
 * word across the ampersand must stand alone too.
 */
export function inFirmPair(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 38 && text.charCodeAt(end + 2) === 32) {
    const rightEnd = skipWord(text, end + 3, 1);
    return rightEnd > end + 3 && isCapital(text.charCodeAt(end + 3)) && standsAlone(text, start, rightEnd);
  }
  if (start >= 4 && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 38) {
    if (text.charCodeAt(start - 3) !== 32) return false;
    const leftStart = skipWord(text, start - 4, -1) + 1;
    return (
      leftStart < start - 3 && isCapital(text.charCodeAt(leftStart)) && standsAlone(text, leftStart, end)
    );
  }
  return false;
}

const MAX_FIRM_WORDS = 3;

/**
 * "Weiss & Ortega LLP", "Hartwell Moving & Storage": whether the capitalised words across an ampersand
 * right after `end` hold a business noun (an ORG word), which makes the words before it a firm's name too; so
 * does an ordinary word right after it ("Lock & Key"), unless `ordinaryJoins` is false.
 */
export function firmAcrossAmpersand(text: string, lower: string, end: number, ordinaryJoins = true): boolean {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 38 || text.charCodeAt(end + 2) !== 32)
    return false;
  let at = end + 3;
  let words = 0;
  let trade = false;
  for (; words < MAX_FIRM_WORDS && isCapital(text.charCodeAt(at)); words++) {
    let wordEnd = skipWord(text, at, 1);
    // "Pre-Owned": a hyphened word is read whole.
    if (text.charCodeAt(wordEnd) === 45 && isCapital(text.charCodeAt(wordEnd + 1)))
      wordEnd = skipWord(text, wordEnd + 1, 1);
    const flags = flagsAt(lower, at, wordEnd);
    if ((flags & ORG) !== 0) return true;
    // "Willow & Vine", "Lock & Key": an ordinary word right after the ampersand names no partner, so no person.
    // After a list of names ("Lupe, Petal & Stem"), the comma before may end a signature instead.
    if (ordinaryJoins && words === 0 && (flags & COMMON) !== 0 && (flags & (FIRST | SURNAME)) === 0)
      return true;
    trade = words > 0 && (flags & COMMON) !== 0 && (flags & (FIRST | SURNAME)) === 0;
    if (text.charCodeAt(wordEnd) !== 32) {
      words++;
      break;
    }
    at = wordEnd + 1;
  }
  // "Harper & Lowe Recovery", "Kowalski & Finch Home Goods": a partner's name, then the trade in ordinary words
  // ("Tunde & Kemi Oyelaran" ends on a surname, two people).
  return trade && words >= 2;
}

/** Whether no capitalised word stands one space before `start` or after `end`: the pair is the whole run. */
const standsAlone = (text: string, start: number, end: number): boolean =>
  !capitalWordBeyond(text, start - 1, -1) && !capitalWordBeyond(text, end, 1);

const MAX_WORD = 30;
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
const isWordCode = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f);

/** The first position past the word at `from`, reading in `dir` (`from` itself when no word is there). */
function skipWord(text: string, from: number, dir: 1 | -1): number {
  let i = from;
  while (i >= 0 && i < text.length && Math.abs(i - from) < MAX_WORD && isWordCode(text.charCodeAt(i)))
    i += dir;
  return i;
}

/** Whether a capitalised word stands one space beyond `at` (the character past a word), reading in `dir`. */
function capitalWordBeyond(text: string, at: number, dir: 1 | -1): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  if (dir === 1) return isCapital(text.charCodeAt(at + 1));
  const wordStart = skipWord(text, at - 1, -1) + 1;
  return wordStart < at && isCapital(text.charCodeAt(wordStart));
}

const MAX_LISTED_PARTNERS = 2;

/**
 * "Pruitt, Haas & Lindqvist CPAs": whether a comma-led list of capitalised words right after `end` runs
 * into an ampersand whose far side holds a business noun, so every name in the list is a partner's in a
 * firm's name. "Maria, Ana & Jo" holds no business noun and stays people.
 */
export function firmListAfter(text: string, lower: string, end: number): boolean {
  let at = end;
  for (let words = 0; words < MAX_LISTED_PARTNERS; words++) {
    if (text.charCodeAt(at) !== 44 || text.charCodeAt(at + 1) !== 32 || !isCapital(text.charCodeAt(at + 2)))
      return false;
    at = skipWord(text, at + 2, 1);
    if (firmAcrossAmpersand(text, lower, at, false)) return true;
  }
  return false;
}

/**
 * "Hank's Lock & Key", "Rosa's Pizza": whether a possessive right after `end` opens capitalised words
 * that hold a business noun or join across an ampersand: a shop named for its owner, not the owner.
 */
export function possessiveFirmAfter(text: string, lower: string, end: number): boolean {
  if (!possessiveAt(text, end)) return false;
  let at = end + 2;
  for (let words = 0; words < MAX_FIRM_WORDS; words++) {
    if (text.charCodeAt(at) !== 32 || !isCapital(text.charCodeAt(at + 1))) return false;
    const wordEnd = skipWord(text, at + 1, 1);
    if ((flagsAt(lower, at + 1, wordEnd) & ORG) !== 0 || ampersandAt(text, wordEnd)) return true;
    if (OWNED_TRADES.has(lower.slice(at + 1, wordEnd))) return true;
    at = wordEnd;
  }
  return false;
}

/**
 * "JOHNNY RIVERA'S TACO SHOP", "Hank's Fuel Stop": what an owner's shop is called after the possessive; words too
 * common elsewhere ("Store Manager Maria Lopez") to mark a firm inside any run.
 */
const OWNED_TRADES: ReadonlySet<string> = new Set([
  'shop',
  'store',
  'market',
  'stop',
  'garage',
  'place',
  'taco',
  'pizza',
  'diner',
  'deli',
]);

/** " & " then a capitalised word at `at`. */
const ampersandAt = (text: string, at: number): boolean =>
  text.charCodeAt(at) === 32 &&
  text.charCodeAt(at + 1) === 38 &&
  text.charCodeAt(at + 2) === 32 &&
  isCapital(text.charCodeAt(at + 3));

/** "Bautista & Reyes": whether a capitalised word and an ampersand stand right before `start`. */
export const partnerBefore = (text: string, start: number): boolean =>
  start >= 5 &&
  text.charCodeAt(start - 1) === 32 &&
  text.charCodeAt(start - 2) === 38 &&
  text.charCodeAt(start - 3) === 32 &&
  isCapital(text.charCodeAt(skipWord(text, start - 4, -1) + 1));
