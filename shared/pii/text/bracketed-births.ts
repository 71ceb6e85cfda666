import { MONTH_FORMS } from './month-pattern.ts';
import { firstNameOnly, flagsOf } from './word-flags.ts';

/**
 * A date alone in brackets: "(6/19/2002)", "(August 4, 1940)". Global for its lastIndex scan, reset before each
 * use; no group can repeat into another, so the scan is linear.
 */
const BRACKETED_DATE = new RegExp(
  `\\((?:\\d{1,2}[/-]\\d{1,2}[/-]((?:19|20)\\d\\d)|(?:${MONTH_FORMS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? ((?:19|20)\\d\\d))\\)`,
  'gi',
);
/** Birth years only: a later year in brackets after a name is more often a visit or an event. */
const LAST_BIRTH_YEAR = 2019;
/** "Xavier Robles (", "Walter O'Neil-Hart (": two capitalised words, one space apart, right before the bracket. */
const FULL_NAME_BEFORE = /(?:^|[\s,:;])[A-Z][a-zà-ÿ'’-]+ [A-Z][a-zà-ÿ'’-]+ $/;

/**
 * "Pt Xavier Robles (6/19/2002) called", "my father, Walter Lindgren (August 4, 1940), was handed...", "about
 * Cody Hutchins, 1/2/1995.": a date alone in brackets, or closing the clause after a comma, right after a full
 * name is how notes give that person's birth date. The spans of the dates, without their brackets.
 */
export function bracketedBirthDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  BRACKETED_DATE.lastIndex = 0;
  for (
    let m = text.includes('(') ? BRACKETED_DATE.exec(text) : null;
    m !== null;
    m = BRACKETED_DATE.exec(text)
  ) {
    const year = Number(m[1] ?? m[2]);
    if (year > LAST_BIRTH_YEAR) continue;
    const at = m.index;
    const before = text.slice(Math.max(0, at - 48), at);
    if (!FULL_NAME_BEFORE.test(before) && !givenNameBefore(before)) continue;
    out.push({ start: at + 1, end: at + m[0].length - 1 });
  }
  if (!text.includes(', ')) return out;
  COMMA_DATE.lastIndex = 0;
  for (let m = COMMA_DATE.exec(text); m !== null; m = COMMA_DATE.exec(text)) {
    if (Number(m[1]) > LAST_BIRTH_YEAR) continue;
    if (!FULL_NAME_BEFORE.test(`${text.slice(Math.max(0, m.index - 48), m.index)} `)) continue;
    out.push({ start: m.index + 2, end: m.index + m[0].length });
  }
  return out;
}

/**
 * "about Cody Hutchins, 1/2/1995.": a numeric date closing the clause right after a full name and its comma.
 * Global for its lastIndex scan, reset before each use.
 */
const COMMA_DATE = /, \d{1,2}\/\d{1,2}\/((?:19|20)\d\d)(?=[.;)]|$)/gm;

/** ", Lily (", " and Talia (": one capitalised word right before the bracket, after a colon, a list's comma or "and". */
const ONE_NAME_BEFORE = /(?:^|[,:;] | and )([A-Z][a-z]{2,}) $/;

/** A listed given name alone: "Grant (05/05/2016), Lily (01/19/2019)". */
function givenNameBefore(before: string): boolean {
  const m = ONE_NAME_BEFORE.exec(before);
  return m !== null && firstNameOnly(flagsOf((m[1] as string).toLowerCase()));
}
