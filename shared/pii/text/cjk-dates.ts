import type { DateSpan } from './dates.ts';

/**
 * Dates as Korean, Chinese and Japanese write them: "1951년 3월 4일", "1951年3月4日". The year comes first and each
 * part carries its own unit, so no order has to be guessed.
 */

/** Year, month and day with their units, spaces between optional. Global only for its lastIndex scan. */
const CJK_DATE = /(?:19|20)\d\d ?[년年] ?(?:1[0-2]|0?[1-9]) ?[월月] ?(?:[12]\d|3[01]|0?[1-9]) ?[일日]/g;

/** Korean, Chinese and Japanese dates starting in [from, to) of the text. */
export function cjkDates(text: string, from: number, to: number): DateSpan[] {
  const out: DateSpan[] = [];
  if (!text.includes('년') && !text.includes('年')) return out;
  CJK_DATE.lastIndex = from;
  for (let m = CJK_DATE.exec(text); m !== null; m = CJK_DATE.exec(text)) {
    if (m.index >= to) break;
    if (m.index > 0 && /\d/.test(text.charAt(m.index - 1))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
