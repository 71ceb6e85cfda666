import { STRONG_CUES, WEAK_CUES } from '../data/name-cues.ts';
import { isLetter } from './chars.ts';

/** Cues indexed by their last word, so each capitalised word checks only a few candidates. */
const BY_LAST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const cue of STRONG_CUES) {
    const last = cue.slice(cue.lastIndexOf(' ') + 1);
    m.set(last, [...(m.get(last) ?? []), cue]);
  }
  return m;
})();

const isCueChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || c === 46 || c === 58 || c === 39 || c === 0x2019 || c === 45;

/** Whether the words right before `pos` introduce a name, strongly ("my name is") or weakly ("with"). */
export function cueBefore(lower: string, pos: number): 'strong' | 'weak' | null {
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
  const candidates = BY_LAST_WORD.get(lower.slice(start, end));
  if (!candidates) return null;
  let best: 'strong' | 'weak' | null = null;
  for (const cue of candidates) {
    const at = end - cue.length;
    if (at < 0 || !lower.startsWith(cue, at)) continue;
    if (at > 0 && isLetter(lower.charCodeAt(at - 1))) continue;
    if (!WEAK_CUES.has(cue)) return 'strong';
    best = 'weak';
  }
  return best;
}
