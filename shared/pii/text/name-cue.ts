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

const LAST_WORD = /[a-z.:'\u2019-]{1,12}$/;

/** Whether the words right before `pos` introduce a name, strongly ("my name is") or weakly ("with"). */
export function cueBefore(lower: string, pos: number): 'strong' | 'weak' | null {
  let end = pos;
  const floor = Math.max(0, pos - 40);
  while (end > floor && /[\s,]/.test(lower.charAt(end - 1))) end--;
  const before = lower.slice(floor, end);
  const last = LAST_WORD.exec(before.slice(-12))?.[0];
  const candidates = last === undefined ? undefined : BY_LAST_WORD.get(last);
  if (!candidates) return null;
  let best: 'strong' | 'weak' | null = null;
  for (const cue of candidates) {
    if (!before.endsWith(cue)) continue;
    const at = before.length - cue.length;
    if (at > 0 && isLetter(before.charCodeAt(at - 1))) continue;
    if (!WEAK_CUES.has(cue)) return 'strong';
    best = 'weak';
  }
  return best;
}
