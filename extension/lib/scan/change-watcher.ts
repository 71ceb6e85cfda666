import { type Block, blockOf, OWN_UI_ATTRIBUTE } from './block.ts';
import { collectBlocks } from './collect.ts';
import { measureWork } from './marks.ts';

const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** After the page has loaded, marks the blocks each DOM change touched, in the document and open shadow roots. */
export class ChangeWatcher {
  readonly #observer: MutationObserver;
  readonly #dirty: Set<Block>;
  readonly #onShadowRoot: (shadow: ShadowRoot) => void;
  readonly #onRemoval: () => void;
  readonly #seen = new WeakSet<ShadowRoot>();
  readonly #shadows: ShadowRoot[] = [];
  #on = false;

  /**
   * `onShadowRoot` hears of each shadow root once; `onDirty` after a batch of changes marked blocks;
   * `onRemoval` when a batch removed elements.
   */
  constructor(
    dirty: Set<Block>,
    onShadowRoot: (shadow: ShadowRoot) => void,
    onDirty: () => void,
    onRemoval: () => void,
  ) {
    this.#dirty = dirty;
    this.#onShadowRoot = onShadowRoot;
    this.#onRemoval = onRemoval;
    this.#observer = new MutationObserver((records) => {
      const began = performance.now();
      this.#mark(records);
      measureWork(began);
      if (this.#dirty.size > 0) onDirty();
    });
  }

  /** From here on the DOM changes only by script, and a mutation record per change is cheap enough. */
  start(): void {
    if (this.#on) return;
    this.#on = true;
    this.#observer.observe(document, OPTIONS);
    for (const shadow of this.#shadows) this.#observer.observe(shadow, OPTIONS);
  }

  stop(): void {
    this.#on = false;
    this.#observer.disconnect();
  }

  watchShadow(shadow: ShadowRoot): void {
    if (this.#seen.has(shadow)) return;
    this.#seen.add(shadow);
    this.#shadows.push(shadow);
    if (this.#on) this.#observer.observe(shadow, OPTIONS);
    this.#onShadowRoot(shadow);
  }

  #mark(records: MutationRecord[]): void {
    const onShadow = (shadow: ShadowRoot): void => this.watchShadow(shadow);
    let removedElements = false;
    for (const record of records) {
      const target = record.target;
      if (isOwnUi(target)) continue;
      if (record.type === 'characterData' || record.removedNodes.length > 0) {
        const block = blockOf(target);
        if (block) this.#dirty.add(block);
      }
      if (!removedElements) {
        for (const node of record.removedNodes) removedElements ||= node.nodeType === Node.ELEMENT_NODE;
      }
      for (const node of record.addedNodes) collectBlocks(node, this.#dirty, onShadow);
    }
    if (removedElements) this.#onRemoval();
  }
}

function isOwnUi(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element !== null && element.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null;
}
