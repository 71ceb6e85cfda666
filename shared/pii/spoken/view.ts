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

export function buildView(original: string, replacements: readonly Replacement[]): SpokenView {
  let size = original.length;
  for (const r of replacements) size += r.text.length - (r.end - r.start);
  const startOf = new Int32Array(size);
  const endOf = new Int32Array(size);
  const parts: string[] = [];
  let o = 0;
  let k = 0;
  const copy = (from: number, to: number): void => {
    parts.push(original.slice(from, to));
    for (let i = from; i < to; i++, k++) {
      startOf[k] = i;
      endOf[k] = i + 1;
    }
  };
  for (const r of replacements) {
    copy(o, r.start);
    parts.push(r.text);
    for (let i = 0; i < r.text.length; i++, k++) {
      startOf[k] = r.start;
      endOf[k] = r.end;
    }
    o = r.end;
  }
  copy(o, original.length);
  return { text: parts.join(''), startOf, endOf };
}
