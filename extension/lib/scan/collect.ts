import { type Block, blockOf, isInline, isSkipped } from './block.ts';

export type ShadowRootSeen = (shadow: ShadowRoot) => void;

/**
 * Adds to `into` every block holding text under `root` (a node just added or changed), and reports open
 * shadow roots found on the way so the caller can watch and style them.
 */
export function collectBlocks(root: Node, into: Set<Block>, onShadowRoot: ShadowRootSeen): void {
  if (root.nodeType === Node.DOCUMENT_NODE) {
    const element = (root as Document).documentElement;
    if (element) visit(element, element, into, onShadowRoot);
    return;
  }
  if (root instanceof ShadowRoot) {
    visit(root, root, into, onShadowRoot);
    return;
  }
  const block = blockOf(root);
  if (block === null) return;
  if (root.nodeType === Node.TEXT_NODE) {
    if ((root as Text).data.trim() !== '') into.add(block);
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE) visit(root, block, into, onShadowRoot);
}

/** Walks children, carrying the enclosing block down so no node needs an ancestor walk. */
function visit(parent: Node, block: Block, into: Set<Block>, onShadowRoot: ShadowRootSeen): void {
  if (parent instanceof Element && parent.shadowRoot) {
    onShadowRoot(parent.shadowRoot);
    visit(parent.shadowRoot, parent.shadowRoot, into, onShadowRoot);
  }
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      if (!into.has(block) && (child as Text).data.trim() !== '') into.add(block);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (isSkipped(element)) continue;
      visit(element, isInline(element) ? block : element, into, onShadowRoot);
    }
  }
}
