import type { DateSpan } from './dates.ts';
import { ARABIC_MONTHS } from './month-pattern.ts';

/**
 * Dates as Arabic writes them, a day, a month's name and a year: "15 مارس 2020", "١٥ آب ٢٠٢٢" (whose digits the scan
 * has already made ASCII).
 */

/** A day, a month and a year. Global only for its lastIndex scan. */
const ARABIC_DATE = new RegExp(`(?:[12]\\d|3[01]|0?[1-9]) (?:${ARABIC_MONTHS}) (?:19|20)\\d\\d(?!\\d)`, 'g');

/** Arabic dates starting in [from, to) of the text. */
export function arabicDates(text: string, from: number, to: number): DateSpan[] {
  const out: DateSpan[] = [];
  if (!/[\u0621-\u064a]/.test(text)) return out;
  ARABIC_DATE.lastIndex = from;
  for (let m = ARABIC_DATE.exec(text); m !== null; m = ARABIC_DATE.exec(text)) {
    if (m.index >= to) break;
    if (m.index > 0 && /\d/.test(text.charAt(m.index - 1))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
