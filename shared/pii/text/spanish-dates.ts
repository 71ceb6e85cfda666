import type { DateSpan } from './dates.ts';
import { IBERIAN_MONTHS } from './month-pattern.ts';

/**
 * Dates as Spanish (and Portuguese) speakers give them: "quince de marzo del setenta y dos", "3 de marzo de 1976", "el once de
 * marzo". Said aloud, the spoken view has already written the year's words as digits ("del 72", "de mil
 * novecientos 82").
 */

/** Days as digits or words, "primero" to "treinta y uno". */
const DAY =
  '(?:[12]\\d|3[01]|0?[1-9]|primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti[a-zéóú]{3,6}|treinta(?: y uno)?)';

/**
 * A day, "de", a month, then "de" or "del" and a two- or four-digit year if said, or a four-digit year alone
 * ("2 de febrero 2012"). Bounded pieces, one way to
 * match each. Global only for its lastIndex scan, reset before each use.
 */
const SPANISH_DATE = new RegExp(
  `(?<![a-z0-9áéíóúñ])${DAY} de (?:${IBERIAN_MONTHS.join('|')})(?: del? (?:\\d{4}|\\d{2}|(?:mil novecientos|dos mil) \\d{1,2})|,? (?:19|20)\\d{2}(?!\\d))?(?![a-z0-9áéíóúñ])`,
  'g',
);

/** Spanish month-name dates starting in [from, to) of the lower-cased text. */
export function spanishDates(lower: string, from: number, to: number): DateSpan[] {
  const out: DateSpan[] = [];
  // Every such date holds " de " and a month: most texts hold no Spanish month at all.
  if (!lower.includes(' de ')) return out;
  SPANISH_DATE.lastIndex = from;
  for (let m = SPANISH_DATE.exec(lower); m !== null; m = SPANISH_DATE.exec(lower)) {
    if (m.index >= to) break;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
