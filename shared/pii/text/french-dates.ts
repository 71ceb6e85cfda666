import type { DateSpan } from './dates.ts';
import { FRENCH_MONTHS } from './month-pattern.ts';

/**
 * Dates as French speakers write them, in Quebec and from abroad: "19 janvier 1938", "le 1er mars 1952". No "de"
 * between day and month, so these read apart from Spanish and Portuguese dates.
 */

/** A day, a month and a year if written. Bounded pieces, one way to match each; global only for its lastIndex scan. */
const FRENCH_DATE = new RegExp(
  `(?:1er|[12]\\d|3[01]|0?[1-9]) (?:${FRENCH_MONTHS})(?: (?:19|20)\\d\\d)?(?![a-z0-9àâçéèêëîïôûùüÿ])`,
  'g',
);

/** A French month's name holds one of these: most texts hold none, and skip the scan. */
const HINT = /\d (?:janv|f[ée]vr|mars|avril|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)/;

/** French dates starting in [from, to) of the lower-cased text. */
export function frenchDates(lower: string, from: number, to: number): DateSpan[] {
  const out: DateSpan[] = [];
  if (!HINT.test(lower)) return out;
  FRENCH_DATE.lastIndex = from;
  for (let m = FRENCH_DATE.exec(lower); m !== null; m = FRENCH_DATE.exec(lower)) {
    if (m.index >= to) break;
    // The pattern opens on its digit, which a scan finds fast; the day must open a word of its own.
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(lower.charAt(m.index - 1))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
