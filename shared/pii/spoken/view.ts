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
  const windows: [number, number][] = [];
  for (const r of replacements) {
    const from = Math.max(0, r.start - BEFORE);
    const to = Math.min(original.length, r.end + AFTER);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  let size = 0;
  for (const [from, to] of windows) size += to - from + GAP.length;
  for (const r of replacements) size += r.text.length - (r.end - r.start);
  const startOf = new Int32Array(size);
  const endOf = new Int32Array(size);
  const parts: string[] = [];
  let k = 0;
  const copy = (from: number, to: number): void => {
    parts.push(original.slice(from, to));
    for (let i = from; i < to; i++, k++) {
      startOf[k] = i;
      endOf[k] = i + 1;
    }
  };
  let ri = 0;
  for (const [from, to] of windows) {
    let o = from;
    for (; ri < replacements.length && (replacements[ri] as Replacement).end <= to; ri++) {
      const r = replacements[ri] as Replacement;
      copy(o, r.start);
      parts.push(r.text);
      for (let i = 0; i < r.text.length; i++, k++) {
        startOf[k] = r.start;
        endOf[k] = r.end;
      }
      o = r.end;
    }
    copy(o, to);
    // The separator maps onto the window's end, so nothing found across it can reach past real text.
    parts.push(GAP);
    for (let i = 0; i < GAP.length; i++, k++) {
      startOf[k] = to;
      endOf[k] = to;
    }
  }
  return { text: parts.join(''), startOf, endOf };
}
