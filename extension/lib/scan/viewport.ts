import { type Block, blockElement } from './block.ts';

/**
 * Tracks which blocks are on or near the screen. Only those get live ranges: every registered range is
 * revisited by the browser after each DOM change, so registering the whole page makes every frame slower.
 */
export class NearViewport {
  readonly #observer: IntersectionObserver;
  readonly #blocks = new Map<Element, Set<Block>>();
  #pending = 0;

  constructor(onChange: (block: Block, near: boolean, connected: boolean) => void, onSettled: () => void) {
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
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

  watch(block: Block): void {
    const element = blockElement(block);
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
    const element = blockElement(block);
    const blocks = this.#blocks.get(element);
    if (!blocks) return;
    blocks.delete(block);
    if (blocks.size === 0) {
      this.#blocks.delete(element);
      this.#observer.unobserve(element);
    }
  }

  /** True while a newly watched block's first position report has not arrived. */
  get waiting(): boolean {
    return this.#pending > 0;
  }

  disconnect(): void {
    this.#observer.disconnect();
    this.#blocks.clear();
  }
}
