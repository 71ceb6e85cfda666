import type { Finding } from '../../../shared/pii/finding.ts';
import type { Block, Boundary } from './block.ts';
import { boundariesOf, type TextView } from './text-view.ts';

/** One finding placed in the page: DOM boundaries plus the live range, present only near the viewport. */
export type Hit = {
  id: number;
  label: Finding['label'];
  score: number;
  value: string;
  recordId: string | null;
  start: Boundary;
  end: Boundary;
  range: Range | null;
  /** Unmasked by a click in screen-share mode. */
  revealed: boolean;
};

export type BlockState = { block: Block; hits: Hit[]; near: boolean };

let nextId = 0;

export function placeFindings(view: TextView, findings: readonly Finding[], recordId: string | null): Hit[] {
  const hits: Hit[] = [];
  for (const finding of findings) {
    const boundaries = boundariesOf(view, finding.start, finding.end);
    if (!boundaries) continue;
    hits.push({
      id: nextId++,
      label: finding.label,
      score: finding.score,
      value: view.text.slice(Math.max(finding.start, view.contextLength), finding.end),
      recordId,
      start: boundaries[0],
      end: boundaries[1],
      range: null,
      revealed: false,
    });
  }
  return hits;
}

/** A live range over the hit, or null when the page changed the text under it since the scan. */
export function rangeOf(hit: Hit): Range | null {
  if (hit.start.offset > hit.start.node.length || hit.end.offset > hit.end.node.length) return null;
  const range = new Range();
  try {
    range.setStart(hit.start.node, hit.start.offset);
    range.setEnd(hit.end.node, hit.end.offset);
  } catch {
    return null;
  }
  return range;
}
