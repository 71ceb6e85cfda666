import type { Finding } from '../finding.ts';
import { US_STATE_CODES, US_STATE_NAMES } from '../data/us-states.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { hasBefore, NOT_PERSONAL } from '../text/context.ts';
import { wordBefore } from '../text/words.ts';

const ZIP_WORDS = ['zip', 'postal code', 'postcode', 'post code'];

/** ZIP or ZIP+4 standing alone: after "zip code" or a state; inside a street address the address wins. */
export const zip: Recognizer = {
  label: 'ZIP',
  find({ text, lower, chunks }) {
    const out: Finding[] = [];
    for (const c of chunks) {
      const shape = c.groups.join('-');
      if (c.glued || !(shape === '5' || (shape === '5-4' && c.seps[0] === '-'))) continue;
      if (text[c.start] === '(' || text[c.start] === '+') continue;
      let score = 0;
      if (hasBefore(lower, c.start, ZIP_WORDS, 30)) score = 0.85;
      else {
        const w = wordBefore(text, c.start, 3);
        if (w && (US_STATE_CODES.has(w.text) || US_STATE_NAMES.has(w.text.toLowerCase()))) score = 0.6;
      }
      if (score === 0 || hasBefore(lower, c.start, NOT_PERSONAL, 20)) continue;
      out.push(finding(c.start, c.end, 'ZIP', score, 'zip'));
    }
    return out;
  },
};
