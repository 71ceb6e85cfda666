import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { codeAt, isAsciiAlnum, isAsciiLower, isAsciiUpper, isDigit, isWordChar } from '../text/chars.ts';
import { ibanLength, ibanValid } from '../validators/iban.ts';

const isAsciiLetter = (c: number): boolean => isAsciiUpper(c) || isAsciiLower(c);

/** Country code and check digits start the candidate; mod 97 and the country's length decide it. */
export const iban: Recognizer = {
  label: 'IBAN',
  find({ text }) {
    const out: Finding[] = [];
    const n = text.length;
    for (let i = 0; i + 4 <= n; i++) {
      const a = text.charCodeAt(i);
      if (!isAsciiLetter(a) || isWordChar(codeAt(text, i - 1))) continue;
      if (
        !isAsciiLetter(text.charCodeAt(i + 1)) ||
        !isDigit(text.charCodeAt(i + 2)) ||
        !isDigit(text.charCodeAt(i + 3))
      )
        continue;
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
      i = j - 1;
    }
    return out;
  },
};
