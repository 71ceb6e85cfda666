import { type Block, isInline, isSkipped } from './block.ts';
import { collectBlocks, type ShadowRootSeen } from './collect.ts';

/** Where a node's text goes: a block, nowhere (skipped content), or the document level. */
const SKIPPED = 0;
const TOP = 1;
type Resolved = Block | typeof SKIPPED | typeof TOP;

/**
 * Follows the HTML parser while the page loads: each call walks on in document order from where the
 * last one stopped, so every node is visited once. Watching parser insertions with a MutationObserver
 * instead costs a record per node and, on a long call log, holds the parser up for seconds.
 */
export class ParseFollower {
  #cursor: Node | null = null;
  #resolved = new WeakMap<Node, Resolved>();
  readonly #customHosts = new Set<Element>();
  readonly #into: Set<Block>;
  readonly #onShadow: ShadowRootSeen;

  constructor(into: Set<Block>, onShadow: ShadowRootSeen) {
    this.#into = into;
    this.#onShadow = onShadow;
  }

  /** The last node visited: blocks around it may still be growing. */
  get cursor(): Node | null {
    return this.#cursor;
  }

  reset(): void {
    this.#cursor = null;
    this.#resolved = new WeakMap();
    this.#customHosts.clear();
  }

  /** Drops what was learnt about each node once the walk is over; it costs memory and collection time. */
  release(): void {
    this.#resolved = new WeakMap();
  }

  /** Walks until the end of what the parser has delivered; false when it stopped early for time. */
  walk(timeLeft: () => number): boolean {
    // A cursor a script removed cannot lead on; start over (blocks are a set, so repeats are harmless).
    if (this.#cursor && !this.#cursor.isConnected) this.reset();
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    walker.currentNode = this.#cursor ?? document;
    let visited = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      this.#cursor = node;
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentNode;
        const where = parent ? this.#resolve(parent) : TOP;
        if (typeof where === 'object' && (node as Text).data.trim() !== '') this.#into.add(where);
      } else {
        this.#visitElement(node as Element);
      }
      if ((++visited & 1023) === 0 && timeLeft() <= 0) return false;
    }
    return true;
  }

  /** Custom elements often attach their shadow root only once defined, after the walk passed them. */
  sweepHosts(): void {
    for (const host of this.#customHosts) {
      if (!host.shadowRoot) continue;
      this.#customHosts.delete(host);
      this.#onShadow(host.shadowRoot);
      collectBlocks(host.shadowRoot, this.#into, this.#onShadow);
    }
  }

  #visitElement(element: Element): void {
    if (element.shadowRoot) {
      this.#onShadow(element.shadowRoot);
      collectBlocks(element.shadowRoot, this.#into, this.#onShadow);
    } else if (element.localName.includes('-')) {
      this.#customHosts.add(element);
    }
  }

  #resolve(node: Node): Resolved {
    const known = this.#resolved.get(node);
    if (known !== undefined) return known;
    let result: Resolved;
    if (node instanceof ShadowRoot) result = node;
    else if (!(node instanceof Element)) result = TOP;
    else if (isSkipped(node)) result = SKIPPED;
    else {
      const above = node.parentNode ? this.#resolve(node.parentNode) : TOP;
      result = above === SKIPPED ? SKIPPED : isInline(node) && above !== TOP ? above : node;
    }
    this.#resolved.set(node, result);
    return result;
  }
}
