import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isAsciiLower } from './chars.ts';
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

const HYPHEN_SPELLED = /(?<![A-Za-z-])(?:[A-Z]-){3,20}[A-Z](?![A-Za-z-])/g;
/** Read in the lower-cased text; spellings in capitals are read above, with no cue needed. */
const LOWER_HYPHEN_SPELLED = /(?<![a-z-])(?:[a-z]-){3,20}[a-z](?![a-z-])/g;
/** A name asked for or given just before, or "that's" confirming the word said before it. */
const NAME_WORD = /name|spell|that's $|that is $/;
const NAME_REACH = 30;
/** "s-u-n-i-t-a dot b-a-l-a at ...": an address spelled out, not a name. */
const EMAIL_SPELLING_AFTER = /^ (?:dot|at) /;

/**
 * Names spelled with hyphens: "Shah, S-H-A-H" in capitals anywhere; "last name is p-r-z-y-b-y-l-s-k-i" in lower case
 * only where a name is asked for or given just before. Added to `out`.
 */
export function hyphenSpelledNames(text: string, lower: string, out: Finding[]): void {
  if (hasCapitalHyphenCapital(text)) {
    for (const m of text.matchAll(HYPHEN_SPELLED))
      out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.6, 'person'));
  }
  if (!text.includes('-')) return;
  for (const m of lower.matchAll(LOWER_HYPHEN_SPELLED))
    if (
      isAsciiLower(text.charCodeAt(m.index)) &&
      NAME_WORD.test(lower.slice(Math.max(0, m.index - NAME_REACH), m.index)) &&
      !EMAIL_SPELLING_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 5))
    )
      out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.6, 'person'));
}

/** "S-H": the least a hyphen-spelled name holds, checked before the regex runs over the text. */
function hasCapitalHyphenCapital(text: string): boolean {
  for (let i = text.indexOf('-', 1); i >= 0; i = text.indexOf('-', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (before >= 65 && before <= 90 && after >= 65 && after <= 90) return true;
  }
  return false;
}
