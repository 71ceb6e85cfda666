import { LEADING_STREET_TYPES, STREET_SUFFIXES } from '../data/street-words.ts';
import { codeAt, isWordChar } from './chars.ts';
import { isRecordLabel } from './house-numbers.ts';
import { endsLikeStreet } from './street.ts';
import { wordBefore } from './words.ts';

/**
 * Streets written before their house number, as most of Europe writes them ("Via dei Fiorentini 17", "ul. Mickiewicza
 * 14/7"), read back from the number.
 */

/** A house and its flat parted by a slash follow a Polish or Czech street's short type ("ul.", "al."). */
export const SLASHED_HOUSE_STREET = /^(?:ul|al|os|pl)\. /i;

/**
 * Start of a street name written before its house number ("Villacher Strasse 89", "Via dei Fiorentini 17",
 * "Sludevej 13"), or -1: up to four capitalised words on the same line, one of them a street word.
 */
export function streetNameStart(text: string, numberStart: number): number {
  let pos = numberStart;
  let start = -1;
  let sawStreet = false;
  let abbreviated = false;
  let words = 0;
  let leadingType = false;
  // "Rua Desembargador Otávio Lins, 412": Brazil and Latin America put a comma between the street and its number,
  // which only a street opening with its type ("Rua", "Av.", "Calle") makes an address's.
  const commaed =
    text.charCodeAt(pos - 1) === 32 && text.charCodeAt(pos - 2) === 44 && isWordChar(codeAt(text, pos - 3));
  if (commaed) pos -= 1;
  for (let k = 0; k < 4; k++) {
    // The word must end one space before `pos`, or its abbreviation's dot must ("Aachener Str. 1253", "ul. Ogrodowa 8").
    const dotted = text.charCodeAt(pos - 2) === 46 && isWordChar(codeAt(text, pos - 3));
    if (dotted && k === 0) abbreviated = true;
    const separator = k === 0 && commaed ? 44 : 32;
    if (text.charCodeAt(pos - 1) !== separator || !(isWordChar(codeAt(text, pos - 2)) || dotted)) break;
    const w = wordBefore(text, pos, dotted ? 2 : 1);
    if (!w) break;
    const key = w.text.toLowerCase();
    // Only the German "Str." is written short before its number, and a type short before the name ("ul.", "al.");
    // "Dr. 1253" is a doctor's or a room's.
    if (dotted && (k === 0 ? key !== 'str' : !LEADING_STREET_TYPES.has(key))) break;
    // "Sec. F Row 9 Lot 14": a cemetery's row, a marina's slip, counted inside the site.
    if ((k === 0 && isRecordLabel(key)) || key === 'address') break;
    const cap = w.text.charAt(0) !== key.charAt(0);
    const streetWord = isStreetWord(key);
    if (!cap && !streetWord && !STREET_PARTICLES.has(key)) break;
    if (streetWord && (k === 0 || LEADING_STREET_TYPES.has(key) || endsLikeStreet(key))) sawStreet = true;
    if (cap || LEADING_STREET_TYPES.has(key)) start = w.start;
    leadingType = LEADING_STREET_TYPES.has(key);
    pos = w.start;
    words++;
  }
  if (commaed && !leadingType) return -1;
  // An abbreviation alone before a number ("Dr. 1253") names no street.
  return sawStreet && !(abbreviated && words < 2) ? start : -1;
}

const STREET_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'dei',
  'del',
  'della',
  'di',
  'la',
  'le',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'ul',
  'al',
]);
/** A single street-type word ("Route ", "Highway "): the whole of the name before a number. */
export function isBareStreetType(name: string): boolean {
  const key = name.trim().toLowerCase();
  if (STREET_SUFFIXES.has(key) || LEADING_STREET_TYPES.has(key)) return true;
  // "Farm Road 1187", "County Road 12", "State Route 7": a numbered rural road, named by who keeps it.
  const space = key.indexOf(' ');
  return (
    space > 0 &&
    ROAD_KEEPERS.has(key.slice(0, space)) &&
    isBareStreetType(key.slice(space + 1)) &&
    key.indexOf(' ', space + 1) < 0
  );
}

const ROAD_KEEPERS: ReadonlySet<string> = new Set([
  'county',
  'farm',
  'ranch',
  'state',
  'forest',
  'township',
  'us',
  'interstate',
]);

const isStreetWord = (key: string): boolean =>
  STREET_SUFFIXES.has(key) || LEADING_STREET_TYPES.has(key) || endsLikeStreet(key);
