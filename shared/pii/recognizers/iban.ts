import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { codeAt, isAsciiAlnum, isWordChar } from '../text/chars.ts';
import { ibanLength, ibanValid } from '../validators/iban.ts';

/**
 * "Two letters, two digits": the regex engine finds it far faster than a character loop; fixed width, so
 * linear. Global for its lastIndex scan, reset before each use; nothing inside the loop can reach it.
 */
const START = /[A-Za-z]{2}\d{2}/g;

/** Country code and check digits start the candidate; mod 97 and the country's length decide it. */
export const iban: Recognizer = {
  label: 'IBAN',
  needsDigit: true,
  find({ text, digitsAfterLetters }) {
    const out: Finding[] = [];
    // The chunk reader saw every place where digits follow two letters: without one, there is no start.
    if (!digitsAfterLetters) return out;
    const n = text.length;
    START.lastIndex = 0;
    for (let m = START.exec(text); m; m = START.exec(text)) {
      const i = m.index;
      if (isWordChar(codeAt(text, i - 1))) continue;
      const want = ibanLength(text.slice(i, i + 2).toUpperCase());
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
      if (!ibanValid(compact)) continue;
      out.push(finding(i, j, 'IBAN', 0.95, 'iban'));
      START.lastIndex = j;
    }
    return out;
  },
};
