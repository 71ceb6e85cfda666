import { possessiveAt } from './chars.ts';
import { isCityDistrict, isCountryName, isPlaceName } from './cities.ts';
import { IBERIAN_MONTHS } from './month-pattern.ts';
import { GIVEN_NAME_MONTHS, isFilledInFirstName } from './name-admission.ts';
import { signsNote } from './signatures.ts';
import {
  botAfter,
  bracketedTag,
  fieldValueAt,
  firmAnswering,
  joinsCapitalAfter,
  LONE_PLACE_BEFORE,
  placeAfterAt,
  opensSentence,
  ownedBefore,
  PLACE_WORD_BEFORE,
  stateCodeAfter,
  titleBefore,
  titledWithThe,
  valueEndsAt,
} from './name-surroundings.ts';
import { atLineStart, notPersonAfter, selfNamedAfter, speakerTailAt } from './name-tails.ts';
import type { NameToken } from './name-tokens.ts';
import { isBrandPair } from './not-a-person.ts';
import { opensCell } from './table-columns.ts';
import { BRAND, COMMON, FIRST, NOT_NAME, ORG, PARTICLE, PLACE, PLACE_PREFIX, SURNAME } from './word-flags.ts';

const IBERIAN_MONTH_SET: ReadonlySet<string> = new Set(IBERIAN_MONTHS);
/** Words before "Ed" that make it education: "Adult Ed", "Driver's Ed", "Special Ed". */
const ED_BEFORE = /(?:adult|driver'?s|special|phys\.?|continuing) $/;
/** A day's number right after a word: " 3,", " 21 ". */
const DAY_AFTER = /^ \d{1,2}(?!\d)/;
/**
 * How sure a run of capitalised words is a person's name: the lists that know its words, the cue before it,
 * and what stands around it (a state's code, a firm's tag, a model year, a bot's title).
 */

/** Whether a token is on the lists marked by `bits` (any of them). */
const on = (t: NameToken, bits: number): boolean => (t.flags & bits) !== 0;
const MODEL_YEAR_BEFORE = /(?:^|\D)(?:19|20)\d\d $/;
/** Car makes that are also names, which close a dealer's name after its owner's ("Hal Brennan Ford"). */
const DEALER_MAKES: ReadonlySet<string> = new Set(['ford', 'lincoln', 'mercedes', 'dodge']);

/**
 * Given names that are also verbs or modals, which may open a sentence before a surname that is no name
 * there ("Will Mendoza call?", "Grant Collins access"); other word-names before a surname name a person
 * wherever they stand ("Summer Collins called").
 */
const VERB_NAMES: ReadonlySet<string> = new Set([
  'will',
  'may',
  'mark',
  'bill',
  'grant',
  'sue',
  'rob',
  'pat',
  'chase',
  'drew',
  'jack',
  'bob',
  'skip',
  'page',
  'wade',
  'shadow',
]);

/** A word an initial signs with ("T. Mills", "J. Achterberg"): a surname, or a word no list knows. */
export const signsWith = (t: NameToken): boolean => on(t, SURNAME) || !on(t, COMMON | FIRST | NOT_NAME);

/** The score of the name `toks[from, to)`. */
export function scoreName(
  toks: readonly NameToken[],
  from: number,
  to: number,
  cue: 'strong' | 'weak' | null,
  lower: string,
  text: string,
  end: number,
): number {
  // The words are the tokens that are no initial and no particle; one pass gathers what is asked of them.
  let words = 0;
  let first: NameToken | undefined;
  let second: NameToken | undefined;
  let last: NameToken | undefined;
  let shortUnknown = false;
  let org = false;
  let lowerParticle = false;
  let initial = false;
  let allCaps = false;
  for (let k = from; k < to; k++) {
    const t = toks[k] as NameToken;
    if (on(t, ORG)) org = true;
    if (t.initial) initial = true;
    if (t.allCaps) allCaps = true;
    if (on(t, PARTICLE) && !t.title) lowerParticle = true;
    if (t.initial || on(t, PARTICLE)) continue;
    words++;
    if (first === undefined) first = t;
    else if (second === undefined) second = t;
    last = t;
    // Two-letter words are names only when a list knows them ("Al", "Bo"); unknown ones are codes or noise.
    if (t.end - t.start < 3 && !on(t, FIRST) && !on(t, SURNAME)) shortUnknown = true;
  }
  if (!first || !last) return 0;
  if (org) return 0;
  // "BOB EVANS REST 0412", "MARIE CALLENDERS #118", "TORY BURCH 0087 for $318": a card statement's merchant, in
  // capitals before its store's number or its trade.
  if (allCaps && cue !== 'strong' && MERCHANT_TAIL.test(text.slice(end, end + 20))) return 0;
  // "Fontana CA", "Round Rock, TX": a state's code after the words makes them a town.
  // Caller-name fields show a town in capitals for a caller with no name on file ("HARTFORD CT").
  if ((cue !== 'strong' || allCaps) && stateCodeAfter(text, end)) return 0;
  // "LOUISVILLE KY" in a caller-name cell: the state's code read as the run's last word.
  if (
    words >= 2 &&
    allCaps &&
    last.end - last.start === 2 &&
    stateCodeAfter(text, (toks[to - 2] as NameToken).end)
  )
    return 0;
  // "Jolene (Hendricks):", "Andre (North Star):": a speaker's bracketed tag names where they work; "Ramirez and Kline, this is
  // Lorena": a pair of names answering the phone is the firm.
  if (
    bracketedTag(text, lower, first.start, end) ||
    (words === 1 && (firmAnswering(text, first.start, end) || titledWithThe(text, first.start)))
  )
    return 0;
  // "born in Savannah", "on Addison": one word after these is a place or a street, not a person ("on Dana's
  // plan" is a person's).
  if (
    words === 1 &&
    cue !== 'strong' &&
    (LONE_PLACE_BEFORE.test(lower.slice(Math.max(0, first.start - 6), first.start)) ||
      placeAfterAt(lower, first.start)) &&
    !possessiveAt(text, end)
  )
    return 0;
  // "(Atlanta, hosting ASN)", "Chula Vista": a city's whole name, unless a cue names a person so or a city
  // named for a family names one alone ("Richardson"); the list leaves out those named like people ("Tyler").
  // An initial makes the words a person's ("T. Greeley").
  const place = lower.slice(first.start, last.end);
  if (cue !== 'strong' && !initial && !(words === 1 && on(first, SURNAME)) && isPlaceName(place)) return 0;
  // "Current passport (Somalia):": a country no one is named after is none, whatever the cue.
  if (!on(first, FIRST) && isCountryName(place)) return 0;
  // "flying in from Madrid": a city after "from" that is a surname but no given name is where someone comes from.
  if (
    cue !== 'strong' &&
    words === 1 &&
    !on(first, FIRST) &&
    isPlaceName(place) &&
    lower.startsWith('from ', first.start - 5)
  )
    return 0;
  // "Adult Ed", "Driver's Ed": education's short form, not Edward.
  if (
    words === 1 &&
    place === 'ed' &&
    ED_BEFORE.test(lower.slice(Math.max(0, first.start - 12), first.start))
  )
    return 0;
  // "ipinanganak po Agosto 3, 1958": a Spanish month before a day's number opens a date.
  if (words === 1 && IBERIAN_MONTH_SET.has(place) && DAY_AFTER.test(text.slice(end, end + 4))) return 0;
  // "HaulRight #0968 Tulsa Midtown": a city and a district's word name a branch.
  if (cue !== 'strong' && words === 2 && isCityDistrict(place)) return 0;
  // "about the Sienna rental", "the Mercedes": a given name alone after "the" names a thing (a car, a room);
  // people are not called "the Maria" ("the Smith residence" keeps its surname).
  if (
    words === 1 &&
    cue !== 'strong' &&
    on(first, FIRST) &&
    !on(first, SURNAME) &&
    lower.startsWith('the ', first.start - 4) &&
    !possessiveAt(text, end)
  )
    return 0;
  // "Raleigh–Cary", "Dallas–Fort Worth": an en dash joins places into a region; names are joined by hyphens.
  if (enDashJoined(text, first.start, end)) return 0;
  // "Hal Brennan Ford", "Mike Kessler Lincoln": a full name and a make that is also a name is a dealer.
  // "Canyon Ford", "Sunset Dodge": a make after a word no one is named is a dealer too.
  if (
    (words >= 3 || (words === 2 && !on(first, FIRST | SURNAME))) &&
    DEALER_MAKES.has(lower.slice(last.start, last.end))
  )
    return 0;
  // "a 2016 Lincoln MKZ": a word right after a model year is a make.
  if (MODEL_YEAR_BEFORE.test(text.slice(Math.max(0, first.start - 6), first.start))) return 0;
  // "your Mosquito Shield treatment": words no list names a person by, owned, are a product or a plan.
  if (
    words >= 2 &&
    !on(first, FIRST | SURNAME) &&
    cue !== 'strong' &&
    ownedBefore(lower, (toks[from] as NameToken).start)
  )
    return 0;
  // "I'm Max, the virtual assistant": a chat's bot.
  if (botAfter(lower, end)) return 0;
  // Place names: a street word at either end, a place prefix first, or "X de Y" without a given name.
  if (on(last, PLACE) || on(first, PLACE) || (words > 1 && on(first, PLACE_PREFIX))) return 0;
  if (cue !== 'strong' && lowerParticle && !on(first, FIRST)) return 0;
  if (second !== undefined ? isBrandPair(lower, first, second, text) : on(first, BRAND) && cue !== 'strong')
    return 0;
  // "Jeep Cherokee", "Toyota Camry": a brand no one is named opens a product's name.
  if (second !== undefined && on(first, BRAND) && !on(first, FIRST | SURNAME)) return 0;
  // "Jun Park", "Jan Kowalski": a month's short form before a surname is the given name it also is.
  const firstKnown =
    on(first, FIRST) ||
    (words >= 2 && on(last, SURNAME) && GIVEN_NAME_MONTHS.has(lower.slice(first.start, first.end)));
  if (shortUnknown) return 0;
  // "Northway Delivery Alerts", "Boîte Harvest Crate": after a word no given-name list holds, an ordinary word
  // no name list knows inside three words or more makes a firm's or a product's name; after a given name the
  // words may be a surname of several ("Kathleen Two Bulls").
  if (
    words >= 3 &&
    cue !== 'strong' &&
    !on(first, FIRST) &&
    someInside(toks, from, to, first, last, isOrdinaryWord)
  )
    return 0;
  const opening = (toks[from] as NameToken).start;
  const firstCommon = on(first, COMMON);
  let s = firstKnown && !firstCommon ? 0.5 : firstKnown ? 0.15 : firstCommon ? 0 : 0.1;
  if (words >= 2) {
    const lastCommon = on(last, COMMON);
    // "WILLIAMS JOY" under "Caller Name": a caller-ID column writes the surname first, the given name last.
    const givenLast = cue === 'strong' && on(last, FIRST);
    s += on(last, SURNAME) ? 0.3 : lastCommon && !givenLast ? -0.1 : 0.2;
    // "manager Rich Andersen", "roommate Sunny Kaur": mid-sentence, a first name that is also a word before
    // a surname that is none is a name; opening a sentence the word may be a verb ("Will Mendoza call?").
    // A field's value that ends there ("Contact: Summer Nakagawa", "Agent: Hope Adebayo |") is no sentence.
    const fieldValue = fieldValueAt(text, opening) && valueEndsAt(text, end);
    if (
      firstKnown &&
      firstCommon &&
      on(last, SURNAME) &&
      !lastCommon &&
      (!opensSentence(text, opening) || fieldValue || !VERB_NAMES.has(lower.slice(first.start, first.end)))
    )
      s += 0.1;
    // "with Pat Donnelly", "attorney Grace Whitfield": as with an unknown first word, a capitalised word no
    // list knows after it names the person; opening a sentence the first word may still be a verb.
    else if (
      firstKnown &&
      firstCommon &&
      words === 2 &&
      last.title &&
      (last.flags & (FIRST | SURNAME | COMMON | NOT_NAME | BRAND)) === 0 &&
      (!opensSentence(text, opening) || fieldValue) &&
      !PLACE_WORD_BEFORE.test(lower.slice(Math.max(0, opening - 7), opening)) &&
      !joinsCapitalAfter(text, end)
    )
      s += 0.15;
    if (!firstKnown && !firstCommon && !lastCommon) s += 0.25;
    // "Grace Ann Whitlock", "Grace A. Whitlock": a middle name or initial after a given name is how people write
    // their names in full, whatever ordinary word the given name also is.
    // "Shadow Lucía Paredes on Wednesday": opening a sentence, a word that is also a verb may be one.
    if (
      firstKnown &&
      firstCommon &&
      !on(first, NOT_NAME) &&
      someInside(toks, from, to, first, last, isMiddleName) &&
      !(opensSentence(text, opening) && VERB_NAMES.has(lower.slice(first.start, first.end)))
    )
      s += 0.15;
  } else if (on(first, SURNAME) && !firstCommon) {
    // A known surname alone mid-sentence ("says Murphy") is a name; at a sentence start it may be anything.
    s += opensSentence(text, opening) ? 0.1 : 0.4;
    // "Patient: Okafor", "Borrower: Ruiz |": a role's field holding a surname alone names its person.
    if (cue === 'weak' && fieldValueAt(text, opening) && valueEndsAt(text, end)) s += 0.2;
  } else if (words === 1 && on(first, SURNAME) && titleBefore(lower, opening)) {
    // "Dear Mrs. Brown", "Mr. Young called": after a courtesy title a surname that is also a word is the surname.
    s += 0.3;
  }
  // An initial before a surname ("T. Mills") is how people sign, even when the surname is also a word.
  // A word no list knows needs a cue as well ("by J. Achterberg"): "vitamin D. Xarelto" is no signature.
  // A field, a cell or a speaker's label holding the initial and the word alone is a signature too
  // ("...,taken_by" over "...,B. Lindqvist", "10:12 K. Lindqvist (ext 4471):", "Update 10/03 (T. Greenberg):"),
  // and so are the initial and the word in brackets, signing off a note or before a role or a credential ("(K. Brungardt)",
  // "... -- T. Vogel", "K. Abernathy (adj)", "K. Forsberg RN").
  if (
    (toks[from] as NameToken).initial &&
    words === 1 &&
    (on(first, SURNAME) ||
      ((cue !== null ||
        fieldValueAt(text, opening) ||
        (opensCell(text, opening) && valueEndsAt(text, end)) ||
        speakerTailAt(text, end) ||
        signsNote(text, opening, end)) &&
        signsWith(first)))
  )
    s += 0.3;
  // "...\tSEA-AP\tRose Amari\t(206) 555-0145": two capitalised words filling a table's cell, the first a given name
  // that is also a word and the second no word, are a person's name in full; a cell opens no sentence.
  if (
    words === 2 &&
    firstKnown &&
    firstCommon &&
    !on(last, COMMON | NOT_NAME | ORG | PLACE | BRAND) &&
    last.title &&
    opensCell(text, opening) &&
    valueEndsAt(text, end)
  )
    s += 0.2;
  if (selfNamedAfter(text, end)) s += 0.45;
  // "Colm Byrne (husband)", "Dana Whitfield (daughter)": a family tie or a role in a household in brackets after.
  if (words >= 2 && RELATION_IN_BRACKETS_AFTER.test(text.slice(end, end + 16))) s += 0.3;
  if (cue === 'strong') s += 0.45;
  else if (cue === 'weak') s += 0.1;
  if (initial) s += 0.1;
  // "Mayo-Walters" with no given name is how firms are named; people give a first name too.
  if (words === 2 && last.start - last.gapStart === 1 && text.charCodeAt(last.gapStart) === 45 && !firstKnown)
    s -= 0.3;
  // Capitals read as shouting or a heading, but a mixed-case line that fills in a first name in
  // capitals ("Hi MARGARET, your Rx is ready") is a template naming its reader.
  if (allCaps && cue !== 'strong' && !(words === 1 && isFilledInFirstName(toks, to, text, lower, first)))
    s -= 0.2;
  if (notPersonAfter(lower, end)) s -= 0.7;
  // A speaker label at the start of a line: "Maria: I can help", "Maria (support): ...".
  // "Case: CMP-24-03-01992", "Fee: $6.50", "Cash Price: $389,500.00": a word that is also a name, before a value
  // with a digit, labels a field.
  if (
    speakerTailAt(text, end) &&
    atLineStart(text, first.start) &&
    !fieldLabelWords(text, end, words, firstKnown, firstCommon, on(last, COMMON))
  )
    s += firstKnown ? 0.35 : 0.1;
  return s;
}

const RELATION_IN_BRACKETS_AFTER =
  /^ \((?:husband|wife|spouse|partner|son|daughter|mother|father|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|aunt|uncle|niece|nephew|guardian|caregiver|tenant|roommate|self)\)/i;

/** A card statement's merchant tail: a store's number ("#118", "0412 for $61"), or its trade in capitals. */
const MERCHANT_TAIL =
  /^ (?:#\d|(?:REST|RESTAURANT|ONLINE|STORE|STEAK|MKT|MARKET|SHOP|OUTLET)\b|\d{3,5}(?= (?:for|on|at)\b| \$|[\n,]|$))/;

/** Whether an en dash right before `start` or right after `end` joins the words to another capitalised word. */
function enDashJoined(text: string, start: number, end: number): boolean {
  const isCapital = (c: number): boolean => c >= 65 && c <= 90;
  return (
    (text.charCodeAt(start - 1) === 0x2013 && /[a-z]/i.test(text.charAt(start - 2))) ||
    (text.charCodeAt(end) === 0x2013 && isCapital(text.charCodeAt(end + 1)))
  );
}

/**
 * Whether capitalised words before a colon label a field, not a speaker: ordinary words before a value with a
 * digit ("Fee: $6.50", "Case: CMP-24-03-01992"); two words, one ordinary, before an amount ("Cash Price: $389,500"),
 * as no speaker's turn opens; a known given name before a date or a number is a speaker answering ("Will Haney:
 * 3-19-2001.").
 */
function fieldLabelWords(
  text: string,
  end: number,
  words: number,
  firstKnown: boolean,
  firstCommon: boolean,
  lastCommon: boolean,
): boolean {
  if (words === 1) return firstCommon && valueAfterColon(text, end);
  if (!firstCommon && !lastCommon) return false;
  return firstKnown ? amountAfterColon(text, end) : valueAfterColon(text, end);
}

const amountAfterColon = (text: string, end: number): boolean =>
  text.startsWith(': $', end) || text.startsWith(':$', end);

/** Whether what follows the colon after `end` opens with a digit or an amount, or is a code holding digits. */
function valueAfterColon(text: string, end: number): boolean {
  const colon = text.indexOf(':', end);
  if (colon < 0 || colon > end + 2) return false;
  return VALUE_OPENING.test(text.slice(colon + 1, colon + 14));
}
const VALUE_OPENING =
  /^ ?(?:[$#]|[A-Z]{1,5}(?:-[A-Z]{1,5})*-?\d|\d+[-./]\d|\d+[%\u2153\u00bc\u00bd\u00be]|[a-z]+\.[a-z]+\.[a-z])/;

/** Whether a token after `first` and before `last` in `toks[from, to)` passes `test`. */
function someInside(
  toks: readonly NameToken[],
  from: number,
  to: number,
  first: NameToken,
  last: NameToken,
  test: (t: NameToken) => boolean,
): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k] as NameToken;
    if (t.start > first.start && t.start < last.start && test(t)) return true;
  }
  return false;
}

/** An ordinary word on no name list ("Northway Delivery Alerts"). */
const isOrdinaryWord = (t: NameToken): boolean =>
  !t.initial && !on(t, PARTICLE) && on(t, COMMON) && !on(t, FIRST | SURNAME);

/** An initial or a given name that is no ordinary word ("Grace A. Whitlock", "Grace Ann Whitlock"). */
const isMiddleName = (t: NameToken): boolean => t.initial || (on(t, FIRST) && !on(t, COMMON));
