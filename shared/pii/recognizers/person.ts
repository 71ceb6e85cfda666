import { BRANDS } from '../data/brands.ts';
import { COMMON_WORDS } from '../data/common-words.ts';
import { FIRST_NAMES as LISTED_FIRST_NAMES } from '../data/first-names.ts';
import { FIRST_NAMES_EXTRA } from '../data/first-names-extra.ts';
import {
  NOT_NAMES,
  NOT_PERSON_AFTER,
  ORG_WORDS,
  PARTICLES,
  PLACE_PREFIXES,
  PLACE_WORDS,
} from '../data/name-cues.ts';
import { SURNAMES } from '../data/surnames.ts';
import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { cueBefore } from '../text/name-cue.ts';
import { isNameGap, type NameToken, nameTokens } from '../text/name-tokens.ts';

const MAX_WORDS = 4;
const atLineStart = (text: string, pos: number): boolean =>
  pos === 0 || /\n[ \t>]*$/.test(text.slice(Math.max(0, pos - 4), pos));
/** "Bill speaking", "this is Ann here": how agents and callers name themselves. */
const SELF_NAMED = /^,? (?:speaking|here)\b/;
const SPEAKER_TAIL = /^(?: ?\([^()\n]{1,20}\))?:/;

/** Either list knows the name. */
const FIRST_NAMES: ReadonlySet<string> = new Set([...LISTED_FIRST_NAMES, ...FIRST_NAMES_EXTRA]);

const isCap = (t: NameToken): boolean => t.title || (t.allCaps && FIRST_NAMES.has(t.key));
const isKnownFirst = (key: string): boolean => FIRST_NAMES.has(key) && !COMMON_WORDS.has(key);

/**
 * Person names: runs of capitalised words scored by first-name and surname lists, ordinary-word
 * lists and the cue before them ("my name is", "Mr.", speaker labels). Every capitalised word is not a name.
 */
export const person: Recognizer = {
  label: 'PERSON',
  find({ text, lower }) {
    const toks = nameTokens(text, lower, (k) => FIRST_NAMES.has(k) || SURNAMES.has(k) || PARTICLES.has(k));
    const out: Finding[] = [];
    let i = 0;
    while (i < toks.length) {
      const t = toks[i] as NameToken;
      if (!isCap(t) || NOT_NAMES.has(t.key)) {
        i++;
        continue;
      }
      const next = toks[i + 1];
      // A lone capitalised ordinary word ("The", "What") can never become a name: skip the scoring.
      if (
        COMMON_WORDS.has(t.key) &&
        !FIRST_NAMES.has(t.key) &&
        !(next && isNameGap(text, next) && (isCap(next) || next.initial || PARTICLES.has(next.key)))
      ) {
        i++;
        continue;
      }
      let j = i + 1;
      let words = 1;
      while (j < toks.length && words < MAX_WORDS) {
        const n = toks[j] as NameToken;
        if (!isNameGap(text, n) || NOT_NAMES.has(n.key)) break;
        // A dot joins words only after an initial ("Faina D. Yefremova"); otherwise it ends the sentence.
        if (text.charCodeAt(n.gapStart) === 46 && !(toks[j - 1] as NameToken).initial) break;
        const after = toks[j + 1];
        if (PARTICLES.has(n.key) && !n.title) {
          if (!after?.title || !isNameGap(text, after)) break;
        } else if (!isCap(n) && !n.initial) break;
        if (!n.initial && !PARTICLES.has(n.key)) words++;
        j++;
      }
      const cue = cueBefore(lower, t.start);
      const lastTok = toks[j - 1] as NameToken;
      const speaker =
        atLineStart(text, t.start) && SPEAKER_TAIL.test(text.slice(lastTok.end, lastTok.end + 24));
      const selfNamed = SELF_NAMED.test(text.slice(lastTok.end, lastTok.end + 12));
      const seq = trim(toks.slice(i, j), cue === 'strong' || speaker || selfNamed);
      if (seq.length > 0) {
        const first = seq[0] as NameToken;
        const last = seq[seq.length - 1] as NameToken;
        const score = scoreName(
          seq,
          first === t ? cue : cueBefore(lower, first.start),
          lower,
          text,
          last.end,
        );
        if (score >= 0.5) out.push(finding(first.start, last.end, 'PERSON', Math.min(0.95, score), 'person'));
      }
      i = Math.max(j, i + 1);
    }
    // Loops, not spread arguments: a long text can hold more findings than the call stack takes arguments.
    for (const f of lowerCaseNames(text, lower)) out.push(f);
    for (const f of namesInLowerCaseLines(text)) out.push(f);
    return [...out, ...laterMentions(toks, out, text)];
  },
};

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
function lowerCaseNames(text: string, lower: string): Finding[] {
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
function namesInLowerCaseLines(text: string): Finding[] {
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

/** A name found in full makes its parts names elsewhere in the text: "Asya Godina ... Asya said". */
function laterMentions(toks: readonly NameToken[], found: readonly Finding[], text: string): Finding[] {
  const parts = new Set<string>();
  for (const f of found) {
    const value = text.slice(f.start, f.end);
    if (!value.includes(' ')) continue;
    for (const p of value.toLowerCase().split(/[\s.]+/))
      if (p.length > 2 && !COMMON_WORDS.has(p)) parts.add(p);
  }
  if (parts.size === 0) return [];
  const out: Finding[] = [];
  let k = 0;
  for (const t of toks) {
    while (k < found.length && (found[k] as Finding).end <= t.start) k++;
    const f = found[k];
    if (f && f.start <= t.start) continue;
    if ((t.title || t.allCaps) && parts.has(t.key))
      out.push(finding(t.start, t.end, 'PERSON', 0.7, 'person'));
  }
  return out;
}

/** Drops ordinary capitalised words at either end ("Have", "Thanks") unless they open a full name. */
function trim(seq: NameToken[], cued: boolean): NameToken[] {
  let a = 0;
  // "this is Mark.": a strong cue makes a first name that is also a word a name.
  if (cued && seq[0] && FIRST_NAMES.has(seq[0].key)) return seq;
  let b = seq.length - 1;
  while (a <= b) {
    const t = seq[a] as NameToken;
    const next = seq[a + 1];
    const opensName =
      FIRST_NAMES.has(t.key) && next?.title && (SURNAMES.has(next.key) || !COMMON_WORDS.has(next.key));
    if ((COMMON_WORDS.has(t.key) && !opensName) || t.initial || PARTICLES.has(t.key)) a++;
    else break;
  }
  while (b > a) {
    const t = seq[b] as NameToken;
    if ((COMMON_WORDS.has(t.key) && !SURNAMES.has(t.key)) || PARTICLES.has(t.key) || t.initial) b--;
    else break;
  }
  return seq.slice(a, b + 1);
}

function scoreName(
  seq: readonly NameToken[],
  cue: 'strong' | 'weak' | null,
  lower: string,
  text: string,
  end: number,
): number {
  const words = seq.filter((t) => !t.initial && !PARTICLES.has(t.key));
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return 0;
  if (seq.some((t) => ORG_WORDS.has(t.key))) return 0;
  // Place names: a street word at either end, a place prefix first, or "X de Y" without a given name.
  if (
    PLACE_WORDS.has(last.key) ||
    PLACE_WORDS.has(first.key) ||
    (words.length > 1 && PLACE_PREFIXES.has(first.key))
  )
    return 0;
  if (cue !== 'strong' && seq.some((t) => PARTICLES.has(t.key) && !t.title) && !FIRST_NAMES.has(first.key))
    return 0;
  const pair = words.length >= 2 ? `${first.key} ${(words[1] as NameToken).key}` : '';
  if (BRANDS.has(pair) || (words.length === 1 && BRANDS.has(first.key) && cue !== 'strong')) return 0;
  const firstKnown = FIRST_NAMES.has(first.key);
  // Two-letter words are names only when a list knows them ("Al", "Bo"); unknown ones are codes or noise.
  if (words.some((w) => w.key.length < 3 && !FIRST_NAMES.has(w.key) && !SURNAMES.has(w.key))) return 0;
  const firstCommon = COMMON_WORDS.has(first.key);
  let s = firstKnown && !firstCommon ? 0.5 : firstKnown ? 0.15 : firstCommon ? 0 : 0.1;
  if (words.length >= 2) {
    const lastCommon = COMMON_WORDS.has(last.key);
    s += SURNAMES.has(last.key) ? 0.3 : lastCommon ? -0.1 : 0.2;
    if (!firstKnown && !firstCommon && !lastCommon) s += 0.25;
  } else if (SURNAMES.has(first.key) && !firstCommon) {
    // A known surname alone mid-sentence ("says Murphy") is a name; at a sentence start it may be anything.
    s += /[\n.!?:"]\s*$|^\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start)) ? 0.1 : 0.4;
  }
  if (SELF_NAMED.test(text.slice(end, end + 12))) s += 0.45;
  if (cue === 'strong') s += 0.45;
  else if (cue === 'weak') s += 0.1;
  if (seq.some((t) => t.initial)) s += 0.1;
  // "Mayo-Walters" with no given name is how firms are named; people give a first name too.
  if (words.length === 2 && text.slice(last.gapStart, last.start) === '-' && !firstKnown) s -= 0.3;
  if (seq.some((t) => t.allCaps) && cue !== 'strong') s -= 0.2;
  if (NOT_PERSON_AFTER.has(nextWord(lower, end))) s -= 0.7;
  // A speaker label at the start of a line: "Maria: I can help", "Maria (support): ...".
  if (SPEAKER_TAIL.test(text.slice(end, end + 24)) && atLineStart(text, first.start))
    s += firstKnown ? 0.35 : 0.1;
  return s;
}

function nextWord(lower: string, from: number): string {
  const m = /^[ ]{1,2}([a-z]+)/.exec(lower.slice(from, from + 20));
  return m?.[1] ?? '';
}
