import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { codeAt, isAsciiAlnum, isWordChar } from '../text/chars.ts';
import { cellHeaders } from '../text/table-columns.ts';
import { ibanLength, ibanValid } from '../validators/iban.ts';

/**
 * "Two letters, two digits": the regex engine finds it far faster than a character loop; fixed width, so
 * linear. Global for its lastIndex scan, reset before each use; nothing inside the loop can reach it.
 */
const START = /[A-Za-z]{2}\d{2}/g;
/**
 * Said aloud, the country code's letters come one by one ("D E eight nine, ..." is "D E89..." in the spoken
 * view); mod 97 still decides, so the looser start stays safe.
 */
const SPOKEN_START = /(?<![A-Za-z0-9])[A-Za-z] [A-Za-z]\d{2}/g;

/**
 * "IBAN: ", "iban is ", "IBAN (DE) ": the word right before the number; an account named in Polish, German, Spanish
 * or Portuguese ("z konta: PL27 ...") names one in an IBAN's shape too.
 */
const NAMED_IBAN =
  /(?:iban(?: number| no\.?| #)?(?: is|:)?|(?:konta|konto|rachunku|kontos|cuenta|conta)[^\d\n]{0,12}:) ?$/i;
const NAMED_REACH = 16;

/** Country code and check digits start the candidate; mod 97 and the country's length decide it. */
export const iban: Recognizer = {
  label: 'IBAN',
  needsDigit: true,
  find({ text, digitsAfterLetters, spoken }) {
    const out: Finding[] = [];
    // The chunk reader saw every place where digits follow two letters: without one, there is no start.
    if (digitsAfterLetters) scan(text, START, out);
    if (spoken) scan(text, SPOKEN_START, out);
    return out;
  },
};

function scan(text: string, start: RegExp, out: Finding[]): void {
  const n = text.length;
  const headerAt = cellHeaders(text);
  const ibanColumn = (at: number): boolean => headerAt(at)?.includes('iban') === true;
  start.lastIndex = 0;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const i = m.index;
    if (isWordChar(codeAt(text, i - 1))) continue;
    const country = (text[i] as string) + text[m[0].length === 5 ? i + 2 : i + 1];
    const want = ibanLength(country.toUpperCase());
    if (want === undefined) continue;
    let compact = '';
    let j = i;
    // Read alphanumerics with single spaces between groups until the country's IBAN length.
    while (j < n && compact.length < want) {
      const c = text.charCodeAt(j);
      if (isAsciiAlnum(c)) {
        compact += text[j]?.toUpperCase();
        j++;
      } else if (c === 32 && isAsciiAlnum(codeAt(text, j + 1)) && compact.length > 0) j++;
      else break;
    }
    if (compact.length !== want || isAsciiAlnum(codeAt(text, j))) continue;
    const valid = ibanValid(compact);
    // "IBAN: FR76 1820 ..." with a digit mistyped: named an IBAN right before, in the country's length and with
    // digits after its first four, it is the customer's account all the same.
    // "...,benef_iban,..." over "...,DE27540502200004882519,...": a cell under an IBAN column is named so too.
    if (
      !valid &&
      !(
        /^[A-Z]{2}\d{2}[A-Z0-9]*\d{6}/.test(compact) &&
        (NAMED_IBAN.test(text.slice(Math.max(0, i - NAMED_REACH), i)) || ibanColumn(i))
      )
    )
      continue;
    // Named so, it outranks an account read in the same digits ("from IBAN DE27 ...").
    out.push(finding(i, j, 'IBAN', valid ? 0.95 : 0.8, 'iban'));
    start.lastIndex = j;
  }
}
