import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { mayContain, wordFilter } from './word-filter.ts';
import { COMMON, FIRST, flagsOf, NOT_NAME, SURNAME, wordsWith } from './word-flags.ts';

/** Names as speech-to-text writes them: lower case, after a cue, on lower-case lines, or spelled out. */

/** Cues before a lower-case first name ("my name is maria", "calling for robert"). */
const FIRST_NAME_CUES = [
  'calling for',
  'message for',
  'looking for',
  'ask for',
  'asking for',
  'speak to',
  'speak with',
  'talk to',
  'transfer you to',
  'hi',
  'hello',
  'hey',
  'thanks',
  'thank you',
  "it's",
  'im',
  'my name is',
  'name is',
  "name's",
  'this is',
  "i'm",
  'i am',
  'speaking with',
  'spoke with',
  'spoke to',
];
/** Cues before a lower-case surname ("dr patel", "last name is okafor"). */
const SURNAME_CUES = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'miss',
  'last name is',
  'surname is',
  'family name is',
  'last name:',
];

type CueKind = 'first' | 'surname';

/** Cues by their last word, so a candidate checks only the few cues that could end right before it. */
const CUES_BY_LAST_WORD: ReadonlyMap<string, readonly (readonly [string, CueKind])[]> = (() => {
  const m = new Map<string, [string, CueKind][]>();
  const add = (cue: string, kind: CueKind): void => {
    const last = cue.slice(cue.lastIndexOf(' ') + 1);
    m.set(last, [...(m.get(last) ?? []), [cue, kind]]);
  };
  for (const c of FIRST_NAME_CUES) add(c, 'first');
  for (const c of SURNAME_CUES) add(c, 'surname');
  // Longest first: "last name is" must win over "name is".
  for (const list of m.values()) list.sort((a, b) => b[0].length - a[0].length);
  return m;
})();

/** Lower-case first names (listed, not ordinary words, not place or day names) and cue last words. */
const FIRST_NAME_FILTER = wordFilter(wordsWith(FIRST, COMMON | NOT_NAME));
const CUE_FILTER = wordFilter(CUES_BY_LAST_WORD.keys());

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isWordCode = (c: number): boolean =>
  isLowerAscii(c) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019;
const MAX_WORD = 20;
const HYPHEN_SPELLED = /(?<![A-Za-z-])(?:[A-Z]-){3,20}[A-Z](?![A-Za-z-])/g;

/** The cue ending right before `start` (one space or ", " between), by kind, or null. */
function cueKindBefore(lower: string, start: number, prevStart: number, prevEnd: number): CueKind | null {
  if (prevStart < 0 || start - prevEnd > 2 || !mayContain(CUE_FILTER, lower, prevStart, prevEnd)) return null;
  const candidates = CUES_BY_LAST_WORD.get(lower.slice(prevStart, prevEnd));
  if (!candidates) return null;
  for (const [cue, kind] of candidates) {
    const at = prevEnd - cue.length;
    if (at >= 0 && lower.startsWith(cue, at) && (at === 0 || !isLowerAscii(lower.charCodeAt(at - 1))))
      return kind;
  }
  return null;
}

/** Whether the line from `pos` (after any short "Speaker:" label) has no capital letter. */
function lineIsLower(text: string, pos: number): boolean {
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  const label = text.slice(pos, Math.min(end, pos + 30)).indexOf(': ');
  return !/[A-Z\u00c0-\u00de]/.test(text.slice(label >= 0 ? pos + label + 2 : pos, end));
}

/**
 * One pass over the words: a known first name that is not an ordinary word is a name after a cue
 * ("my name is maria garcia") or anywhere on a line with no capitals (speech-to-text writes whole turns
 * in lower case); a surname-like word after a title is one too ("dr patel"). Linear time.
 */
export function lowerCaseNames(text: string, lower: string): Finding[] {
  const out: Finding[] = [];
  const n = text.length;
  let lowerLine = lineIsLower(text, 0);
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lowerLine = lineIsLower(text, i + 1);
      prevStart = -1;
      i++;
      continue;
    }
    if (!isWordCode(c) || c === 39 || c === 0x2019) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < n &&
      (isWordCode(text.charCodeAt(i)) ||
        (text.charCodeAt(i) === 46 &&
          i - start <= 3 &&
          !isWordCode(text.charCodeAt(i + 1)) &&
          text.charCodeAt(i + 1) !== 10))
    )
      i++;
    let end = i;
    if (text.charCodeAt(end - 1) === 46) end--;
    const len = end - start;
    const candidate = isLowerAscii(c) && len >= 3 && len <= MAX_WORD;
    const cue = candidate ? cueKindBefore(lower, start, prevStart, prevEnd) : null;
    // A name is a listed first name (after a cue or on a lower-case line) or a word after a surname cue;
    // the bit filter rules out most other words before any slice or map lookup.
    const listed =
      candidate && (cue !== null || lowerLine) && mayContain(FIRST_NAME_FILTER, text, start, end);
    if (listed || cue === 'surname') {
      const key = text.slice(start, end);
      const flags = flagsOf(key);
      if ((flags & (FIRST | COMMON | NOT_NAME)) === FIRST) {
        const stop = withSurname(text, end);
        out.push(finding(start, stop, 'PERSON', cue !== null ? 0.8 : 0.55, 'person'));
        prevStart = start;
        prevEnd = stop;
        i = stop;
        continue;
      } else if (cue === 'surname' && (flags & (COMMON | NOT_NAME)) === 0) {
        out.push(finding(start, end, 'PERSON', 0.75, 'person'));
      }
    }
    prevStart = start;
    prevEnd = end;
  }
  if (lower.includes('spell')) for (const f of spelledNames(lower)) out.push(f);
  // "Shah, S-H-A-H": a name confirmed letter by letter in capitals.
  if (text.includes('-')) {
    for (const m of text.matchAll(HYPHEN_SPELLED))
      out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.6, 'person'));
  }
  return out;
}

/** End of the name after a first name ending at `end`: a surname (after an optional middle initial), if any. */
function withSurname(text: string, end: number): number {
  let at = end;
  // "emidio p lombardo": skip a one-letter middle initial.
  if (text.charCodeAt(at) === 32 && isLowerAscii(text.charCodeAt(at + 1)) && text.charCodeAt(at + 2) === 32)
    at += 2;
  if (text.charCodeAt(at) !== 32 || !isLowerAscii(text.charCodeAt(at + 1))) return end;
  let j = at + 1;
  while (j < text.length && j - at <= MAX_WORD && isWordCode(text.charCodeAt(j))) j++;
  const word = text.slice(at + 1, j);
  const flags = flagsOf(word);
  const surname = (flags & SURNAME) !== 0 || ((flags & (COMMON | NOT_NAME)) === 0 && word.length > 3);
  return surname ? j : end;
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
