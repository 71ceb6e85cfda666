import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { answerStart, nextLineWithin } from './next-turn.ts';

/** Names spelled letter by letter in lower-case speech ("last name is smith, spelled s m i t h"). */

const SPELL_CUES = ['spelled ', 'spell it ', 'spelling is ', "that's spelled "];
/** Three or more letters said one at a time: "s m i t h", "k-o-w-a-l". */
const SPELLED_LETTERS = /^(?:[a-z][ .-]{1,2}){2,24}[a-z](?![a-z])/;
/** "can you spell your last name": the question, with "name" later on its line. */
const SPELL_NAME_QUESTION = /spell[a-z]* (?:[a-z']+ ){0,4}?name\b[^\n]{0,40}$/;

/** "last name is smith, spelled s m i t h": the spelled letters are the name too. */
export function spelledNames(lower: string): Finding[] {
  const out: Finding[] = [];
  for (const cue of SPELL_CUES) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(cue, from);
      if (at < 0) break;
      from = at + cue.length;
      const m = SPELLED_LETTERS.exec(lower.slice(from, from + 80));
      if (m) out.push(finding(from, from + m[0].length, 'PERSON', 0.7, 'person'));
    }
  }
  for (const f of spelledAnswers(lower)) out.push(f);
  return out;
}

/** "AGENT: can you spell your last name" then "CALLER: k o w a l c z y k": the answer on the next turn. */
function spelledAnswers(lower: string): Finding[] {
  const out: Finding[] = [];
  for (let at = lower.indexOf('spell'); at >= 0; at = lower.indexOf('spell', at + 5)) {
    const next = nextLineWithin(lower, at, 80);
    if (next < 0 || !SPELL_NAME_QUESTION.test(lower.slice(at, next - 1))) continue;
    const start = answerStart(lower, next);
    const m = SPELLED_LETTERS.exec(lower.slice(start, start + 80));
    if (m) out.push(finding(start, start + m[0].length, 'PERSON', 0.7, 'person'));
  }
  return out;
}
