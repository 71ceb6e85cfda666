import { isLineBreak, isSpace } from './chars.ts';

/** A space-separated word on one line, with trailing punctuation split off. */
export interface LineWord {
  readonly start: number;
  /** End of the word without trailing ",;:!?" (a dot after an abbreviation stays). */
  readonly end: number;
  /** Lower-cased word without any trailing dot or punctuation. */
  readonly key: string;
  /** Punctuation right after the word (",", ".", ":" ...), or "". */
  readonly trail: string;
}

const MAX_WORD = 40;
const TRAIL = /[,;:!?.)"']+$/;

/** Up to `max` words from `from` to the end of its line; each word and the walk are bounded. */
export function lineWords(text: string, from: number, max: number): LineWord[] {
  const out: LineWord[] = [];
  let i = from;
  const n = text.length;
  while (out.length < max && i < n) {
    let gap = 0;
    while (i < n && isSpace(text.charCodeAt(i)) && gap < 4) {
      i++;
      gap++;
    }
    if (i >= n || isLineBreak(text.charCodeAt(i)) || isSpace(text.charCodeAt(i))) break;
    const start = i;
    while (i < n && i - start < MAX_WORD && !isSpace(text.charCodeAt(i)) && !isLineBreak(text.charCodeAt(i)))
      i++;
    const raw = text.slice(start, i);
    const trail = TRAIL.exec(raw)?.[0] ?? '';
    const core = raw.slice(0, raw.length - trail.length);
    const keepDot = trail.startsWith('.') && core.length > 0 && core.length <= 4;
    const end = start + core.length + (keepDot ? 1 : 0);
    out.push({ start, end, key: core.toLowerCase(), trail });
    if (trail.includes(':') || trail.includes('!') || trail.includes('?')) break;
  }
  return out;
}

/** Offset of the start of the next line after `pos`, or -1 when `pos`'s line is the last. */
export function nextLineStart(text: string, pos: number, maxScan = 80): number {
  let i = pos;
  const stop = Math.min(text.length, pos + maxScan);
  while (i < stop && !isLineBreak(text.charCodeAt(i))) i++;
  if (i >= stop) return -1;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
  return i + 1;
}
