import type { DateSpan } from './dates.ts';
import { ARABIC_MONTHS, POLISH_MONTHS, RUSSIAN_MONTHS } from './month-pattern.ts';

/**
 * Dates as Arabic, Russian and Polish write them, a day, a month's name and a year: "15 مارس 2020", "١٥ آب ٢٠٢٢" (whose
 * digits the scan has already made ASCII), "22 января 1941 г.", "9 kwietnia 2024"; and as Korean, Chinese and
 * Japanese write them, the year first and each part with its unit: "1951년 3월 4일", "1951年3月4日".
 * Each pattern is global only for its lastIndex scan.
 */

/** Year, month and day with their units, spaces between optional. */
const CJK_DATE = /(?:19|20)\d\d ?[년年] ?(?:1[0-2]|0?[1-9]) ?[월月] ?(?:[12]\d|3[01]|0?[1-9]) ?[일日號号]/g;
/** A day, a month and a year. */
const ARABIC_DATE = new RegExp(`(?:[12]\\d|3[01]|0?[1-9]) (?:${ARABIC_MONTHS}) (?:19|20)\\d\\d(?!\\d)`, 'g');
const POLISH_DATE = new RegExp(
  `(?:[12]\\d|3[01]|0?[1-9]) (?:${POLISH_MONTHS}) (?:19|20)\\d\\d(?: r\\.)?(?!\\d)`,
  'g',
);
const RUSSIAN_DATE = new RegExp(
  `(?:[12]\\d|3[01]|0?[1-9]) (?:${RUSSIAN_MONTHS}) (?:19|20)\\d\\d(?: г\\.)?(?!\\d)`,
  'g',
);

/** Arabic, Russian, Polish, Korean, Chinese and Japanese dates starting in [from, to) of the text. */
export function worldDates(text: string, from: number, to: number): DateSpan[] {
  const out: DateSpan[] = [];
  if (text.includes('년') || text.includes('年')) scan(CJK_DATE, text, from, to, out);
  if (/[\u0621-\u064a]/.test(text)) scan(ARABIC_DATE, text, from, to, out);
  if (/[\u0430-\u044f]/.test(text)) scan(RUSSIAN_DATE, text, from, to, out);
  if (/(?:ia|ca|go|ja) (?:19|20)\d\d/.test(text)) scan(POLISH_DATE, text, from, to, out);
  return out;
}

function scan(pattern: RegExp, text: string, from: number, to: number, out: DateSpan[]): void {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index >= to) break;
    if (m.index > 0 && /\d/.test(text.charAt(m.index - 1))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
}
