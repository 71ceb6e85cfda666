import type { DateSpan } from './dates.ts';
import { MONTH_FORMS } from './month-pattern.ts';

/**
 * "April 9, 1937 – March 17, 2025", "(3/14/1941 - 11/2/2024)": an obituary's or a funeral record's life span. Its first
 * date is a birth date with no birth word near it; only a text that speaks of a death reads spans at all, so a
 * policy's or a lease's "Jan 1, 2024 – Dec 31, 2024" stays a period.
 */

const DATE = `(?:(?:${MONTH_FORMS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? ((?:19|20)\\d\\d)|\\d{1,2}/\\d{1,2}/((?:19|20)\\d\\d))`;
/** Two dates joined by a dash or "to"; each part is bounded, so a failed match costs a few characters. */
const LIFE_SPAN = new RegExp(`(?<![\\w/])${DATE} ?(?:[–—-]|to) ?${DATE}(?![\\w/])`, 'gi');
const FIRST_DATE = new RegExp(`^${DATE}`, 'i');
/** Words only a death's record holds. */
const DEATH_WORDS =
  /passed away|obituar|survived by|in loving memory|funeral|memorial service|died|deceased|decedent|death certificate|celebration of life|fallec|falleci|faleceu|namatay|yumao/i;

/** Birth dates opening life spans in a text about a death. */
export function lifeSpanBirths(text: string): DateSpan[] {
  if (!DEATH_WORDS.test(text)) return [];
  const out: DateSpan[] = [];
  LIFE_SPAN.lastIndex = 0;
  for (let m = LIFE_SPAN.exec(text); m !== null; m = LIFE_SPAN.exec(text)) {
    const born = Number(m[1] ?? m[2]);
    const died = Number(m[3] ?? m[4]);
    if (died <= born) continue;
    const first = FIRST_DATE.exec(m[0]);
    if (first !== null) out.push({ start: m.index, end: m.index + first[0].length });
  }
  return out;
}
