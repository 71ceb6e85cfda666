import { COMMON_WORDS } from '../data/common-words.ts';
import { NOT_NAMES } from '../data/name-cues.ts';
import { SURNAMES } from '../data/surnames.ts';
import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isKnownFirst } from './name-lists.ts';

/** Names as speech-to-text writes them: lower case, after a cue, on lower-case lines, or spelled out. */

const SPOKEN_CUES = [
  'calling for ',
  'message for ',
  'looking for ',
  'ask for ',
  'asking for ',
  'speak to ',
  'speak with ',
  'talk to ',
  'transfer you to ',
  'hi ',
  'hello ',
  'hey ',
  'thanks ',
  'thank you ',
  "it's ",
  'im ',
  'my name is ',
  'name is ',
  "name's ",
  'this is ',
  "i'm ",
  'i am ',
  'speaking with ',
  'spoke with ',
  'spoke to ',
];
const WORD = /^[a-z][a-z'-]{1,20}/;
const TITLES = [
  'mr ',
  'mrs ',
  'ms ',
  'dr ',
  'mr. ',
  'mrs. ',
  'ms. ',
  'dr. ',
  'miss ',
  'last name is ',
  'surname is ',
  'family name is ',
  'last name: ',
];
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every cue in one alternation, longest first, so one regex pass finds them all (matchAll copies it). */
const CUE_PATTERN = new RegExp(
  `(?<![a-z])(?:${[...SPOKEN_CUES, ...TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})`,
  'g',
);
const HYPHEN_SPELLED = /(?<![A-Za-z-])(?:[A-Z]-){3,20}[A-Z](?![A-Za-z-])/g;
const TITLE_SET: ReadonlySet<string> = new Set(TITLES);

/** Speech-to-text writes names in lower case: after "my name is" a known first name (and surname) is a name. */
export function lowerCaseNames(text: string, lower: string): Finding[] {
  const out: Finding[] = [];
  for (const m of lower.matchAll(CUE_PATTERN)) {
    const from = m.index + m[0].length;
    const word = WORD.exec(text.slice(from, from + 22))?.[0];
    if (!word) continue;
    if (TITLE_SET.has(m[0])) {
      // "dr patel", "last name is okafor": a title or surname cue before a surname-like word.
      if (!COMMON_WORDS.has(word) && !NOT_NAMES.has(word) && word.length >= 3)
        out.push(finding(from, from + word.length, 'PERSON', 0.75, 'person'));
      continue;
    }
    if (!isKnownFirst(word)) continue;
    let end = from + word.length;
    const second = WORD.exec(text.slice(end + 1, end + 23))?.[0];
    if (
      text.charAt(end) === ' ' &&
      second &&
      (SURNAMES.has(second) || (!COMMON_WORDS.has(second) && !NOT_NAMES.has(second) && second.length > 3))
    )
      end += 1 + second.length;
    out.push(finding(from, end, 'PERSON', 0.8, 'person'));
  }
  if (lower.includes('spell')) for (const f of spelledNames(lower)) out.push(f);
  // "Shah, S-H-A-H": a name confirmed letter by letter in capitals.
  if (text.includes('-'))
    for (const m of text.matchAll(HYPHEN_SPELLED))
      out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.6, 'person'));
  return out;
}

const LOWER_WORD = /[a-z][a-z'-]*/;

/**
 * Speech-to-text often writes whole turns in lower case. On a line with no capital letter (after any
 * "Speaker:" label), a known first name that is not an ordinary word starts a name.
 */
export function namesInLowerCaseLines(text: string): Finding[] {
  const out: Finding[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // A speaker label is short: look for its colon only near the line start (never past the line).
    const colon = text.slice(lineStart, Math.min(lineEnd, lineStart + 30)).indexOf(': ');
    const bodyStart = colon >= 0 ? lineStart + colon + 2 : lineStart;
    const body = text.slice(bodyStart, lineEnd);
    if (body.length > 0 && !/[A-Z\u00c0-\u00de]/.test(body)) {
      // Streamed with exec, never materialised: a long line of words must not become a long array.
      const re = new RegExp(LOWER_WORD.source, 'g');
      for (let w = re.exec(body); w; w = re.exec(body)) {
        if (w[0].length < 3 || !isKnownFirst(w[0]) || NOT_NAMES.has(w[0])) continue;
        const start = w.index;
        let end = start + w[0].length;
        const resume = re.lastIndex;
        let next = re.exec(body);
        // "emidio p lombardo": a middle initial, then the surname.
        if (next && next[0].length === 1 && next.index === end + 1) {
          const initialAt = next.index;
          const after = re.exec(body);
          if (after && after.index <= initialAt + 3 && !COMMON_WORDS.has(after[0])) next = after;
        }
        const joins =
          next !== null &&
          next.index - end <= 3 &&
          (SURNAMES.has(next[0]) ||
            (!COMMON_WORDS.has(next[0]) && next[0].length > 3 && !NOT_NAMES.has(next[0])));
        if (joins && next) end = next.index + next[0].length;
        else re.lastIndex = resume;
        out.push(finding(bodyStart + start, bodyStart + end, 'PERSON', 0.55, 'person'));
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const SPELL_CUES = ['spelled ', 'spell it ', 'spelling is ', "that's spelled "];

/** "last name is smith, spelled s m i t h": the spelled letters are the name too. */
function spelledNames(lower: string): Finding[] {
  const out: Finding[] = [];
  for (const cue of SPELL_CUES) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(cue, from);
      if (at < 0) break;
      from = at + cue.length;
      const m = /^(?:[a-z][ .-]{1,2}){2,24}[a-z](?![a-z])/.exec(lower.slice(from, from + 80));
      if (m) out.push(finding(from, from + m[0].length, 'PERSON', 0.7, 'person'));
    }
  }
  return out;
}
