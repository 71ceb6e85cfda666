import { STRONG_CUES, WEAK_CUES } from '../data/name-cues.ts';
import { isLetter } from './chars.ts';
import { lookup, wordTable } from './word-filter.ts';

type CueStrength = 'strong' | 'weak';

/**
 * Cues grouped by their last word; a word table maps each last word to its group's index + 1, so a
 * capitalised word checks only a few candidates and the common case (no cue) slices nothing.
 */
const GROUPS: (readonly [cue: string, strength: CueStrength])[][] = [];
const BY_LAST_WORD = (() => {
  const index = new Map<string, number>();
  const weak = new Set(WEAK_CUES);
  for (const cue of STRONG_CUES) {
    const last = cue.slice(cue.lastIndexOf(' ') + 1);
    let k = index.get(last);
    if (k === undefined) {
      k = GROUPS.push([]) - 1;
      index.set(last, k);
    }
    GROUPS[k]?.push([cue, weak.has(cue) ? 'weak' : 'strong']);
  }
  return wordTable([...index].map(([last, k]) => [[last], k + 1] as const));
})();

const isCueChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || c === 46 || c === 58 || c === 39 || c === 0x2019 || c === 45;

/** Whether the words right before `pos` introduce a name, strongly ("my name is") or weakly ("with"). */
export function cueBefore(lower: string, pos: number): CueStrength | null {
  let end = pos;
  const floor = Math.max(0, pos - 6);
  while (end > floor) {
    const c = lower.charCodeAt(end - 1);
    if (c !== 32 && c !== 44 && c !== 10 && c !== 9 && c !== 13) break;
    end--;
  }
  let start = end;
  while (start > 0 && end - start < 12 && isCueChar(lower.charCodeAt(start - 1))) start--;
  if (start === end) return null;
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
