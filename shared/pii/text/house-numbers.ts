import { isAsciiLower, isAsciiUpper } from './chars.ts';
import { type DigitChunk, firstGroup, lastGroups } from './digit-chunks.ts';
import type { LineWord, LineWordReader } from './line-words.ts';
import { wordBefore } from './words.ts';

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![a-z])/i;

/** Whether a number in the text is a house's: what stands around it says a model year, a record's id or a count. */

/** A four-digit year from 1950 to 2039, as vehicles' model years are written. */
export function isModelYear(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const century = text.slice(start, start + 2);
  const decade = text.charCodeAt(start + 2) - 48;
  return (century === '19' && decade >= 5) || (century === '20' && decade <= 3);
}

/**
 * The chunk as a house number may open it: "(212 Willow Creek Ct, ...)" opens a bracket the reader took as a
 * phone's area code's, and "10:00 88 Carriage Hill Rd" joins a showing's time to the house number after it.
 */
/** Whether every word before the closing number of a "number, words, number" street is in lower case. */
export function lowerWordsBetween(text: string, words: LineWordReader, last: number): boolean {
  for (let k = 0; k < last; k++) {
    const w = words.at(k) as LineWord;
    if (!opensLower(text.charCodeAt(w.start))) return false;
  }
  return true;
}

/** A lower-case letter, accented too ("últimas", "él"). */
const opensLower = (c: number): boolean =>
  isAsciiLower(c) || (c >= 0xdf && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());

/** Whether the line holds a capital letter before `pos`, past a short speaker label ("Customer: "). */
export function capitalBefore(text: string, pos: number): boolean {
  let from = pos;
  while (from > 0 && text.charCodeAt(from - 1) !== 10 && pos - from < 120) from--;
  // Only the label's reach is searched: a search on to the text's next ": " from every number is quadratic.
  const label = text.slice(from, Math.min(pos, from + 32)).indexOf(': ');
  if (label >= 0 && label < 30) from += label + 2;
  for (let i = from; i < pos; i++) if (isAsciiUpper(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Labels a business numbers its own records by, and of a place counted inside a site: a cemetery's section, row and grave ("Sec.
 * F Row 9 Lot 14"), a marina's slip, a garage's space, a store's aisle.
 */
const RECORD_LABELS: ReadonlySet<string> = new Set([
  'acct',
  'msg',
  'ref',
  'badge',
  'row',
  'sec',
  'section',
  'plot',
  'grave',
  'niche',
  'crypt',
  'tier',
  'aisle',
  'stall',
  'pew',
  'slip',
  'space',
  // A pharmacy benefit's "BIN 610014 PCN 9999".
  'bin',
  'pcn',
]);

/** Whether a word (lower case) labels a record's number or a place counted inside a site ("row", "slip"). */
export const isRecordLabel = (word: string): boolean => RECORD_LABELS.has(word);

/**
 * Whether the word right before the number at `start`, a space or "#" between, labels a record. A colon between
 * makes a field ("Acct: 12 Oak St" may hold the account's address), so it does not count.
 */
export function labelledNumber(text: string, start: number): boolean {
  const w = wordBefore(text, start, 2);
  if (w === null) return false;
  for (let i = w.end; i < start; i++)
    if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 35) return false;
  return RECORD_LABELS.has(w.text.toLowerCase());
}

export function houseNumberIn(text: string, c: DigitChunk): DigitChunk {
  const n = c.groups.length;
  // "7722 212th St SW": the reader joined the house number to the numbered street's "212" before its "th".
  if (n === 2 && c.seps[0] === ' ' && ORDINAL_SUFFIX.test(text.slice(c.end, c.end + 3))) return firstGroup(c);
  if (text.charCodeAt(c.start) === 40 && n === 1 && text.charCodeAt(c.end) === 32)
    return { ...c, start: c.start + 1 };
  // The reader starts a new chunk after a clock's colon: "00 88" is the minutes and the house number.
  if (n === 2 && c.seps[0] === ' ' && text.charCodeAt(c.start - 1) === 58 && c.groups[0] === 2)
    return lastGroups(c, 1);
  return c;
}
