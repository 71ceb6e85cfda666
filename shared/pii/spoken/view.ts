/**
 * A rewritten copy of a text that remembers where each stretch came from. A finding `[start, end)` in the
 * copy maps back to `[originalStart(view, start), originalEnd(view, end - 1))`.
 */
export interface SpokenView {
  readonly text: string;
  /**
   * Stretches of the copy, flat: [viewStart, originalStart, originalEnd, copied, ...], sorted by viewStart.
   * A copied stretch maps character by character; any other (a replacement, a window separator) maps every
   * character onto the whole original span it stands for.
   */
  readonly segments: readonly number[];
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
/** Numbers per stretch in `SpokenView.segments`. */
const SEGMENT_FIELDS = 4;

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
  // Concatenated piece by piece: most pieces are a digit or two, and a join would walk them all again.
  let text = '';
  const segments: number[] = [];
  let ri = 0;
  for (let w = 0; w < windows.length; w += 2) {
    const from = windows[w] as number;
    const to = windows[w + 1] as number;
    let o = from;
    for (; ri < replacements.length && (replacements[ri] as Replacement).end <= to; ri++) {
      const r = replacements[ri] as Replacement;
      if (r.start > o) {
        segments.push(text.length, o, r.start, 1);
        text += original.slice(o, r.start);
      }
      if (r.text.length > 0) {
        segments.push(text.length, r.start, r.end, 0);
        text += r.text;
      }
      o = r.end;
    }
    if (to > o) {
      segments.push(text.length, o, to, 1);
      text += original.slice(o, to);
    }
    // The separator maps onto the window's end, so nothing found across it can reach past real text.
    segments.push(text.length, to, to, 0);
    text += GAP;
  }
  return { text, segments };
}

/** Index into `segments` of the stretch holding view offset `k` (binary search; k within the text). */
function segmentAt(segments: readonly number[], k: number): number {
  let lo = 0;
  let hi = segments.length / SEGMENT_FIELDS - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid * SEGMENT_FIELDS] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo * SEGMENT_FIELDS;
}

/** Original offset where the character at view offset `k` begins. */
export function originalStart(view: SpokenView, k: number): number {
  const s = segmentAt(view.segments, k);
  const seg = view.segments;
  return seg[s + 3] === 1 ? (seg[s + 1] as number) + k - (seg[s] as number) : (seg[s + 1] as number);
}

/** Original offset just past the character at view offset `k`. */
export function originalEnd(view: SpokenView, k: number): number {
  const s = segmentAt(view.segments, k);
  const seg = view.segments;
  return seg[s + 3] === 1 ? (seg[s + 1] as number) + k - (seg[s] as number) + 1 : (seg[s + 2] as number);
}
