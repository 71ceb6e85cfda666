import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { hasBefore, NOT_PERSONAL } from '../text/context.ts';
import { ssnValid } from '../validators/ssn.ts';

const SSN_WORDS = ['ssn', 'social', 'security number', 'ss#', 'ss #', 'tax id', 'tin', 'itin'];

export const ssn: Recognizer = {
  label: 'SSN',
  needsDigit: true,
  find(input) {
    const { lower, chunks, text } = input;
    const out: Finding[] = [];
    for (const c of chunks) {
      if (c.digits.length !== 9 || c.glued || text[c.start] === '(' || text[c.start] === '+') continue;
      if (!ssnValid(c.digits)) continue;
      const shape = c.groups.join('-');
      const context = hasBefore(lower, c.start, SSN_WORDS, 50);
      let score: number;
      if (shape === '3-2-4' && c.seps[0] === c.seps[1] && (c.seps[0] === '-' || c.seps[0] === ' ')) {
        score = c.seps[0] === '-' ? 0.85 : 0.6;
      } else if (shape === '9' || shape === '3-2-4') score = 0.35;
      else if (input.spoken) score = 0.3;
      else continue;
      if (context) score += 0.3;
      else if (hasBefore(lower, c.start, NOT_PERSONAL, 30)) score -= 0.5;
      out.push(finding(c.start, c.end, 'SSN', score, 'ssn'));
    }
    for (const m of input.lastFour) {
      if (m.label === 'SSN') out.push(finding(m.start, m.end, 'SSN', 0.8, 'ssn', true));
    }
    return out;
  },
};
