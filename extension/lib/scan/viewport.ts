import { type Block, blockElement } from './block.ts';
import { measureWork } from './marks.ts';

type Entry = { element: Element; blocks: Set<Block> };

/**
 * Tracks which blocks are on or near the screen (half a screen above and below). Only those get live
 * ranges: the browser revisits every registered range after each DOM change, so registering the whole
 * page makes every frame slower. Positions are read only after a scroll, a resize or a change of what
 * is watched; an IntersectionObserver over thousands of records costs a little in every frame instead.
 * Watched elements are kept in document order, which on a call log is also top-to-bottom order, so the
 * window is found by binary search.
 */
export class NearViewport {
  readonly #entries: Entry[] = [];
  readonly #byElement = new Map<Element, Entry>();
  readonly #targets = new Map<Block, Element>();
  #near = new Set<Element>();
  #pending = false;
  /** Set when the page removed nodes, which may have taken watched elements out of the document. */
  #mayHaveDetached = false;
  /** Set when a guess must be corrected before the next frame paints it. */
  #inFrame = false;
  #frame = 0;
  #listening = false;
  readonly #channel = new MessageChannel();
  readonly #resize: ResizeObserver;
  readonly #onChange: (block: Block, near: boolean, connected: boolean) => void;
  readonly #onSettled: (inFrame: boolean) => void;

  /** `onSettled` hears when positions were read; `inFrame` when in a frame, before its layout. */
  constructor(
    onChange: (block: Block, near: boolean, connected: boolean) => void,
    onSettled: (inFrame: boolean) => void,
  ) {
    this.#onChange = onChange;
    this.#onSettled = onSettled;
    this.#channel.port1.onmessage = () => this.#update(false);
    // While the parser appends, the document grows below what is read; reading it then would lay out
    // the partly parsed page once more per frame.
    this.#resize = new ResizeObserver(() => {
      if (document.readyState !== 'loading') this.refresh();
    });
  }

  watch(block: Block, through: Element = blockElement(block)): void {
    this.#listen();
    this.#targets.set(block, through);
    const known = this.#byElement.get(through);
    if (known) {
      known.blocks.add(block);
      return;
    }
    const entry: Entry = { element: through, blocks: new Set([block]) };
    this.#byElement.set(through, entry);
    this.#entries.splice(this.#insertionIndex(through), 0, entry);
    this.refresh();
  }

  unwatch(block: Block): void {
    const element = this.#targets.get(block);
    this.#targets.delete(block);
    const entry = element ? this.#byElement.get(element) : undefined;
    if (!element || !entry) return;
    entry.blocks.delete(block);
    if (entry.blocks.size > 0) return;
    this.#byElement.delete(element);
    this.#near.delete(element);
    const index = this.#entries.indexOf(entry);
    if (index >= 0) this.#entries.splice(index, 1);
  }

  /**
   * Counts a block as near until positions are next read, which corrects the guess either way, in the
   * next frame before it is painted.
   */
  presumeNear(block: Block): void {
    const element = this.#targets.get(block);
    if (!element) return;
    this.#near.add(element);
    this.#inFrame = true;
    this.refresh();
  }

  /**
   * Checking every watched element on each read would cost more than the read on a long page, so that
   * is done once after the page removed elements, in idle time unless positions are read first.
   */
  noteRemoval(): void {
    if (this.#mayHaveDetached) return;
    this.#mayHaveDetached = true;
    requestIdleCallback(() => this.#dropDetached(true), { timeout: 1000 });
  }

  isNear(block: Block): boolean {
    const element = this.#targets.get(block);
    return element !== undefined && this.#near.has(element);
  }

  /** True while positions changed by a watch have not been read yet. */
  get waiting(): boolean {
    return this.#pending;
  }

  /**
   * Reads positions after the next frame, when layout is up to date and reading it costs nothing. After
   * a guess they are read in the frame itself, before it lays out the newly parsed text anyway, so
   * ranges presumed near are corrected before they are painted.
   */
  readonly refresh = (): void => {
    this.#pending = true;
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      if (this.#inFrame) this.#update(true);
      else this.#channel.port2.postMessage(null);
    });
  };

  /** Stops listening and forgets everything; a later `watch` starts afresh. */
  disconnect(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending = false;
    this.#inFrame = false;
    this.#mayHaveDetached = false;
    this.#listening = false;
    this.#resize.disconnect();
    removeEventListener('scroll', this.refresh, { capture: true });
    removeEventListener('resize', this.refresh);
    this.#entries.length = 0;
    this.#byElement.clear();
    this.#targets.clear();
    this.#near.clear();
  }

  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    // Content that grows or shrinks without a scroll (a record added above) also moves the window.
    this.#resize.observe(document.documentElement);
    addEventListener('scroll', this.refresh, { capture: true, passive: true });
    addEventListener('resize', this.refresh, { passive: true });
  }

  #insertionIndex(element: Element): number {
    let lo = 0;
    let hi = this.#entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = this.#entries[mid]?.element;
      const after = other ? other.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING : 1;
      if (after) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  #update(inFrame: boolean): void {
    this.#frame = 0;
    this.#inFrame = false;
    if (!this.#listening) return;
    const began = performance.now();
    this.#dropDetached(false);
    const margin = innerHeight / 2;
    const top = -margin;
    const bottom = innerHeight + margin;
    let lo = 0;
    let hi = this.#entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const rect = this.#entries[mid]?.element.getBoundingClientRect();
      if (rect && rect.bottom < top) lo = mid + 1;
      else hi = mid;
    }
    const near = new Set<Element>();
    for (let i = lo; i < this.#entries.length; i++) {
      const entry = this.#entries[i];
      const rect = entry?.element.getBoundingClientRect();
      if (!entry || !rect || rect.top > bottom) break;
      if (rect.bottom >= top && (rect.width > 0 || rect.height > 0)) near.add(entry.element);
    }
    const before = this.#near;
    this.#near = near;
    for (const element of before) if (!near.has(element)) this.#tell(element, false);
    for (const element of near) if (!before.has(element)) this.#tell(element, true);
    this.#pending = false;
    measureWork(began);
    this.#onSettled(inFrame);
  }

  #dropDetached(measured: boolean): void {
    if (!this.#mayHaveDetached) return;
    const began = performance.now();
    this.#mayHaveDetached = false;
    for (const entry of this.#entries.filter((e) => !e.element.isConnected)) {
      for (const block of [...entry.blocks]) this.#onChange(block, false, false);
    }
    if (measured) measureWork(began);
  }

  #tell(element: Element, near: boolean): void {
    for (const block of this.#byElement.get(element)?.blocks ?? []) this.#onChange(block, near, true);
  }
}
