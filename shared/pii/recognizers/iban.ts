import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { codeAt, isAsciiAlnum, isWordChar } from '../text/chars.ts';
import { ibanLength, ibanValid } from '../validators/iban.ts';

const START = /[A-Za-z]{2}\d{2}/;

/** Country code and check digits start the candidate; mod 97 and the country's length decide it. */
export const iban: Recognizer = {
  label: 'IBAN',
  needsDigit: true,
  find({ text }) {
    const out: Finding[] = [];
    const n = text.length;
    // The regex engine finds "two letters, two digits" far faster than a character loop; fixed width, so linear.
    const starts = new RegExp(START.source, 'g');
    for (let m = starts.exec(text); m; m = starts.exec(text)) {
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
      starts.lastIndex = j;
    }
    return out;
  },
};
