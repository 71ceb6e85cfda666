import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { codeAt } from './chars.ts';
import { HASH_SEED, hashRange, hashStep, lookupHashed, wordTable } from './word-filter.ts';
import { COMMON, FIRST, flagsAt, flagsHashed, NOT_NAME, SURNAME } from './word-flags.ts';

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

/**
 * Cues grouped by their last word, longest first; a word table maps each last word to its group's
 * index + 1, so a candidate checks only the few cues that could end right before it and slices nothing.
 */
const CUE_GROUPS: (readonly [cue: string, kind: CueKind])[][] = [];
const CUES_BY_LAST_WORD = (() => {
  const index = new Map<string, number>();
  const add = (cue: string, kind: CueKind): void => {
    const last = cue.slice(cue.lastIndexOf(' ') + 1);
    let k = index.get(last);
    if (k === undefined) {
      k = CUE_GROUPS.push([]) - 1;
      index.set(last, k);
    }
    CUE_GROUPS[k]?.push([cue, kind]);
  };
  for (const c of FIRST_NAME_CUES) add(c, 'first');
  for (const c of SURNAME_CUES) add(c, 'surname');
  // Longest first: "last name is" must win over "name is".
  for (const group of CUE_GROUPS) group.sort((a, b) => b[0].length - a[0].length);
  return wordTable([...index].map(([last, k]) => [[last], k + 1] as const));
})();
/** Lengths and first letters of the cues' last words: most words before a candidate are ruled out by these. */
const CUE_LAST_WORDS = [...FIRST_NAME_CUES, ...SURNAME_CUES].map((cue) =>
  cue.slice(cue.lastIndexOf(' ') + 1),
);
const CUE_WORD_MIN = Math.min(...CUE_LAST_WORDS.map((w) => w.length));
const CUE_WORD_MAX = Math.max(...CUE_LAST_WORDS.map((w) => w.length));
const CUE_FIRST_LETTERS = CUE_LAST_WORDS.reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 97)), 0);

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiLetter = (c: number): boolean => isLowerAscii(c) || (c >= 65 && c <= 90);
const isWordCode = (c: number): boolean => isAsciiLetter(c) || c === 39 || c === 0x2019;
const MAX_WORD = 20;
const HYPHEN_SPELLED = /(?<![A-Za-z-])(?:[A-Z]-){3,20}[A-Z](?![A-Za-z-])/g;

/**
 * The cue ending right before `start` (one space or ", " between), by kind, or null. The previous word
 * is `lower[prevStart, prevEnd)`, hashed as word-filter.ts hashes; `prevFirst` is its first letter.
 */
function cueKindBefore(
  lower: string,
  start: number,
  prevStart: number,
  prevEnd: number,
  prevHash: number,
  prevFirst: number,
): CueKind | null {
  const len = prevEnd - prevStart;
  if (prevStart < 0 || start - prevEnd > 2 || len < CUE_WORD_MIN || len > CUE_WORD_MAX) return null;
  if ((CUE_FIRST_LETTERS & (1 << (prevFirst - 97))) === 0) return null;
  const k = lookupHashed(CUES_BY_LAST_WORD, prevHash, lower, prevStart, prevEnd);
  if (k === 0) return null;
  for (const [cue, kind] of CUE_GROUPS[k - 1] ?? []) {
    const at = prevEnd - cue.length;
    if (at >= 0 && lower.startsWith(cue, at) && (at === 0 || !isLowerAscii(lower.charCodeAt(at - 1))))
      return kind;
  }
  return null;
}

/** The first capital or line break at or after `lastIndex`; the regex engine skips the rest fast. */
const CAPITAL_OR_BREAK = /[A-Z\u00c0-\u00de\n]/g;

/** Whether the line from `pos` (after any short "Speaker:" label) has no capital letter. */
function lineIsLower(text: string, pos: number): boolean {
  // The label's ": " must lie within the line's first 30 characters.
  const labelStop = Math.min(text.length, pos + 30) - 1;
  let from = pos;
  for (let i = pos; i < labelStop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 58 && text.charCodeAt(i + 1) === 32) {
      from = i + 2;
      break;
    }
  }
  CAPITAL_OR_BREAK.lastIndex = from;
  return !CAPITAL_OR_BREAK.test(text) || text.charCodeAt(CAPITAL_OR_BREAK.lastIndex - 1) === 10;
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
  let prevHash = 0;
  let prevFirst = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lowerLine = lineIsLower(text, i + 1);
      prevStart = -1;
      i++;
      continue;
    }
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    const first = c | 32;
    // The lower-cased word's hash, read along the way, so the lists are asked without reading it again;
    // a word with a capital is on no list (they hold lower-case words) but may still be a cue.
    let hash = hashStep(HASH_SEED, first);
    let hashBeforeLast = HASH_SEED;
    let capitals = c === first ? 0 : 1;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!isWordCode(d) && !(d === 46 && i - start <= 3 && dotStaysAt(text, i))) break;
      const l = d >= 65 && d <= 90 ? d + 32 : d;
      if (l !== d) capitals++;
      hashBeforeLast = hash;
      hash = hashStep(hash, l);
      i++;
    }
    // "dr.": the dot is read with the word but is no part of it.
    const dotted = text.charCodeAt(i - 1) === 46;
    const end = dotted ? i - 1 : i;
    const keyHash = dotted ? hashBeforeLast : hash;
    const len = end - start;
    if (c === first && len >= 3 && len <= MAX_WORD) {
      const cue = cueKindBefore(lower, start, prevStart, prevEnd, prevHash, prevFirst);
      // A name is a listed first name (after a cue or on a lower-case line) or a word after a surname cue.
      if (cue !== null || lowerLine) {
        const flags = capitals > 0 ? 0 : flagsHashed(keyHash, text, start, end);
        if ((flags & (FIRST | COMMON | NOT_NAME)) === FIRST) {
          const stop = withSurname(text, end);
          out.push(finding(start, stop, 'PERSON', cue !== null ? 0.8 : 0.55, 'person'));
          prevStart = start;
          prevEnd = stop;
          prevHash = hashRange(lower, start, stop);
          prevFirst = first;
          i = stop;
          continue;
        } else if (cue === 'surname' && (flags & (COMMON | NOT_NAME)) === 0) {
          out.push(finding(start, end, 'PERSON', 0.75, 'person'));
        }
      }
    }
    prevStart = start;
    prevEnd = end;
    prevHash = keyHash;
    prevFirst = first;
  }
  if (lower.includes('spell')) for (const f of spelledNames(lower)) out.push(f);
  // "Shah, S-H-A-H": a name confirmed letter by letter in capitals.
  if (hasCapitalHyphenCapital(text)) {
    for (const m of text.matchAll(HYPHEN_SPELLED))
      out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.6, 'person'));
  }
  return out;
}

/**
 * Whether the dot at `i` (after a word of at most three characters) stays with it, as in "dr." or
 * "mrs.": not when a word or a line break follows right away. Reads stay inside the text: one read
 * past the end makes V8 recompile the loop for NaN codes.
 */
function dotStaysAt(text: string, i: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  return !isWordCode(next) && next !== 10;
}

/** End of the name after a first name ending at `end`: a surname (after an optional middle initial), if any. */
function withSurname(text: string, end: number): number {
  let at = end;
  // "emidio p lombardo": skip a one-letter middle initial.
  if (codeAt(text, at) === 32 && isLowerAscii(codeAt(text, at + 1)) && codeAt(text, at + 2) === 32) at += 2;
  if (codeAt(text, at) !== 32 || !isLowerAscii(codeAt(text, at + 1))) return end;
  let j = at + 1;
  while (j < text.length && j - at <= MAX_WORD && isWordCode(text.charCodeAt(j))) j++;
  const flags = flagsAt(text, at + 1, j);
  const surname = (flags & SURNAME) !== 0 || ((flags & (COMMON | NOT_NAME)) === 0 && j - at - 1 > 3);
  return surname ? j : end;
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
