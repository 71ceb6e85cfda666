import { NANP, type NanpCountry } from './nanp-metadata.ts';

/**
 * National numbers libphonenumber would call neither valid nor possible, answered without it: its NANP
 * search tries all 25 countries' patterns, its slowest path. Every NANP number has 10 digits (11 with the
 * leading 1), the US has no 7-digit numbers but "310" ones, and a leading 1 is read as the country code
 * only where the rest could be a number. Checked against libphonenumber-js on random numbers (nanp.test.ts).
 */
export function nanpImpossible(digits: string, region: string, intl: boolean): boolean {
  if (intl || (region !== 'US' && region !== 'CA')) return false;
  const n = digits.length;
  if (n === 7) return region === 'US' && !digits.startsWith('310');
  const lead = digits.charCodeAt(0);
  if (lead >= 50) return n === 8 || n === 9 || n >= 11;
  // No area code or exchange opens with 0: eight or nine digits from 0 are no number, unless "011" dials abroad.
  if (lead === 48) return (n === 8 || n === 9) && !digits.startsWith('011');
  if (lead !== 49) return false;
  // A leading 1: only "13..." (8 digits, US), "11..." (9 or 12 digits) and 10 or 11 digits can be numbers.
  const second = digits.charCodeAt(1);
  if (n >= 13) return true;
  if (n === 9 || n === 12) return second !== 49;
  return n === 8 && region === 'US' && second !== 51;
}

/** Whether libphonenumber would give `national` a number type in `c` (its getNumberType). */
function hasType(c: NanpCountry, national: string): boolean {
  if (!c.nationalNumber.test(national)) return false;
  if (c.types === null) return false;
  for (const t of c.types) {
    if (t.lengths.includes(national.length) && t.pattern.test(national)) return true;
  }
  return false;
}

export interface PhoneVerdict {
  readonly valid: boolean;
  readonly possible: boolean;
}

/**
 * libphonenumber's verdict on a 10-digit national number with a 2-9 lead in a US or CA default region,
 * reached the way it does (first NANP country by leading digits or number type, else the default region)
 * with patterns compiled once instead of rebuilt per call. Null for every other number: ask the library.
 */
export function nanpTenDigitVerdict(digits: string, region: string, intl: boolean): PhoneVerdict | null {
  if (intl || (region !== 'US' && region !== 'CA') || digits.length !== 10 || digits.charCodeAt(0) < 50)
    return null;
  let found: NanpCountry | undefined;
  for (const c of NANP) {
    if (c.leadingDigits ? digits.search(c.leadingDigits) === 0 : hasType(c, digits)) {
      found = c;
      break;
    }
  }
  const c = found ?? NANP.find((x) => x.code === region);
  if (!c) return null;
  const valid = c.types !== null ? hasType(c, digits) : c.nationalNumber.test(digits);
  return { valid, possible: c.lengths.includes(digits.length) };
}

/**
 * libphonenumber's verdict on a national number with a leading 0 in a US or CA default region (but an
 * "011" one, which it reads as dialled abroad): no NANP country claims such a number, so it stays in the
 * default region, is never valid, and is possible when that region's plan has numbers of its length.
 * Null for every other number.
 */
export function nanpLeadingZeroVerdict(digits: string, region: string, intl: boolean): PhoneVerdict | null {
  if (intl || (region !== 'US' && region !== 'CA') || digits.charCodeAt(0) !== 48 || digits.startsWith('011'))
    return null;
  const plan = NANP.find((x) => x.code === region);
  if (!plan) return null;
  return { valid: false, possible: plan.lengths.includes(digits.length) };
}

/** The verdict of whichever NANP shortcut knows `digits` (no extension), or null: ask the library. */
export function nanpVerdict(digits: string, region: string, intl: boolean): PhoneVerdict | null {
  return nanpTenDigitVerdict(digits, region, intl) ?? nanpLeadingZeroVerdict(digits, region, intl);
}
