import { MONTH_NAMES } from '../data/months.ts';
import { ORDINALS } from '../spoken/number-words.ts';
import type { DateSpan } from './dates.ts';

/** "ninth" 9, "twenty-first" 21, "thirtieth" 30; 0 for any other word. */
function ordinalValue(word: string): number {
  const whole = ORDINALS.get(word);
  if (whole !== undefined) return Number(whole);
  const m = /^(twenty|thirty)-?(\w+)$/.exec(word);
  if (m === null) return 0;
  const unit = Number(ORDINALS.get(m[2] as string) ?? 0);
  return unit > 0 && unit < 10 ? (m[1] === 'twenty' ? 20 : 30) + unit : 0;
}

const PARTS = /[a-z]+(?:-[a-z]+)?|\d+/g;

/**
 * The calendar value a written date names, as "month-day-yy", or null when it names no year or no month:
 * "11/02/1944", "11-2-44" and "November 2nd, 1944" are one value, so a date read back in another form
 * is known to be the same date. Numeric dates are read in the order written (month first, as in the US), but for
 * a first number too large for a month.
 */
export function dateValue(text: string, span: DateSpan): string | null {
  const parts = text.slice(span.start, span.end).toLowerCase().match(PARTS);
  if (parts === null) return null;
  let month = 0;
  const numbers: number[] = [];
  let yearFirst = false;
  for (const p of parts) {
    const named = MONTH_NAMES.findIndex((m) => p.length >= 3 && m.startsWith(p.slice(0, 3)));
    if (month === 0 && named >= 0 && !/\d/.test(p)) month = named + 1;
    else if (/^\d/.test(p)) {
      if (numbers.length === 0 && p.length === 4) yearFirst = true;
      numbers.push(Number(p));
    } else {
      const ordinal = ordinalValue(p);
      if (ordinal > 0) numbers.push(ordinal);
    }
  }
  let day: number | undefined;
  let year: number | undefined;
  if (month > 0) [day, year] = numbers.length === 2 ? numbers : [undefined, undefined];
  else if (numbers.length === 3) {
    [year, month, day] = yearFirst ? numbers : [numbers[2], numbers[0] as number, numbers[1]];
    // "23/01/2003", "21.06.1993": a first number no month can be puts the day first, as most of the world writes.
    if (!yearFirst && month > 12 && (day as number) <= 12) [month, day] = [day as number, month];
  }
  if (day === undefined || year === undefined || month === 0) return null;
  return `${month}-${day}-${year % 100}`;
}
