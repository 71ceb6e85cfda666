import { LEADING_STREET_TYPES, STREET_SUFFIXES, UNIT_WORDS } from '../data/street-words.ts';
import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { addPatternAddresses } from '../text/address-patterns.ts';
import { nextLinesTail, sameLineTail, townAfterPostcode } from '../text/address-tail.ts';
import { codeAt, isDigit, isLetter, isLineBreak, isSpace, isWordChar } from '../text/chars.ts';
import { cueGroups, hasBefore, NOT_PERSONAL, nearestGroup } from '../text/context.ts';
import { afterCodeHyphen, type DigitChunk } from '../text/digit-chunks.ts';
import {
  capitalBefore,
  houseNumberIn,
  isModelYear,
  labelledNumber,
  lowerWordsBetween,
} from '../text/house-numbers.ts';
import { type LineWord, LineWordReader } from '../text/line-words.ts';
import { MONTH_AND_YEAR_AFTER } from '../text/month-pattern.ts';
import { endsWithForeignPostcode } from '../text/foreign-postcodes.ts';
import { isStreetColumn } from '../text/record-fields.ts';
import { DIRECTIONS, matchStreet, type StreetMatch } from '../text/street.ts';
import { isBareStreetType, SLASHED_HOUSE_STREET, streetNameStart } from '../text/street-first.ts';
import { TableColumns } from '../text/table-columns.ts';
import { BRAND, FIRST, flagsOf, SURNAME } from '../text/word-flags.ts';

const ADDRESS_WORDS = [
  'address',
  'live at',
  'lives at',
  'living at',
  'located at',
  'send it to',
  'ship to',
  'mail to',
  'moved to',
  'move to',
  'deliver',
  'street',
  'office is at',
  'billing',
  'shipping',
  'residence',
  'reside',
  'home is',
  'indirizzo',
  'dirección',
  'direccion',
  'endereço',
  'adresse',
];
const LEGAL_CODE_AFTER = /^ (?:U\.S\.C\.|USC|C\.F\.R\.|CFR) /;
const BASE = { suffix: 0.75, 'leading-type': 0.65, 'house-number-after': 0.6 } as const;
const NOT_PERSONAL_CUES = cueGroups({ other: NOT_PERSONAL });

/** Street addresses from a house number (or a military or PO box), with unit, city, state and postcode. */
export const address: Recognizer = {
  label: 'ADDRESS',
  find({ text, lower, chunks, hasDigit, spoken }) {
    const out: Finding[] = [];
    let lastEnd = -1;
    let tables: TableColumns | null = null;
    for (const chunk of chunks) {
      const c = houseNumberIn(text, chunk);
      // "9554 62 Rue Gafsa": a building number may precede the house number; Queens and Hawaii write their
      // house numbers hyphenated ("33-15 Ditmars Blvd", "94-1040 Waipio Uka Street").
      const twoNumbers = c.groups.length === 2 && c.seps[0] === ' ' && (c.groups[1] ?? 9) <= 5;
      const hyphenated =
        c.groups.length === 2 && c.seps[0] === '-' && (c.groups[0] ?? 9) <= 3 && (c.groups[1] ?? 9) <= 4;
      if (
        c.start < lastEnd ||
        (c.groups.length !== 1 && !twoNumbers && !hyphenated) ||
        (c.groups[0] ?? 9) > 6
      )
        continue;
      if (text[c.start] === '(' || text[c.start] === '+') continue;
      // "49 U.S.C. 14708", "12 CFR 1005.11": a title of a code of law and its section, not a house and a ZIP.
      if (LEGAL_CODE_AFTER.test(text.slice(c.end, c.end + 8))) continue;
      const before = codeAt(text, c.start - 1);
      let streetCell = false;
      if (before === 44) {
        tables ??= new TableColumns(text);
        streetCell = inStreetColumn(tables, c.start);
      }
      // After a word, "$", "#", ".", "," or ":" (the seconds of "00:01:23") a number is no house number, but
      // for a CSV cell under a street column ("...,street,city" over "...,3820 Millbranch Rd,Memphis").
      if (
        isWordChar(before) ||
        before === 36 ||
        before === 35 ||
        before === 46 ||
        (before === 44 && !streetCell) ||
        before === 58
      )
        continue;
      // "I-70 westbound near exit 212": the number of a road or a code ("US-101", "SR-99"), no house number.
      if (afterCodeHyphen(text, c.start)) continue;
      // "Acct 1209 Harbor Point Family Medicine", "MSG 3330 DESTINY ...": a record's own number after its label.
      if (labelledNumber(text, c.start)) continue;
      const after = codeAt(text, c.end);
      const letterSuffix = isLetter(after) && !isLetter(codeAt(text, c.end + 1));
      // "455, rue Saint-Jean": Quebec writes a comma between the number and a street type that opens the name.
      const frenchComma = after === 44 && codeAt(text, c.end + 1) === 32 && leadingTypeAt(text, c.end + 2);
      if (!(isSpace(after) || letterSuffix || frenchComma)) continue;
      // "1206\tHemingway Hot Stone", "2024 DR 00871\tMontgomery DR": a tab ends the number's cell; the words in the
      // next cell are no street of it.
      if (after === 9) continue;
      // "Bus 14 (Route 14B)": a bracket after the number opens a note, not the street of a house.
      if (codeAt(text, c.end + 1) === 40) continue;
      // "221 b baker street": a unit letter said apart from its number.
      const spacedLetter =
        after === 32 &&
        isLetter(codeAt(text, c.end + 1)) &&
        codeAt(text, c.end + 2) === 32 &&
        c.groups.length === 1;
      let words = new LineWordReader(
        text,
        letterSuffix || frenchComma ? c.end + 1 : spacedLetter ? c.end + 2 : c.end,
        9,
      );
      const gridNumbers = twoNumbers && (c.groups[0] as number) >= 3 && (c.groups[1] as number) >= 2;
      let street = matchStreet(text, words) ?? (gridNumbers ? numberedStreet(words) : null);
      // "2041 Q Rd", "1846 E 500 Rd": on the lettered and numbered roads of the rural grid the spaced letter
      // is the road's name or its direction, not the house's unit.
      if (street === null && spacedLetter) {
        words = new LineWordReader(text, c.end, 9);
        street = matchStreet(text, words);
      }
      if (!street || MONTH_AND_YEAR_AFTER.test(text.slice(c.end, c.end + 24))) continue;
      // "2017 Harley Street Glide", "2020 Ski-Doo Renegade": a model year, then the make, names a vehicle.
      // A comma after the street ("2018 Toyota Way, Dallas") goes on to a town: an address after all.
      if (modelYearMake(c, words) && !words.at(street.last)?.trail.includes(',')) continue;
      // Said aloud, "a number, words, a number" is any sentence that counts ("two tune ups, one in spring")
      // or a code spelled out ("one H G C V one"): only a street word makes a spoken street.
      // "twenty two fourteen east baseline unit one oh nine": a direction opening the street and a unit before
      // the last number say it is one.
      if (spoken && street.kind === 'house-number-after' && !directionAndUnit(words, street.last)) continue;
      // "Ch 7 discharged 2019", "pos 7 est 14m": in typed notes, lower-case words between two numbers are a
      // sentence that counts; a street named so is written in capitals ("4402 East 71st").
      if (
        !spoken &&
        street.kind === 'house-number-after' &&
        lowerWordsBetween(text, words, street.last) &&
        capitalBefore(text, c.start)
      )
        continue;
      // "2021 Tesla Model 3", "2020 Ram 1500": a model year, a make and a model number name a vehicle; only
      // an address word before makes such words a street with its house number after.
      if (
        street.kind === 'house-number-after' &&
        isModelYear(text, c.start, c.end) &&
        !hasBefore(lower, c.start, ADDRESS_WORDS, 50)
      )
        continue;
      let end = (words.at(street.last) as LineWord).end;
      let score: number = BASE[street.kind];
      const tail = sameLineTail(text, end);
      if (tail > end) score += 0.1;
      end = tail;
      if (restOfLineBlank(text, end) && !endsWithZip(text, end)) {
        const more = nextLinesTail(text, end);
        if (more > end) score += 0.15;
        end = more;
      }
      if (hasBefore(lower, c.start, ADDRESS_WORDS, 50)) score += 0.15;
      // "Store 1540 Cobb Rd" names a store's number, "stored at 1540 Cobb Rd" a place: whole words only.
      else if (nearestGroup(lower, c.start, NOT_PERSONAL_CUES, 12) !== null) score -= 0.3;
      out.push(finding(c.start, end, 'ADDRESS', score, 'address'));
      lastEnd = end;
    }
    for (const c of chunks) {
      if (
        c.start < lastEnd ||
        // "ul. Mickiewicza 14/7": a house and its flat, parted by a slash.
        !(c.groups.length === 1 || (c.groups.length === 2 && c.seps[0] === '/' && c.digits.length <= 6)) ||
        c.digits.length > 5 ||
        isWordChar(codeAt(text, c.end)) ||
        // "via DocuSign 10:31": an hour and its minutes.
        (codeAt(text, c.end) === 58 && isDigit(codeAt(text, c.end + 1)))
      )
        continue;
      const start = streetNameStart(text, c.start);
      if (start < 0) continue;
      // A house and its flat parted by a slash follow a Polish or Czech street's short type ("ul.", "al."); elsewhere
      // "11/30" is a date.
      if (c.groups.length === 2 && !SLASHED_HOUSE_STREET.test(text.slice(start, start + 4))) continue;
      let end = text.charCodeAt(c.end) === 46 ? c.end + 1 : c.end;
      let score = 0.6;
      const tail = sameLineTail(text, end);
      // "on Route 9 by the Dunkin": a street type alone before a number names a numbered road, not a house on
      // it; only a town or postcode after it makes it an address.
      if (tail === end && isBareStreetType(text.slice(start, c.start))) continue;
      if (tail > end) score += 0.1;
      const town = townAfterPostcode(text, tail);
      end = town;
      if (town === tail && restOfLineBlank(text, end) && !endsWithZip(text, end)) {
        const more = nextLinesTail(text, end);
        if (more > end) score += 0.15;
        end = more;
      }
      if (hasBefore(lower, start, ADDRESS_WORDS, 50)) score += 0.15;
      out.push(finding(start, end, 'ADDRESS', score, 'address'));
      lastEnd = end;
    }
    // Box numbers and military postcodes are digits: texts without any hold neither.
    if (hasDigit) addBoxAddresses(out, lower);
    addPatternAddresses(out, text, lower, hasDigit);
    return ROUTE_HINT.test(lower) ? withRouteNames(out, lower) : out;
  },
};

const ROUTE_HINT = /rr |r\.r\. |route |hcr? /;
const ROUTE_BEFORE = /(?:^|[^a-z.])(?:rr|r\.r\.|rural route|hcr?|star route) #?$/;

/** "RR 5 Box 302", "Rural Route 3 Box 41", "HC 64 Box 12A": a rural route's name opens the address it numbers. */
function withRouteNames(out: readonly Finding[], lower: string): Finding[] {
  return out.map((f) => {
    const from = Math.max(0, f.start - 14);
    const m = ROUTE_BEFORE.exec(lower.slice(from, f.start));
    if (m === null) return f;
    const start = from + m.index + (isWordChar(lower.charCodeAt(from + m.index)) ? 0 : 1);
    return { ...f, start };
  });
}

/**
 * Whether a street type that opens a street's name starts at `at`, and the name after it is capitalised
 * ("rue Saint-Jean", "boul. Saint-Martin", "rue des Érables").
 */
function leadingTypeAt(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && end - at < 8 && isLetter(text.charCodeAt(end))) end++;
  if (end === at || !LEADING_STREET_TYPES.has(text.slice(at, end).toLowerCase())) return false;
  return CAPITALISED_NAME.test(text.slice(end, end + 12));
}

/** After the type (and its dot): perhaps a French particle, then a capital. */
const CAPITALISED_NAME = /^\.? (?:(?:de|du|des|de la|la|le) )?\p{Lu}/u;

/**
 * "14880 104 Ave", "11827 89 St NW": the second number names the street, as western Canada and some US towns
 * number theirs, when a street type follows it (and perhaps a direction).
 */
function numberedStreet(words: LineWordReader): StreetMatch | null {
  const type = words.at(0);
  if (!type || !STREET_SUFFIXES.has(type.key) || LEADING_STREET_TYPES.has(type.key)) return null;
  const next = words.at(1);
  const last = next && type.trail === '' && DIRECTIONS.has(next.key) ? 1 : 0;
  return { last, kind: 'suffix' };
}

/** Whether the street opens with a direction and its last number follows a unit word. */
function directionAndUnit(words: LineWordReader, last: number): boolean {
  const first = words.at(0);
  const unit = words.at(last - 1);
  return (
    last >= 3 &&
    first !== undefined &&
    DIRECTIONS.has(first.key) &&
    unit !== undefined &&
    UNIT_WORDS.has(unit.key)
  );
}

/** Whether `start` opens a cell under a street or address column of a table. */
function inStreetColumn(tables: TableColumns, start: number): boolean {
  const header = tables.headerAt(start);
  return header !== null && isStreetColumn(header);
}

/**
 * "..., Indianapolis, IN 46219", "..., Leicester LE1 3GQ": an address closed by its ZIP or postcode goes on to no
 * further line ("Thanks,").
 */
const endsWithZip = (text: string, end: number): boolean =>
  /(?<!\d)\d{5}(?:-\d{4})?$/.test(text.slice(Math.max(0, end - 11), end)) ||
  endsWithForeignPostcode(text, end);

function restOfLineBlank(text: string, from: number): boolean {
  let i = from;
  while (
    i < text.length &&
    (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46)
  )
    i++;
  return i >= text.length || isLineBreak(text.charCodeAt(i));
}

const BOX_HINT = /box|psc |unit |cmr /;
const BOX_CUES = ['po box', 'p.o. box', 'p. o. box', 'psc ', 'unit ', 'cmr '];

/** "PO Box 123", and military mail ("PSC 3294, Box 9168 APO AA 61487", "Unit 4719 Box 7394 DPO AP 70942"). */
function addBoxAddresses(out: Finding[], lower: string): void {
  // Military cues count only with a box number after them ("psc 3294, box 9168"): every reading holds "box".
  if (!lower.includes('box') || !BOX_HINT.test(lower)) return;
  for (const cue of BOX_CUES) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(cue, from);
      if (at < 0) break;
      from = at + cue.length;
      if (isWordChar(codeAt(lower, at - 1))) continue;
      const m = /^ ?#?(\d{1,6})(?:,? box \d{1,6})?/.exec(lower.slice(from, from + 24));
      if (!m) continue;
      const military = !cue.includes('box');
      if (military && !m[0].includes('box')) continue;
      let end = from + m[0].length;
      const same = /^,? (?:apo|fpo|dpo) (?:aa|ae|ap) \d{5}/.exec(lower.slice(end, end + 20));
      if (same) end += same[0].length;
      else {
        const next =
          /^\s*\n\s*((?:apo|fpo|dpo) (?:aa|ae|ap) \d{5}|[^\n:@]{2,30}? \d{5}(?:-\d{4})?)(?=\s|$)/.exec(
            lower.slice(end, end + 48),
          );
        if (next) end += next[0].length;
      }
      out.push(finding(at, end, 'ADDRESS', military ? 0.8 : 0.75, 'address'));
    }
  }
}

/** Whether the number is a model year (1950-2039) and the word after it a make on the brand list alone. */
function modelYearMake(c: DigitChunk, words: LineWordReader): boolean {
  if (c.groups.length !== 1 || c.digits.length !== 4) return false;
  const year = Number(c.digits);
  if (year < 1950 || year > 2039) return false;
  const make = words.at(0);
  if (make === undefined) return false;
  // A make that is a given name or a surname too ("Ford", "Lincoln") may name the street ("2017 Lincoln Ave").
  const flags = flagsOf(make.key);
  return (flags & BRAND) !== 0 && (flags & (FIRST | SURNAME)) === 0;
}
