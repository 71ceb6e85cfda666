/**
 * A rewritten copy of a text with, for every character, the original span it came from.
 * Findings in the copy map back with `start -> startOf[start]` and `end -> endOf[end - 1]`.
 */
export interface SpokenView {
  readonly text: string;
  readonly startOf: Int32Array;
  readonly endOf: Int32Array;
}

/** Builds a view from original text plus replacements, which must be sorted and non-overlapping. */
export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Context kept around each rewritten stretch: recognizers read cue words up to about 60 characters back. */
const BEFORE = 90;
const AFTER = 40;
const GAP = '\n\n';

/**
 * Builds the view from the original plus replacements (sorted, non-overlapping). Only windows around the
 * replacements are kept, joined by blank lines, so recognizers rescan the rewritten parts, not the whole text.
 */
export function buildView(original: string, replacements: readonly Replacement[]): SpokenView {
  // Windows as flat [from, to, from, to, ...]: merged where they touch.
  const windows: number[] = [];
  for (const r of replacements) {
    const from = Math.max(0, r.start - BEFORE);
    const to = Math.min(original.length, r.end + AFTER);
    const last = windows.length - 1;
    if (last > 0 && from <= (windows[last] as number)) windows[last] = Math.max(windows[last] as number, to);
    else windows.push(from, to);
  }
  let size = 0;
  for (let w = 0; w < windows.length; w += 2)
    size += (windows[w + 1] as number) - (windows[w] as number) + GAP.length;
  for (const r of replacements) size += r.text.length - (r.end - r.start);
  const startOf = new Int32Array(size);
  const endOf = new Int32Array(size);
  let text = '';
  let k = 0;
  let ri = 0;
  for (let w = 0; w < windows.length; w += 2) {
    const from = windows[w] as number;
    const to = windows[w + 1] as number;
    let o = from;
    for (; ri < replacements.length && (replacements[ri] as Replacement).end <= to; ri++) {
      const r = replacements[ri] as Replacement;
      text += original.slice(o, r.start);
      for (let i = o; i < r.start; i++, k++) {
        startOf[k] = i;
        endOf[k] = i + 1;
      }
      text += r.text;
      startOf.fill(r.start, k, k + r.text.length);
      endOf.fill(r.end, k, k + r.text.length);
      k += r.text.length;
      o = r.end;
    }
    text += original.slice(o, to);
    for (let i = o; i < to; i++, k++) {
      startOf[k] = i;
      endOf[k] = i + 1;
    }
    // The separator maps onto the window's end, so nothing found across it can reach past real text.
    text += GAP;
    startOf.fill(to, k, k + GAP.length);
    endOf.fill(to, k, k + GAP.length);
    k += GAP.length;
  }
  return { text, startOf, endOf };
}
