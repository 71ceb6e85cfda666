import { type Block, blockElement } from './block.ts';

/**
 * Tracks which blocks are on or near the screen. Only those get live ranges: every registered range is
 * revisited by the browser after each DOM change, so registering the whole page makes every frame slower.
 * Blocks are observed through a coarser element (their record) where there is one: each observed
 * element also costs a little in every frame.
 */
export class NearViewport {
  readonly #observer: IntersectionObserver;
  readonly #blocks = new Map<Element, Set<Block>>();
  readonly #targets = new Map<Block, Element>();
  readonly #nearElements = new Set<Element>();
  #pending = 0;

  constructor(onChange: (block: Block, near: boolean, connected: boolean) => void, onSettled: () => void) {
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) this.#nearElements.add(entry.target);
          else this.#nearElements.delete(entry.target);
          for (const block of this.#blocks.get(entry.target) ?? []) {
            onChange(block, entry.isIntersecting, entry.target.isConnected);
          }
        }
        this.#pending = 0;
        onSettled();
      },
      { rootMargin: '100% 0px 100% 0px' },
    );
  }

  watch(block: Block, through: Element = blockElement(block)): void {
    const element = through;
    this.#targets.set(block, element);
    const blocks = this.#blocks.get(element);
    if (blocks?.has(block)) return;
    if (blocks) blocks.add(block);
    else {
      this.#blocks.set(element, new Set([block]));
      this.#observer.observe(element);
      this.#pending += 1;
    }
  }

  unwatch(block: Block): void {
    const element = this.#targets.get(block);
    this.#targets.delete(block);
    const blocks = element ? this.#blocks.get(element) : undefined;
    if (!element || !blocks) return;
    blocks.delete(block);
    if (blocks.size === 0) {
      this.#blocks.delete(element);
      this.#nearElements.delete(element);
      this.#observer.unobserve(element);
    }
  }

  isNear(block: Block): boolean {
    const element = this.#targets.get(block);
    return element !== undefined && this.#nearElements.has(element);
  }

  /** True while a newly watched block's first position report has not arrived. */
  get waiting(): boolean {
    return this.#pending > 0;
  }

  disconnect(): void {
    this.#observer.disconnect();
    this.#blocks.clear();
    this.#targets.clear();
    this.#nearElements.clear();
  }
}
