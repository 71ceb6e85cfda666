import {
  LOWER_FIRST_NAME_CUES,
  LOWER_NAMED_CUES,
  LOWER_SURNAME_CUES,
  STRONG_CUES,
  WEAK_CUES,
} from '../data/name-cues.ts';
import { RELATION_NOUNS, RELATION_OWNERS } from '../data/relation-nouns.ts';
import { isLetter } from './chars.ts';
import { fieldNameKeyBefore, jsonNameKeyBefore } from './record-fields.ts';
import { lookup, lookupHashed, type WordTable, wordTable } from './word-filter.ts';
import { phraseEndsAt } from './words.ts';

type CueStrength = 'strong' | 'weak';

/** A cue's last word: the word right before a name, which a scanner reads first. */
const lastWordOf = (cue: string): string => cue.slice(cue.lastIndexOf(' ') + 1);

/**
 * Cues grouped by their last word, in the order given; a word table maps each last word to its group's
 * index + 1, so a candidate checks only the few cues that could end right before it and slices nothing.
 */
function groupByLastWord<K>(cues: readonly (readonly [cue: string, kind: K])[]): {
  groups: (readonly [cue: string, kind: K])[][];
  byLastWord: WordTable;
} {
  const index = new Map<string, number>();
  const groups: (readonly [cue: string, kind: K])[][] = [];
  for (const entry of cues) {
    const last = lastWordOf(entry[0]);
    let k = index.get(last);
    if (k === undefined) {
      k = groups.push([]) - 1;
      index.set(last, k);
    }
    groups[k]?.push(entry);
  }
  return { groups, byLastWord: wordTable([...index].map(([last, k]) => [[last], k + 1] as const)) };
}

/** Capitalised-name cues: a capitalised word checks only a few, and the common case (no cue) slices nothing. */
const WEAK = new Set(WEAK_CUES);
const { groups: GROUPS, byLastWord: BY_LAST_WORD } = groupByLastWord<CueStrength>(
  STRONG_CUES.map((cue) => [cue, WEAK.has(cue) ? 'weak' : 'strong'] as const),
);

const isCueChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || c === 46 || c === 58 || c === 39 || c === 0x2019 || c === 45;
/** A bit for each character a cue's last word may start with. */
const cueCharBit = (c: number): number =>
  c >= 97 && c <= 122
    ? 1 << (c - 97)
    : c === 46
      ? 1 << 26
      : c === 58
        ? 1 << 27
        : c === 39
          ? 1 << 28
          : c === 0x2019
            ? 1 << 29
            : c === 45
              ? 1 << 30
              : 0;
const MAX_CUE_RUN = 12;
/**
 * First characters of the strong and weak cues' last words by length: most words before a capital
 * are ruled out by these without hashing them.
 */
const CUE_STARTS_BY_LENGTH: readonly number[] = (() => {
  const byLength = new Array<number>(MAX_CUE_RUN + 1).fill(0);
  for (const cue of STRONG_CUES) {
    const last = lastWordOf(cue);
    if (last.length <= MAX_CUE_RUN)
      byLength[last.length] = (byLength[last.length] as number) | cueCharBit(last.charCodeAt(0));
  }
  return byLength;
})();

/** Whether the words right before `pos` introduce a name, strongly ("my name is") or weakly ("with"). */
export function cueBefore(lower: string, pos: number): CueStrength | null {
  if (lower.charCodeAt(pos - 1) === 34) {
    // 'cnam="GUTIERREZ ROSA"', 'owner_name="..."': a log's quoted field value.
    if (lower.charCodeAt(pos - 2) === 61) return fieldNameKeyBefore(lower, pos - 2) ? 'strong' : null;
    return jsonNameKeyBefore(lower, pos - 1) ? 'strong' : null;
  }
  let end = pos;
  const floor = Math.max(0, pos - 6);
  while (end > floor) {
    const c = lower.charCodeAt(end - 1);
    if (c !== 32 && c !== 44 && c !== 10 && c !== 9 && c !== 13) break;
    end--;
  }
  // "applicant_first: Will", "name_first=HECTOR": a record's field whose key names a person's name.
  const mark = lower.charCodeAt(end - 1);
  if ((mark === 58 || mark === 61) && fieldNameKeyBefore(lower, end - 1)) return 'strong';
  let start = end;
  while (start > 0 && end - start < MAX_CUE_RUN && isCueChar(lower.charCodeAt(start - 1))) start--;
  if (start === end) return null;
  if (((CUE_STARTS_BY_LENGTH[end - start] as number) & cueCharBit(lower.charCodeAt(start))) === 0)
    return null;
  const k = lookup(BY_LAST_WORD, lower, start, end);
  if (k === 0) return null;
  let best: CueStrength | null = null;
  for (const [cue, strength] of GROUPS[k - 1] ?? []) {
    const at = end - cue.length;
    if (at < 0 || !lower.startsWith(cue, at)) continue;
    if (at > 0 && isLetter(lower.charCodeAt(at - 1))) continue;
    if (strength === 'strong') return 'strong';
    best = 'weak';
  }
  return best;
}

// Cues before lower-case names, as speech-to-text writes them (see lower-case-names.ts).

/**
 * What a lower-case cue introduces: a first name the lists know ("hi maria"), a surname-like word ("dr patel"),
 * or whatever name is said ("my name is oluwaseun adeyemi").
 */
export type LowerCueKind = 'first' | 'surname' | 'named' | 'relation';

/**
 * "my wife joy mcallister", "her son will pemberton": a relation owned by someone, then a first name; one that
 * is also a word ("joy", "will") only with a surname-like word after it. "my wife is joy": said outright.
 */
const LOWER_RELATION_CUES: readonly string[] = RELATION_OWNERS.flatMap((owner) =>
  RELATION_NOUNS.map((noun) => `${owner} ${noun}`),
);
const LOWER_RELATION_NAMED_CUES: readonly string[] = RELATION_NOUNS.map((noun) => `${noun} is`);

/** Lower-case cues; within a group longest first, so "last name is" wins over "name is". */
const LOWER_CUES: readonly (readonly [string, LowerCueKind])[] = [
  ...LOWER_FIRST_NAME_CUES.map((cue) => [cue, 'first'] as const),
  ...LOWER_SURNAME_CUES.map((cue) => [cue, 'surname'] as const),
  ...LOWER_NAMED_CUES.map((cue) => [cue, 'named'] as const),
  ...LOWER_RELATION_NAMED_CUES.map((cue) => [cue, 'named'] as const),
  ...LOWER_RELATION_CUES.map((cue) => [cue, 'relation'] as const),
];
const { groups: CUE_GROUPS, byLastWord: CUES_BY_LAST_WORD } = groupByLastWord<LowerCueKind>([...LOWER_CUES]);
for (const group of CUE_GROUPS) group.sort((a, b) => b[0].length - a[0].length);
const CUE_LAST_WORDS = LOWER_CUES.map(([cue]) => lastWordOf(cue));
/** First letters of the cues' last words by length: most words before a candidate are ruled out by these. */
const CUE_FIRST_LETTERS: readonly number[] = CUE_LAST_WORDS.reduce(
  (byLength, w) => {
    byLength[w.length] = (byLength[w.length] ?? 0) | (1 << (w.charCodeAt(0) - 97));
    return byLength;
  },
  new Array<number>(Math.max(...CUE_LAST_WORDS.map((w) => w.length)) + 1).fill(0),
);

// Relations cue only on lower-case lines, read word by word: on other lines a capitalised name after them is
// read by the capitals' rules ("my wife Joy"), and words as common as "son" would stop the search everywhere.
const LOWER_CUE_WORDS = [
  ...new Set(
    LOWER_CUES.filter(([, kind]) => kind !== 'relation').map(([cue]) =>
      lastWordOf(cue).replace(/[.:]+$/, ''),
    ),
  ),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * A lower-case cue's last word after a character that is no letter (a superset of where the scanner
 * reads one: it checks each hit). Starting with a character class lets the regex engine skip text fast;
 * literal alternatives between single-character checks keep it linear.
 */
const LOWER_CUE_WORD = new RegExp(`[^a-z](?:${LOWER_CUE_WORDS})(?![a-z])`, 'g');
const LOWER_CUE_WORD_FIRST = new RegExp(`(?:${LOWER_CUE_WORDS})(?![a-z])`, 'y');

/** Where the next possible lower-case cue word starts at or after `from` in lower-cased text, or its length. */
export function nextLowerCueWord(lower: string, from: number): number {
  if (from === 0) {
    LOWER_CUE_WORD_FIRST.lastIndex = 0;
    if (LOWER_CUE_WORD_FIRST.test(lower)) return 0;
  }
  LOWER_CUE_WORD.lastIndex = Math.max(0, from - 1);
  const m = LOWER_CUE_WORD.exec(lower);
  return m === null ? lower.length : m.index + 1;
}

/**
 * The cue ending right before `start` (one space or ", " between), by kind, or null. The previous word
 * is `lower[prevStart, prevEnd)`, hashed as word-filter.ts hashes; `prevFirst` is its first letter.
 */
export function lowerCueBefore(
  lower: string,
  start: number,
  prevStart: number,
  prevEnd: number,
  prevHash: number,
  prevFirst: number,
): LowerCueKind | null {
  const len = prevEnd - prevStart;
  if (prevStart < 0 || start - prevEnd > 2 || len >= CUE_FIRST_LETTERS.length) return null;
  // "sr_readback.wav": a word joined on by an underscore is an identifier's part, not a name after its cue.
  if (lower.charCodeAt(start - 1) === 95) return null;
  if (((CUE_FIRST_LETTERS[len] as number) & (1 << (prevFirst - 97))) === 0) return null;
  const k = lookupHashed(CUES_BY_LAST_WORD, prevHash, lower, prevStart, prevEnd);
  if (k === 0) return null;
  for (const [cue, kind] of CUE_GROUPS[k - 1] ?? []) {
    if (!phraseEndsAt(lower, cue, prevEnd)) continue;
    // "nurse: that's okay": a title or a rank before a colon labels the speaker's turn, it names no one.
    return kind === 'surname' && lower.charCodeAt(prevEnd) === 58 ? null : kind;
  }
  return null;
}
