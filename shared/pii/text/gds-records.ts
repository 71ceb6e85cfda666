import { FIRST, flagsOf, NOT_NAME, ORG, SURNAME } from './word-flags.ts';

/**
 * Airline reservation records (PNRs) as agents paste them from a global distribution system: names written
 * SURNAME/GIVEN ("1.1OKONKWO/JOYCE MS"), the passenger's travel document in an "SSR DOCS" element
 * (".../P/USA/A04417823/USA/11FEB39/M/09JUN30/LINDQVIST/HAROLD"), and e-mail addresses with "//" for "@"
 * ("CTCE M7 HK1/MLINDQVIST//EXAMPLE.COM"). Every pattern is anchored on fixed words and bounded classes.
 */

export interface GdsSpan {
  readonly start: number;
  readonly end: number;
}

/** A surname or given names, one or two words; a title or a word of the record after it is no part of it. */
const NAME = "[A-Z][A-Z'-]{0,30}(?: (?!(?:MR|MRS|MS|MISS|MSTR|DR|PER|ADT|CHD|INF)\\b)[A-Z][A-Z'-]{0,30})?";
const DATE = '\\d{2}[A-Z]{3}\\d{2,4}';

/**
 * The document element: type, issuer, number, nationality, birth date, sex, expiry, surname, given names; its carrier
 * and status ("YY HK1") are left out where the element is keyed in ("3DOCS/P/USA/...").
 */
const DOCS = new RegExp(
  `(?<![A-Z])DOCS(?: [A-Z0-9]{2} [A-Z]{2}\\d)?/([A-Z])/[A-Z]{2,3}/([A-Z0-9]{5,15})/[A-Z]{2,3}/(${DATE})/[MFX]I?/${DATE}/(${NAME}/${NAME})\\b`,
  'dg',
);

/** A name element: after an element number ("1.1"), "PAX 2", "NAME" or "ISSUED AS", or before a title ("MR"). */
const PNR_NAME = new RegExp(
  `(?:\\d\\.\\d|PAX \\d{1,2} {1,3}|NAME |ISSUED AS )(${NAME}/${NAME})(?= |$|\\n)|(?<![A-Z/])(${NAME}/${NAME}) (?:MR|MRS|MS|MISS|MSTR|DR)\\b`,
  'dgm',
);

/** "...|OYELARAN/MARCUS|...", "\tCASTELLANOS/RENEE\t": an export's cell holding a passenger's name as the record writes it. */
const CELL_NAME = new RegExp(`(?:^|(?<=[\\t|,]))(${NAME}/${NAME})(?=[\\t|,]|$)`, 'dgm');

/** "CTCE M7 HK1/MLINDQVIST//EXAMPLE.COM", "APE BEARAMIREZ.MT//EXAMPLE.COM": "//" stands for "@". */
const GDS_EMAIL =
  /\b(?:CTCE [A-Z0-9]{2} [A-Z]{2}\d\/|APE )([A-Z0-9._-]{1,64}\/\/[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,4})/dg;

function spansOf(re: RegExp, text: string, groups: readonly number[]): GdsSpan[] {
  const out: GdsSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (const g of groups) {
      const at = m.indices?.[g];
      if (at !== undefined) out.push({ start: at[0], end: at[1] });
    }
  }
  return out;
}

/** Whether the text may hold a reservation record's elements: a cheap look before any pattern runs. */
export const mayHoldGds = (text: string): boolean => text.includes('/') && /[A-Z]\/[A-Z]/.test(text);

/** Passengers' names, "SURNAME/GIVEN". */
export function gdsNames(text: string): GdsSpan[] {
  const out = spansOf(PNR_NAME, text, [1, 2]);
  for (const d of docsElements(text)) out.push(d.name);
  for (const s of spansOf(CELL_NAME, text, [1])) if (namesPassenger(text.slice(s.start, s.end))) out.push(s);
  return out;
}

/** Whether a cell's "SURNAME/GIVEN" is a name: some four letters long, a list knowing one ("AL/MC" is a care level). */
function namesPassenger(cell: string): boolean {
  const slash = cell.indexOf('/');
  if (slash < 2 || cell.length - slash < 3 || (slash < 4 && cell.length - slash < 5)) return false;
  const parts = [cell.slice(0, slash), cell.slice(slash + 1).split(' ')[0] as string].map((p) =>
    flagsOf(p.toLowerCase()),
  );
  return parts.some((f) => (f & (FIRST | SURNAME)) !== 0) && parts.every((f) => (f & (NOT_NAME | ORG)) === 0);
}

/** The travel document's number (passports only), birth date and name in each "SSR DOCS" element. */
export function docsElements(text: string): { passport: GdsSpan | null; birth: GdsSpan; name: GdsSpan }[] {
  const out: { passport: GdsSpan | null; birth: GdsSpan; name: GdsSpan }[] = [];
  if (!text.includes('DOCS')) return out;
  DOCS.lastIndex = 0;
  for (let m = DOCS.exec(text); m !== null; m = DOCS.exec(text)) {
    const span = (g: number): GdsSpan => {
      const at = m.indices?.[g] ?? [0, 0];
      return { start: at[0], end: at[1] };
    };
    out.push({ passport: m[1] === 'P' ? span(2) : null, birth: span(3), name: span(4) });
  }
  return out;
}

/** E-mail addresses written with "//" for "@". */
export function gdsEmails(text: string): GdsSpan[] {
  return text.includes('//') ? spansOf(GDS_EMAIL, text, [1]) : [];
}
