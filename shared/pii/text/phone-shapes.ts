import { amountBefore, codeAt, isAsciiUpper, isDigit, isLetter } from './chars.ts';
import { type DigitChunk, lastGroups } from './digit-chunks.ts';

/**
 * How phone numbers are grouped and how other numbers in a phone's length are: dates, times, prices, ids,
 * codes. Each test reads a digit chunk (see digit-chunks.ts) and at most a few characters around it.
 */

/** Separators of a written date: "-", "/" and "." only, one or more of them. */
function onlyDateSeps(seps: readonly string[]): boolean {
  for (const sep of seps) {
    for (let i = 0; i < sep.length; i++) {
      const ch = sep.charCodeAt(i);
      if (ch !== 45 && ch !== 47 && ch !== 46) return false;
    }
  }
  return true;
}

/** Group lengths of dates: 4-2-2, 2-2-4, 1-2-4, 2-1-4 and 1-1-4. */
function isDateShape(groups: readonly number[]): boolean {
  if (groups.length !== 3) return false;
  const a = groups[0];
  const b = groups[1];
  if (a === 4) return b === 2 && groups[2] === 2;
  return groups[2] === 4 && (a === 1 || a === 2) && (b === 1 || b === 2);
}

/** Shapes that are dates, times or prices rather than phone numbers. */
export function looksLikeOtherNumber(text: string, c: DigitChunk): boolean {
  const seps = c.seps;
  if (isDateShape(c.groups) && onlyDateSeps(seps)) return true;
  for (const sep of seps) if (sep === '/') return true;
  // "Chrome 124.0.6367.91": four dotted numbers, one of them a single digit, are a version.
  if (seps.length >= 3 && seps.every((s) => s === '.') && c.groups.includes(1)) return true;
  // A date followed by a clock time ("2000-04-16 11:20") is a timestamp.
  if (c.groups[0] === 4 && c.groups[1] === 2 && seps[0] === '-') return true;
  if (text.charCodeAt(c.end) === 58 && isDigit(codeAt(text, c.end + 1))) return true;
  if (opensWithDate(c)) return true;
  const before = codeAt(text, c.start - 1);
  // "consent_ts=1740412800", '"created_at": 1740412800': ten digits from 1 under a time's key count seconds since
  // 1970 (no North American area code opens with 1).
  if (
    c.digits.length === 10 &&
    c.digits.charCodeAt(0) === 49 &&
    c.groups.length === 1 &&
    (before === 61 || before === 58 || before === 32 || before === 34)
  )
    if (TIME_KEY_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return true;
  // "$4,620.00 (18%": digits after a thousands comma are the rest of an amount.
  if (before === 44 && c.groups[0] === 3 && amountBefore(text, c.start, 5)) return true;
  return before === 36 /* $ */ || before === 0x20ac || before === 0xa3 || before === 35 /* # */;
}

/** A key naming a moment: "consent_ts=", "&ts=", "timestamp:", '"created_at": ', "epoch=". */
const TIME_KEY_BEFORE = /(?:(?:^|[_&?"\s])ts|timestamp|epoch|_at|_time|time)"? ?[=:] ?"?$/i;

/** Month and day, "0306": a month 01-12 and a day 01-31. */
function isMonthDay(d: string): boolean {
  const month = Number(d.slice(0, 2));
  const day = Number(d.slice(2, 4));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * "20250305-114-0087", "25-0306-2218": dispatch, call and event ids open with the date they were made,
 * and no phone number is grouped so (North American numbers run 3-3-4).
 */
function opensWithDate(c: DigitChunk): boolean {
  if (c.groups.length < 3 || c.seps[0] !== '-' || c.seps[1] !== '-') return false;
  const d = c.digits;
  if (c.groups[0] === 8) return (d.startsWith('19') || d.startsWith('20')) && isMonthDay(d.slice(4, 8));
  return c.groups[0] === 2 && c.groups[1] === 4 && isMonthDay(d.slice(2, 6));
}

/**
 * "call 88120-33", "call 24-118807", "Call ID 20240306-11442", "2024-018823": a group of eight digits or more first,
 * two groups one of them two digits or fewer, or a year and one group, is how ids are written; no phone is grouped so.
 */
export function idGrouping({ groups, digits, seps }: DigitChunk): boolean {
  if (groups.length < 2) return false;
  const first = groups[0] as number;
  if (first >= 8 || (groups.length === 2 && (groups[1] as number) <= 2)) return true;
  // "Juror 250602-0883": a date's six digits, then a count; no phone opens with five digits or more.
  if (groups.length === 2 && first >= 5 && seps[0] === '-') return true;
  // "call 7731-0045-22", "9920-114-07": a dashed id closing on two digits; no phone's last group is so short.
  if (groups.length === 3 && (groups[2] as number) <= 2 && seps[0] === '-' && seps[1] === '-') return true;
  // "C.R.S. 38-30-168": a statute's title, article and section; no phone opens with two digits dashed before two.
  if (groups.length === 3 && first === 2 && groups[1] === 2 && seps[0] === '-' && seps[1] === '-')
    return true;
  // "311-24-0419561": a service request's prefix, its year and a serial; no phone is dashed 3-2-6 or longer.
  if (
    groups.length === 3 &&
    groups[1] === 2 &&
    (groups[2] as number) >= 6 &&
    seps[0] === '-' &&
    seps[1] === '-'
  )
    return true;
  // "016-2391188450": an airline ticket's carrier code dashed before its serial; no phone dashes nine digits or more.
  if (groups.length === 2 && (groups[1] as number) >= 9 && seps[0] === '-') return true;
  // "SkyMiles # 6604 1193 25": fours then a pair, as loyalty and member numbers are printed; no phone is grouped so.
  if (groups.length === 3 && first === 4 && groups[1] === 4 && (groups[2] as number) <= 2) return true;
  // "40-118-30927": a dashed account number, two digits, three, then five or more; no phone is grouped so.
  if (groups.length === 3 && first === 2 && groups[1] === 3 && (groups[2] as number) >= 5 && seps[0] === '-')
    return true;
  // "24-118807", "7731-0045": a dashed two- or four-digit prefix; "99 668472", spaced, is how some countries write
  // a phone.
  if (groups.length === 2 && (first <= 2 || first === 4) && seps[0] === '-') return true;
  // "HTS 6204.62.4011", "8516.60.4070": dotted groups other than a phone's 3-3-4 (or France's pairs, "01.84.17.61.18")
  // are a tariff code's or a version's.
  if (
    seps.every((sep) => sep === '.') &&
    !(groups.length === 3 && first === 3 && groups[1] === 3 && groups[2] === 4) &&
    !groups.every((g) => g === 2)
  )
    return true;
  // "Parcel 07-15-102-044", "PIN 15-22-301-019": four dashed groups or more are a parcel's or a record's, unless they
  // are pairs as Europe writes phones ("60-56-85-91"), digits read one by one ("5-3-1-7-..."), or a prefix opens a North American number ("1-614-555-0123",
  // "001-518-640-0854").
  if (
    groups.length >= 4 &&
    seps.every((sep) => sep === '-') &&
    !groups.every((g) => g <= 2) &&
    !(
      groups.length === 4 &&
      groups[1] === 3 &&
      groups[2] === 3 &&
      groups[3] === 4 &&
      /^(?:1|00\d|011)$/.test(digits.slice(0, first))
    )
  )
    return true;
  // "2024-018823": a year, then the number the case got that year.
  return groups.length === 2 && first === 4 && (digits.startsWith('19') || digits.startsWith('20'));
}

export function allFours(groups: readonly number[]): boolean {
  for (const g of groups) if (g !== 4) return false;
  return true;
}

/**
 * "SSR-2025-118204", "HP-2025-0048812": digits after a capital-letter prefix and a dash are the rest of a
 * code (request, claim and order ids are written so), not a phone number.
 */
export function afterCodePrefix(text: string, start: number): boolean {
  if (codeAt(text, start - 1) !== 45) return false;
  let i = start - 2;
  while (i >= 0 && i > start - 8 && isAsciiUpper(text.charCodeAt(i))) i--;
  return i < start - 2 && !isLetter(codeAt(text, i));
}

/**
 * "7781201  00:14:22  414-555-0103", "bay 12 414-555-0103": a number in 3-3-4 groups joined by dashes or dots,
 * after spaces that the reader took for a separator, stands apart from the numbers before it. A leading "1" is
 * the country code ("1 800-555-0123"), and stays.
 */
export function dashedTail(text: string, c: DigitChunk): DigitChunk {
  const g = c.groups;
  const k = g.length;
  if (k < 2 || text.charCodeAt(c.start) === 43) return c;
  // "08:01:40  6145550131": ten digits after the spaces that part a log's columns.
  const last = g[k - 1] as number;
  const space = c.seps[k - 2];
  const tenDigits = last === 10 || (last === 11 && c.digits.charCodeAt(c.digits.length - 11) === 49);
  if (tenDigits && (space === ' ' || space === '  ')) return lastGroups(c, 1);
  if (k < 4 || g[k - 1] !== 4 || g[k - 2] !== 3 || g[k - 3] !== 3) return c;
  const sep = c.seps[k - 2];
  if ((sep !== '-' && sep !== '.') || c.seps[k - 3] !== sep) return c;
  const gap = c.seps[k - 4];
  if (gap !== ' ' && gap !== '  ') return c;
  return k === 4 && g[0] === 1 && c.digits.charCodeAt(0) === 49 ? c : lastGroups(c, 3);
}

/** Three, three and four digits: how North American phone numbers are grouped. */
export const isNanpGrouped = (groups: readonly number[]): boolean =>
  groups.length === 3 && groups[0] === 3 && groups[1] === 3 && groups[2] === 4;

/**
 * "I'll text the confirmation to 650-555-0162", "locked the account and texted her at 704-555-0198": what is sent
 * goes to a phone, and whoever is called or texted is at one, whatever other kind was named before.
 */
const SENT_TO =
  /\b(?:text|texted|texting|send|sending|sent|fax|faxed|call|called|reach|reached)\b[^.\n\d]{0,30} (?:to|at) $/;
const SENT_TO_REACH = 50;

/** Whether what is said right before `start` sends something to, or reaches someone at, the number there. */
export const sentToBefore = (lower: string, start: number): boolean =>
  SENT_TO.test(lower.slice(Math.max(0, start - SENT_TO_REACH), start));
