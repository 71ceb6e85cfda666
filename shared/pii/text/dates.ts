import type { ScanInput } from '../scan-input.ts';
import { codeAt, isWordChar } from './chars.ts';
import { digitsStart } from './digit-chunks.ts';
import { frenchDates } from './french-dates.ts';
import { IBERIAN_MONTHS, MONTH_FORMS, MONTH_STEMS } from './month-pattern.ts';
import { spanishDates } from './spanish-dates.ts';
import { worldDates } from './world-dates.ts';
import { type Word, wordAfter, wordBefore } from './words.ts';

/** A calendar date written out in the text, numerically or with a month name. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Month names and their abbreviations in one pass. Longer forms are tried first at each position, and a
 * match counts only as a whole word, so "mar" never stands in for a rejected "marches". The pattern is
 * global for its lastIndex scan: reset before every use, and nothing inside the loop can reach it.
 */
// "Agosto 3, 1958": Tagalog, like English, puts a Spanish month before its day; the longer Spanish and
// Portuguese names go first, so "marzo" is not cut to "mar".
const MONTH = new RegExp(`${IBERIAN_MONTHS.join('|')}|${MONTH_FORMS}`, 'g');

const DAY = /^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$/;
/** Days written as ordinal words ("August fifth, 1958"); "twenty-first" is read as two words joined. */
const DAY_WORD =
  /^(?:(?:twenty|thirty)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$|^(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)$/i;
const YEAR = /^(?:19|20)\d\d$/;
const SHORT_YEAR = /^\d\d$/;

/**
 * A date said as one string of numbers, which the spoken view writes without separators: "oh four twelve
 * nineteen seventy eight" is 04121978, "nine twenty two eighty one" 92281. Any reading as month, day and a
 * two- or four-digit year will do: only a birth cue before it makes it a finding.
 */
function isRunTogetherDate(digits: string): boolean {
  const n = digits.length;
  if (n < 5 || n > 8) return false;
  // "dob=19580322": a system's year, month and day.
  if (n === 8 && (digits.startsWith('19') || digits.startsWith('20'))) {
    const month = Number(digits.slice(4, 6));
    const day = Number(digits.slice(6, 8));
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return true;
  }
  for (const monthLength of [1, 2]) {
    for (const dayLength of [1, 2]) {
      const yearLength = n - monthLength - dayLength;
      if (yearLength !== 2 && yearLength !== 4) continue;
      const month = Number(digits.slice(0, monthLength));
      const day = Number(digits.slice(monthLength, monthLength + dayLength));
      const year = digits.slice(monthLength + dayLength);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      if (yearLength === 4 && !year.startsWith('19') && !year.startsWith('20')) continue;
      return true;
    }
  }
  return false;
}

/** "DOB 062118", "DOB: 062118": six digits right after a birth date's label are its MMDDYY. */
const BIRTH_RIGHT_BEFORE = /(?:dob|d\.o\.b\.?|birth)[:#]? ?$/;

/**
 * How far before its month name a date can start: a day word ("31st", four characters at most) and "of",
 * each after a gap of at most two characters ("31st of March"), with a little to spare.
 */
export const MONTH_DATE_LEAD = 16;

/**
 * Numeric dates (03/15/1985, 1985-03-15, 15.03.85) and month-name dates ("March 3rd, 1985", "3 March 1985").
 * Month names are looked for only at offsets in [monthsFrom, monthsTo): a caller that needs dates near some
 * words alone scans no further. Every month name is all letters and none starts inside another that stands
 * as a word, so the whole-word names found in a range are the same whichever offset the scan starts from.
 */
export function findDates(
  { text, lower, chunks, spoken }: ScanInput,
  monthsFrom = 0,
  monthsTo = Number.POSITIVE_INFINITY,
): DateSpan[] {
  const out: DateSpan[] = [];
  for (const c of chunks) {
    const from = digitsStart(text, c);
    // Typed, only the eight digits of a form's MMDDYYYY ("07221990") or a system's YYYYMMDD: shorter runs are
    // too often other numbers.
    if (
      (spoken ||
        c.digits.length === 8 ||
        (c.digits.length === 6 && BIRTH_RIGHT_BEFORE.test(lower.slice(Math.max(0, from - 8), from)))) &&
      !c.glued &&
      c.groups.length === 1 &&
      isRunTogetherDate(c.digits)
    ) {
      out.push({ start: from, end: c.end });
      continue;
    }
    if (c.glued || c.groups.length < 3) continue;
    const sep = c.seps[0];
    // A space parts the numbers of a date only when said aloud ("my birthday is 3 4 1985").
    if ((sep !== '/' && sep !== '-' && sep !== '.' && !(sep === ' ' && spoken)) || c.seps[1] !== sep)
      continue;
    // "02/09/2019 (5 y/o)": the reader joins a number after " (" as a phone's area code; the date is the first
    // three groups.
    if (c.groups.length > 3 && c.seps[2] === sep) continue;
    const [g0 = 0, g1 = 0, g2 = 0] = c.groups;
    const dateEnd = from + g0 + g1 + g2 + 2 * sep.length;
    const [a, b, y] = text.slice(from, dateEnd).split(sep).map(Number) as [number, number, number];
    const g = c.groups.slice(0, 3).join('-');
    const ymd = g === '4-2-2' || g === '4-1-1' || g === '4-1-2' || g === '4-2-1';
    const mdy = /^[12]-[12]-(2|4)$/.test(g);
    if (ymd && b >= 1 && b <= 12 && y >= 1 && y <= 31) out.push({ start: from, end: dateEnd });
    else if (mdy && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31)) && a > 0 && b > 0)
      out.push({ start: from, end: dateEnd });
  }
  MONTH.lastIndex = monthsFrom;
  for (let m = MONTH.exec(lower); m !== null; m = MONTH.exec(lower)) {
    const at = m.index;
    if (at >= monthsTo) break;
    let mEnd = at + m[0].length;
    if (isWordChar(codeAt(lower, at - 1)) || isWordChar(codeAt(lower, mEnd))) continue;
    if (codeAt(lower, mEnd) === 46) mEnd++;
    let start = at;
    let end = mEnd;
    let hasDay = false;
    let hasYear = false;
    const next = dayAfter(text, mEnd);
    if (next && (DAY.test(next.text) || DAY_WORD.test(next.text))) {
      hasDay = true;
      end = next.end;
      const y = wordAfter(text, next.end, 3);
      // Said aloud, a year is often its last two digits: "march second seventy nine" is "march 2nd 79".
      if (y && (YEAR.test(y.text) || (spoken && SHORT_YEAR.test(y.text)))) {
        hasYear = true;
        end = y.end;
      }
    } else if (next && YEAR.test(next.text)) {
      hasYear = true;
      end = next.end;
    }
    if (!hasDay) {
      // "3rd of March" / "15 March 1985": the day comes first.
      let prev = wordBefore(text, at, 2);
      if (prev && prev.text.toLowerCase() === 'of') prev = wordBefore(text, prev.start, 2);
      if (prev && (DAY.test(prev.text) || DAY_WORD.test(prev.text))) {
        hasDay = true;
        start = prev.start;
      }
    }
    // "May" and "March" are also words: only a day or year next to them makes a date.
    if (hasDay || hasYear) out.push({ start, end });
  }
  for (const d of spanishDates(lower, monthsFrom, monthsTo)) out.push(d);
  for (const d of frenchDates(lower, monthsFrom, monthsTo)) out.push(d);
  for (const d of compactDates(lower, monthsFrom, monthsTo)) out.push(d);
  for (const d of worldDates(text, monthsFrom, monthsTo)) out.push(d);
  return out;
}

/** "23SEP1987", "23SEP87": a day, a month's three letters and a year with no space between, as airline and bank systems write them. */
const COMPACT_DATE = new RegExp(
  `(?:[12]\\d|3[01]|0?[1-9])(?:${MONTH_STEMS})(?:19|20)?\\d\\d(?![a-z0-9])`,
  'g',
);

function compactDates(lower: string, from: number, to: number): DateSpan[] {
  const out: DateSpan[] = [];
  COMPACT_DATE.lastIndex = Math.max(0, from - 2);
  for (let m = COMPACT_DATE.exec(lower); m !== null; m = COMPACT_DATE.exec(lower)) {
    if (m.index >= to) break;
    // The pattern opens on its digit, which a scan finds fast; the day must open a word of its own ("123SEP" does not).
    if (isWordChar(codeAt(lower, m.index - 1))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const TENS = /^(?:twenty|thirty)$/i;

/**
 * The word after a month name, with a hyphenated ordinal ("twenty-first") taken whole. People say "April the
 * eleventh": a "the" there is passed over when a day follows it.
 */
function dayAfter(text: string, from: number): Word | null {
  const first = wordAfter(text, from, 2);
  const w = first !== null && first.text.toLowerCase() === 'the' ? wordAfter(text, first.end, 2) : first;
  if (w === null || text.charCodeAt(w.end) !== 45 || !TENS.test(w.text)) return w;
  const rest = wordAfter(text, w.end + 1, 0);
  return rest === null ? w : { start: w.start, end: rest.end, text: text.slice(w.start, rest.end) };
}
