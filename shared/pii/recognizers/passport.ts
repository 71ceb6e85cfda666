import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { codesAfterCues } from '../text/cue-codes.ts';

const HINT = /passport/;
const CUES = ['passport'];

/** Passport numbers are 6-9 letters and digits in most countries; the word "passport" must precede. */
export const passport: Recognizer = {
  label: 'PASSPORT',
  needsDigit: true,
  find({ text, lower, idCues }) {
    const out: Finding[] = [];
    if (!idCues || !HINT.test(lower)) return out;
    for (const c of codesAfterCues(text, lower, CUES, 40)) {
      const alnum = c.code.replace(/[- ]/g, '');
      if (alnum.length < 6 || alnum.length > 10) continue;
      out.push(finding(c.start, c.end, 'PASSPORT', 0.8, 'passport'));
    }
    return out;
  },
};
