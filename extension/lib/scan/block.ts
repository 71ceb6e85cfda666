/** Elements whose text is never personal information shown to the agent, or is not text at all. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'svg',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

/** Phrasing elements: text in them joins its neighbours, so a value split over spans reads as one. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'OUTPUT',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

/** A block is the unit of scanning: an element (or shadow root) whose inline text is read as one string. */
export type Block = Element | ShadowRoot;

/** Marks the extension's own UI so its text is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-quietline-ui';

export function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.tagName) || element.hasAttribute(OWN_UI_ATTRIBUTE);
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.tagName) && element.shadowRoot === null;
}

/** The block a node's text belongs to, or null when it sits in skipped content. */
export function blockOf(node: Node): Block | null {
  let current: Node | null = node.nodeType === Node.TEXT_NODE ? node.parentNode : node;
  while (current) {
    if (current instanceof ShadowRoot) return current;
    if (!(current instanceof Element)) return null;
    if (isSkipped(current)) return null;
    if (!isInline(current)) return skippedAbove(current) ? null : current;
    current = current.parentNode;
  }
  return null;
}

function skippedAbove(element: Element): boolean {
  for (let up = element.parentElement; up; up = up.parentElement) {
    if (isSkipped(up)) return true;
  }
  return false;
}

/** The element to observe for a block's position on screen. */
export function blockElement(block: Block): Element {
  return block instanceof ShadowRoot ? block.host : block;
}

/** A point in a text node. */
export type Boundary = { node: Text; offset: number };
