/** The UK's postcode areas, the letters a British postcode opens with ("CF" Cardiff, "IG" Ilford, "M" Manchester). */
const UK_AREAS =
  'AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|B|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|' +
  'GL|GU|G|HA|HD|HG|HP|HR|HS|HU|HX|IG|IP|IV|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|' +
  'OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|' +
  'WF|WN|WR|WS|WV|W|YO|ZE';
/**
 * Canadian and British postcodes in capitals, with their space: "M4C 1B5", "V3R 1M5", "BS8 4LE", "CF14 3NW". Their
 * mix of letters and digits is their own, so no cue is needed. Global only for its lastIndex scan, reset before
 * each use.
 */
const BODY = `(?:[ABCEGHJ-NPRSTVXY]\\d[A-Z] \\d[A-Z]\\d|(?:${UK_AREAS})\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9@-])`;
const POSTCODE = new RegExp(`(?<![A-Za-z0-9@._/-])${BODY}`, 'g');
/** The same postcode starting at a given offset (sticky), and one closing a slice. */
const POSTCODE_AT = new RegExp(BODY, 'y');
const POSTCODE_AT_END = new RegExp(`(?<![A-Za-z0-9])${BODY}$`);
/** Every such postcode has a digit, a space and a digit or letter after a capital: most texts fail this first. */
const HINT = /[A-Z]\d[A-Z\d]? \d/;

/**
 * The [start, end) of every Canadian or British postcode in `text`; one inside a street address is the address's,
 * which overlap resolution keeps.
 */
export function foreignPostcodes(text: string): Array<[number, number]> {
  if (!HINT.test(text)) return [];
  const out: Array<[number, number]> = [];
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m !== null; m = POSTCODE.exec(text))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Where a Canadian or British postcode that starts at `at` ends ("Leicester LE1 3GQ."), or -1. */
export function foreignPostcodeEndAt(text: string, at: number): number {
  POSTCODE_AT.lastIndex = at;
  return POSTCODE_AT.test(text) ? POSTCODE_AT.lastIndex : -1;
}

/** Whether `text[0, end)` ends with a Canadian or British postcode. */
export const endsWithForeignPostcode = (text: string, end: number): boolean =>
  POSTCODE_AT_END.test(text.slice(Math.max(0, end - 9), end));
