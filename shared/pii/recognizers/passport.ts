import { PASSPORT_HINTS } from '../data/id-hints.ts';
import type { Finding } from '../finding.ts';
import { finding, pushLastFours, type Recognizer } from '../scan-input.ts';
import { alternationOf } from '../text/alternation.ts';
import { codesAfterCues } from '../text/cue-codes.ts';
import { docsElements } from '../text/gds-records.ts';
import { nextLineWithin } from '../text/next-turn.ts';

const HINT = new RegExp(alternationOf(PASSPORT_HINTS));
const CUES = ['passport', 'pasaporte'];

/**
 * "I need the passport number exactly as printed." answered "Surname is AL-FARSI, given names OMAR KHALID.
 * Number is C03005988.": an answer giving several fields names the number's own. "Number" opens its
 * clause, so "phone number is ..." in the same answer is not it.
 */
const NAMED_NUMBER =
  /(?:^|[.,;:?!] |\b(?:the|my|passport) )(?:number|no\.?)(?: is|:)? ([a-z]{0,2}\d[a-z\d]{4,10})\b/g;
/**
 * "PP 566120984", "PP# A03391577": rosters and bookings write the passport as "PP" before its number. Global
 * only for its lastIndex scan, reset before each use.
 */
const PP_THEN_NUMBER = /(?<![a-z])pp(?: ?#| no\.?| number)?:? ?([a-z]{0,2}\d{6,9})\b/g;
const QUESTION_REACH = 60;
const ANSWER_REACH = 120;

/** Passport numbers are 6-9 letters and digits in most countries; the word "passport" must precede. */
export const passport: Recognizer = {
  label: 'PASSPORT',
  needsDigit: true,
  find(input) {
    const { text, lower, idCues } = input;
    const out: Finding[] = [];
    // "SSR DOCS M7 HK1/P/USA/A04417823/...": a reservation's travel-document element names no passport in words.
    if (!input.spoken)
      for (const d of docsElements(text))
        if (d.passport !== null)
          out.push(finding(d.passport.start, d.passport.end, 'PASSPORT', 0.85, 'passport/gds'));
    if (!idCues || !HINT.test(lower)) return out;
    pushLastFours(input, 'PASSPORT', 0.8, 'passport', out);

    for (const c of codesAfterCues(text, lower, CUES, 40)) {
      const alnum = c.code.replace(/[- ]/g, '');
      if (alnum.length < 6 || alnum.length > 10) continue;
      out.push(finding(c.start, c.end, 'PASSPORT', 0.8, 'passport'));
    }
    for (let at = lower.indexOf('passport'); at >= 0; at = lower.indexOf('passport', at + 1)) {
      const line = nextLineWithin(lower, at, QUESTION_REACH);
      if (line < 0) continue;
      const window = lower.slice(line, line + ANSWER_REACH);
      const lineEnd = window.indexOf('\n');
      const answer = lineEnd < 0 ? window : window.slice(0, lineEnd);
      NAMED_NUMBER.lastIndex = 0;
      const m = NAMED_NUMBER.exec(answer);
      if (m === null) continue;
      const value = m[1] as string;
      const start = line + m.index + m[0].length - value.length;
      out.push(finding(start, start + value.length, 'PASSPORT', 0.8, 'passport'));
    }
    if (lower.includes('pp')) {
      PP_THEN_NUMBER.lastIndex = 0;
      for (let m = PP_THEN_NUMBER.exec(lower); m !== null; m = PP_THEN_NUMBER.exec(lower)) {
        const value = m[1] as string;
        const start = m.index + m[0].length - value.length;
        out.push(finding(start, start + value.length, 'PASSPORT', 0.8, 'passport'));
      }
    }
    return out;
  },
};
