import { type Block, type Boundary, isInline, isSkipped } from './block.ts';
import { fieldLabelOf } from './field-context.ts';

/** A block's text as one string, with where each text node starts in it. */
export type TextView = {
  text: string;
  nodes: Text[];
  starts: number[];
  /** Length of a leading field label that is context for the engine, not part of the block's text. */
  contextLength: number;
};

/** Separates a nested block or line break from its neighbours so values never run across them. */
const BREAK = '\n';

/**
 * Joins the block's own text nodes in document order, descending through inline elements only:
 * `<span>555</span><span>0123</span>` reads as "5550123". Nested blocks get their own view.
 */
export function buildTextView(block: Block): TextView {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const label = fieldLabelOf(block);
  let text = label === null ? '' : `${label}: `;
  const contextLength = text.length;
  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        starts.push(text.length);
        text += data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (isSkipped(element)) continue;
        if (element.tagName === 'BR' || !isInline(element)) {
          if (text.length > contextLength && !text.endsWith(BREAK)) text += BREAK;
          continue;
        }
        visit(element);
      }
    }
  };
  visit(block);
  return { text, nodes, starts, contextLength };
}

/** Index of the last node starting at or before `offset`. */
function nodeIndexAt(view: TextView, offset: number): number {
  let lo = 0;
  let hi = view.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((view.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps [start, end) in the view's text back to DOM boundaries; null when it covers no node's text. */
export function boundariesOf(view: TextView, from: number, end: number): [Boundary, Boundary] | null {
  // Nothing is highlighted in the field label, which belongs to another element.
  const start = Math.max(from, view.contextLength);
  if (view.nodes.length === 0 || end <= start) return null;
  let first = nodeIndexAt(view, start);
  let firstNode = view.nodes[first];
  let firstStart = view.starts[first] ?? 0;
  // A start inside a separator moves to the next node's first character.
  if (firstNode && start >= firstStart + firstNode.data.length) {
    first += 1;
    firstNode = view.nodes[first];
    firstStart = view.starts[first] ?? 0;
  }
  const last = nodeIndexAt(view, end - 1);
  const lastNode = view.nodes[last];
  const lastStart = view.starts[last] ?? 0;
  if (!firstNode || !lastNode || last < first) return null;
  const startOffset = Math.max(0, start - firstStart);
  const endOffset = Math.min(lastNode.data.length, end - lastStart);
  return [
    { node: firstNode, offset: startOffset },
    { node: lastNode, offset: endOffset },
  ];
}
