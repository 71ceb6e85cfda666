import { answersAsBusiness, inFirmPair, isSpeakersWorkplace } from './business-context.ts';
import { isAsciiLower, isLetter, possessiveAt } from './chars.ts';
import { cueBefore } from './name-cue.ts';
import { botNamedBefore } from './name-surroundings.ts';
import type { NameToken } from './name-tokens.ts';
import { namedAsPlace } from './place-cues.ts';
import { pronounNotName } from './pronoun-names.ts';
import { BRAND, COMMON, FIRST, firstNameOnly, flagsAt, flagsOf, NOT_NAME, SURNAME } from './word-flags.ts';

/** Runs scored as names that are named where a business, a brand, a place or a saint is. */

/** "Wells Fargo", "Dr Pepper": the first two words are a business named like a person. */
export function isBrandPair(lower: string, first: NameToken, second: NameToken, text: string): boolean {
  // Words one space apart are their own key in the text: look it up there rather than build it.
  if (second.start === first.end + 1 && lower.charCodeAt(first.end) === 32) {
    if ((flagsAt(lower, first.start, second.end) & BRAND) !== 0) return true;
  } else if (
    (flagsOf(`${lower.slice(first.start, first.end)} ${lower.slice(second.start, second.end)}`) & BRAND) !==
    0
  )
    return true;
  // "Trader Joe's": a brand's possessive, listed without its apostrophe ("trader joes").
  return (
    possessiveAt(text, second.end) &&
    (flagsOf(`${lower.slice(first.start, first.end)} ${lower.slice(second.start, second.end)}s`) & BRAND) !==
      0
  );
}

/**
 * Whether the run `toks[from, to)`, scored as a name, is named where a business, a brand or a saint is:
 * asked only of runs that would be reported, so most words never pay for it.
 */
export function namesNoPerson(
  toks: readonly NameToken[],
  from: number,
  to: number,
  cue: 'strong' | 'weak' | null | undefined,
  text: string,
  lower: string,
): boolean {
  const first = toks[from] as NameToken;
  const start = first.start;
  const end = (toks[to - 1] as NameToken).end;
  if (to - from === 1 && (inFirmPair(text, start, end) || namedAsPlace(text, lower, start, end))) return true;
  if (afterSaint(text, start) || brandWithWordBefore(lower, start, first)) return true;
  // "a 34' Sea Ray Sundancer": a brand whose first word the trim dropped as an ordinary one.
  const before = toks[from - 1];
  if (
    before !== undefined &&
    first.gapStart === before.end &&
    (before.flags & COMMON) !== 0 &&
    isBrandPair(lower, before, first, text)
  )
    return true;
  if (to - from === 1 && pronounNotName(lower, start, end)) return true;
  // "Lisinopril", "Metformin", "Donepezil": a medicine, by the ending its class's names share.
  if (to - from === 1 && DRUG_ENDING.test(lower.slice(start, end))) return true;
  if (to - from <= 2 && namesHall(toks, to, text, lower)) return true;
  if (
    afterCapitalThe(text, start) ||
    // "off the Meridia Serenata", "aboard the Meridia Contessa": "the" before a word no name list holds names a
    // ship, a venue or a product ("the Brennan wedding", "the Nguyen Sienna" are people's).
    (text.startsWith('the ', start - 4) && (first.flags & (FIRST | SURNAME)) === 0) ||
    botNamedBefore(lower, start) ||
    VIRTUAL_AFTER.test(lower.slice(end, end + 24)) ||
    FIRM_FORM_BEFORE.test(text.slice(Math.max(0, start - 6), start))
  )
    return true;
  const addressed =
    (cue === undefined ? cueBefore(lower, start) : cue) !== null || firstNameOnly(first.flags);
  return answersAsBusiness(lower, start, end, addressed) || isSpeakersWorkplace(lower, start);
}

/**
 * "Okafor Hall", "Whitmore Hall", "Hartwell House": "Hall" or "House" after a capitalised word that is no given name
 * names a building, as campuses, towns and venues name theirs ("Jerry Hall", after a given name, is a person).
 */
function namesHall(toks: readonly NameToken[], to: number, text: string, lower: string): boolean {
  const last = toks[to - 1] as NameToken;
  const length = last.end - last.start;
  if (
    !last.title ||
    !(length === 4
      ? lower.startsWith('hall', last.start)
      : length === 5 && lower.startsWith('house', last.start))
  )
    return false;
  const before = toks[to - 2];
  return (
    before?.title === true &&
    last.start === before.end + 1 &&
    text.charCodeAt(before.end) === 32 &&
    ((before.flags & FIRST) === 0 || ROOM_AFTER.test(text.slice(last.end, last.end + 8)))
  );
}
/** "Whitman Hall, Room 110", "(Whitman Hall 110)": a room in it says the hall is a building, whatever its name. */
const ROOM_AFTER = /^,? (?:Room|Rm\.?|Suite|Ste\.?|Lobby|\d)/;

/** Endings of generic drug names, which no given name or surname has. */
const DRUG_ENDING =
  /(?:pril|olol|statin|formin|pezil|dipine|sartan|mycin|cillin|prazole|tidine|zepam|oxetine|triptan|gliptin|semide|lukast|xaban|gatran|aminophen|profen)$/;

/** "Remy (가상 비서):", "Kip (virtual assistant):": a bot's name before its kind. */
const VIRTUAL_AFTER = /^ \((?:virtual|가상|asistente virtual|assistente virtual|asistan vityèl)/;
/** "ООО «Балтийский Терминал»": a Russian or Ukrainian firm's form before its name in quotes. */
const FIRM_FORM_BEFORE = /(?:ООО|ОАО|ЗАО|АО|ПАО|ТОВ|ПрАТ|ФОП|ИП) [«"]$/;

/**
 * "at The Marlowe Downtown Seattle", "Property: The Marlowe Scottsdale": an article written with a capital inside a
 * sentence belongs to a hotel's, a venue's or a firm's name, never a person's. At a sentence's opening it is only an
 * article ("The Garcias called").
 */
function afterCapitalThe(text: string, start: number): boolean {
  if (!text.startsWith('The ', start - 4)) return false;
  let i = start - 5;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  // Sentence ends, line breaks, a quote or a bracket open a sentence; a field's colon ("Property: The ...") does not.
  return !(c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 34 || c === 40 || c === 0x201c);
}

/** "St. Vincent's", "St Louis": a saint's name names a church, hospital or place. */
function afterSaint(text: string, start: number): boolean {
  const at = text.charCodeAt(start - 2) === 46 ? start - 4 : start - 3;
  return (
    at >= 0 &&
    text.charCodeAt(at) === 83 &&
    text.charCodeAt(at + 1) === 116 &&
    (at === 0 || !isLetter(text.charCodeAt(at - 1))) &&
    text.charCodeAt(start - 1) === 32
  );
}

/**
 * "a Dr Pepper": the word before the run (a title, which is no token) and the run's first word name a
 * brand together.
 */
function brandWithWordBefore(lower: string, start: number, first: NameToken): boolean {
  let end = start - 1;
  if (lower.charCodeAt(end) !== 32) return false;
  if (lower.charCodeAt(end - 1) === 46) end--;
  let begin = end;
  while (begin > 0 && end - begin < 4 && isAsciiLower(lower.charCodeAt(begin - 1))) begin--;
  // Titles are short ("dr", "mr", "st"), on the not-a-name list and no tokens; other words were read with the run.
  if (begin === end || end - begin > 3 || (begin > 0 && isAsciiLower(lower.charCodeAt(begin - 1))))
    return false;
  if ((flagsAt(lower, begin, end) & NOT_NAME) === 0) return false;
  return (flagsOf(`${lower.slice(begin, end)} ${lower.slice(first.start, first.end)}`) & BRAND) !== 0;
}
