import { UNIT_WORDS } from '../data/street-words.ts';
import { CA_PROVINCE_CODES, US_STATE_CODES, US_STATE_NAMES } from '../data/us-states.ts';
import { isDigit, isLineBreak, isSpace } from './chars.ts';
import { isCountryName } from './cities.ts';
import { foreignPostcodeEndAt } from './foreign-postcodes.ts';
import { hasDigit, isCapitalAt, type LineWord, LineWordReader, nextLineStart } from './line-words.ts';

const POSTCODE = /^(?:\d{4,6}(?:-\d{4})?|[a-z]\d[a-z] ?\d[a-z]\d)$/;
/** Every postcode shape has a digit first or second: other words skip the pattern. */
const isPostcode = (key: string): boolean =>
  (isDigit(key.charCodeAt(0)) || isDigit(key.charCodeAt(1))) && POSTCODE.test(key);
const MAX_LINES = 4;
const MAX_LINE = 48;

const isCap = (text: string, w: LineWord): boolean => isCapitalAt(text, w.start);
// Upper-casing never shortens a string, so only keys of one or two characters can be state codes.
const isState = (key: string): boolean =>
  (key.length <= 2 && (US_STATE_CODES.has(key.toUpperCase()) || CA_PROVINCE_CODES.has(key.toUpperCase()))) ||
  US_STATE_NAMES.has(key);

/** "(QC)", "(Québec)": a Canadian province in brackets. */
function bracketedProvince(text: string, w: LineWord): boolean {
  if (text.charCodeAt(w.start) !== 40 || !w.trail.startsWith(')')) return false;
  const name = w.key.slice(1);
  return CA_PROVINCE_CODES.has(name.toUpperCase()) || name === 'québec' || name === 'quebec';
}

/**
 * "V3R 1M1" read as two words from word `k`: where the Canadian postcode ends (its last half is three characters;
 * a full stop after it ends the sentence), or `otherwise` when none is there.
 */
function splitPostcodeEnd(words: LineWordReader, k: number, otherwise: number): number {
  const first = words.at(k);
  const second = words.at(k + 1);
  if (!first || !second || first.trail !== '') return otherwise;
  return /^[a-z]\d[a-z]$/.test(first.key) && /^\d[a-z]\d$/.test(second.key) ? second.start + 3 : otherwise;
}

/** After the street: unit, city, state and postcode on the same line ("Apt. 4, Springfield, IL 62704"). */
export function sameLineTail(text: string, from: number): number {
  const comma = text.charCodeAt(from) === 44;
  // "77 Railroad St,50201,515-555-0181": a comma with no space after it parts an export's cells, not an address's parts.
  if (comma && !isSpace(text.charCodeAt(from + 1))) return from;
  const words = new LineWordReader(text, comma ? from + 1 : from, 9);
  let end = from;
  let k = 0;
  const first = words.at(0);
  if (first && (UNIT_WORDS.has(first.key) || first.key.startsWith('#'))) {
    const unitEnd = unitValueEnd(words, first.key.startsWith('#') && first.key.length > 1 ? 0 : 1);
    if (unitEnd < 0) return end;
    end = (words.at(unitEnd) as LineWord).end;
    k = unitEnd + 1;
  }
  // ", City, ST 12345" or ", City" at the end of the line, or "ST 12345".
  let sawComma = comma || (k > 0 && (words.at(k - 1) as LineWord).trail.includes(','));
  let cityWords = 0;
  for (let w = words.at(k); w !== undefined; w = words.at(++k)) {
    const key = w.key;
    if (isPostcode(key)) return w.end;
    // "Québec (Québec) G1R 1P5", "Laval (QC) H7T 0K2": Quebec puts the province in brackets after the town.
    if (cityWords > 0 && bracketedProvince(text, w))
      return splitPostcodeEnd(words, k + 1, w.end + w.trail.length);
    if (key.length === 2 && (sawComma || cityWords > 0) && isState(key) && isCap(text, w)) {
      end = w.end;
      const z = words.at(k + 1);
      if (z && isPostcode(z.key)) return z.end;
      return splitPostcodeEnd(words, k + 1, end);
    }
    if (!sawComma) {
      const zip = cityThenZip(words, k);
      return zip < 0 ? end : (words.at(zip) as LineWord).end;
    }
    // "41 Gloucester Road, London SW7 4QT", "62 rue Laurier, Gatineau J8X 3V9": a postcode in two halves after the town.
    if (cityWords > 0 && hasDigit(key)) {
      const postcodeEnd = foreignPostcodeEndAt(text, w.start);
      if (postcodeEnd > 0) return postcodeEnd;
    }
    if (!isCap(text, w) || cityWords >= 3 || hasDigit(key)) break;
    cityWords++;
    if (w.trail.includes(',') || !words.at(k + 1)) {
      end = w.end;
      sawComma = true;
    }
  }
  return end;
}

const US_ZIP = /^\d{5}(?:-\d{4})?$/;
/** Words that end a town's name in speech: fillers, pronouns and the words of the next sentence. */
const NOT_TOWN = new Set(
  'and or but so then uh um er no yes yeah okay ok my your his her their our its the a an is was it that this here call phone number cell zip agent caller customer rep'.split(
    ' ',
  ),
);

/**
 * "561 birchwood lane reynoldsburg 43068", "1512 sycamore ridge drive in chattanooga 37411": said or typed
 * without commas, a town (and state) of up to four words closes an address only when a US ZIP follows it.
 * The index of the ZIP's word, or -1. A ZIP said after the word "zip" is a value of its own.
 */
function cityThenZip(words: LineWordReader, from: number): number {
  let k = from;
  if (words.at(k)?.key === 'in') k++;
  let town = 0;
  for (let w = words.at(k); w !== undefined; w = words.at(++k)) {
    if (US_ZIP.test(w.key)) return town > 0 ? k : -1;
    if (town >= 4 || hasDigit(w.key) || NOT_TOWN.has(w.key) || !/^[a-z.'-]+$/.test(w.key)) return -1;
    if (w.trail !== '' && w.trail !== ',') return -1;
    town++;
  }
  return -1;
}

/** Index of the last word of a unit value ("864", "4 b", "12B"), starting at word `k`, or -1. */
function unitValueEnd(words: LineWordReader, k: number): number {
  const v = words.at(k);
  if (!v || !/^[#]?[a-z0-9-]{1,6}$/.test(v.key) || !/\d|^[a-z]$/.test(v.key)) return -1;
  const next = words.at(k + 1);
  if (next && /^[a-z]$/.test(next.key) && !v.trail) return k + 1;
  return k;
}

/** Following lines that continue a postal address: unit, city, ", ST", "Country 12345", "APO AA 61487". */
export function nextLinesTail(text: string, from: number): number {
  let end = from;
  let pos = from;
  for (let line = 0; line < MAX_LINES; line++) {
    let start = nextLineStart(text, pos);
    if (start < 0) break;
    let blank = false;
    // One blank line may separate the last line ("\n\n Estonia 62488").
    if (isLineBreak(text.charCodeAt(skipQuote(text, skipSpaces(text, start))))) {
      blank = true;
      start = nextLineStart(text, start);
      if (start < 0) break;
    }
    start = skipQuote(text, start);
    const lineEnd = lineEndOf(text, start);
    if (lineEnd - start > MAX_LINE) break;
    const raw = text.slice(start, lineEnd);
    if (raw.trim() === '' || /[:@!?]|\bhttps?\b/.test(raw)) break;
    const reader = new LineWordReader(text, start, 6);
    const kind = classify(text, reader);
    if (kind === null || (blank && kind !== 'postcode')) break;
    const words = reader.all();
    end = (words[words.length - 1] as LineWord).end;
    pos = lineEnd;
    if (kind === 'postcode') break;
  }
  return end;
}

function classify(text: string, reader: LineWordReader): 'unit' | 'city' | 'state' | 'postcode' | null {
  const words = reader.all();
  if (words.length === 0) return null;
  const first = words[0] as LineWord;
  const last = (words[words.length - 1] as LineWord).key;
  if (UNIT_WORDS.has(first.key) && unitValueEnd(reader, 1) >= 0 && words.length <= 3) return 'unit';
  if (words.length <= 5 && isPostcode(last) && noDigitBeforeLast(words)) return 'postcode';
  if (words.length <= 2 && words.every((w) => isStateOrBlank(w.key))) return 'state';
  if (first.key.startsWith(',') && words.length <= 2) return 'state';
  if (words.length <= 3 && words.every((w) => isCap(text, w) && !hasDigit(w.key))) return 'city';
  return null;
}

function noDigitBeforeLast(words: readonly LineWord[]): boolean {
  for (let k = 0; k < words.length - 1; k++) if (hasDigit((words[k] as LineWord).key)) return false;
  return true;
}

/** A state on its own line, maybe after a comma (", IL"), or an empty cell ("nan"). */
function isStateOrBlank(key: string): boolean {
  return isState(key.charCodeAt(0) === 44 ? key.slice(1) : key) || key === ',' || key === 'nan';
}

/** Quoted mail lines start with ">" marks; the address continues after them. */
function skipQuote(text: string, start: number): number {
  let j = start;
  while (j < text.length && j - start < 8 && (isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === 62)) j++;
  return j;
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j;
}

function lineEndOf(text: string, start: number): number {
  let i = start;
  const stop = Math.min(text.length, start + MAX_LINE + 1);
  while (i < stop && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/**
 * "Via dei Serragli 48, 50124 Firenze FI", "Calle de Alcalá 214, 28028 Madrid": where a street written before its
 * number closes with a postcode, the town (and a province's code) follows it, as continental Europe writes them.
 * Returns where the town ends, or `end` when the address closes with no postcode or no town follows it.
 */
export function townAfterPostcode(text: string, end: number): number {
  // "ul. Ogrodowa 8, 90-432 Łódź": Poland's postcode, in two parts, after the street.
  const polish = POLISH_POSTCODE.exec(text.slice(end, end + 9));
  if (polish !== null) end += polish[0].length;
  else if (!/(?<![\d-])\d{4,5}$/.test(text.slice(Math.max(0, end - 6), end))) return end;
  const m = TOWN_AFTER.exec(text.slice(end, end + 48));
  if (m === null) return end;
  const town = end + m[0].length;
  // "10969 Berlin, Germany": the country closes it.
  const country = COUNTRY_AFTER.exec(text.slice(town, town + 24));
  return country !== null && isCountryName(country[1]?.toLowerCase() ?? '') ? town + country[0].length : town;
}

const COUNTRY_AFTER = /^, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=$|[\s.,;)])/u;

const POLISH_POSTCODE = /^, \d{2}-\d{3}(?=\s)/;

/** A space, one to three capitalised words ("Frankfurt am Main") and perhaps a province's code in capitals, then the end of a clause. */
const TOWN_AFTER =
  /^ \p{Lu}[\p{Ll}'’-]+(?: (?:am |an der |sur |de |del |di )?\p{Lu}[\p{Ll}'’-]+){0,2}(?: [A-Z]{2})?(?=$|[\s.,;)])/u;
