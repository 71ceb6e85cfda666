import type { Finding } from '../../../shared/pii/finding.ts';
import { recordRootOf } from '../adapter/locate.ts';
import type { RecordsAdapter } from '../adapter/schema.ts';
import type { HighlightSet } from '../highlight/registry.ts';
import { type Block, blockElement, blockOf } from './block.ts';
import { type BlockState, type Hit, placeFindings, rangeOf } from './hits.ts';
import type { TextView } from './text-view.ts';
import { NearViewport } from './viewport.ts';

/**
 * The findings of every scanned block, and their ranges: present in the page's highlights only while
 * the block's record is on or near the screen.
 */
export class FoundBlocks {
  readonly #states = new Map<Block, BlockState>();
  readonly #byId = new Map<number, { state: BlockState; hit: Hit }>();
  readonly #near: NearViewport;
  readonly #adapter: RecordsAdapter;
  readonly #highlights: HighlightSet;

  constructor(
    adapter: RecordsAdapter,
    highlights: HighlightSet,
    onPositionsKnown: (inFrame: boolean) => void,
  ) {
    this.#adapter = adapter;
    this.#highlights = highlights;
    this.#near = new NearViewport(
      (block, near, connected) => this.#onNear(block, near, connected),
      onPositionsKnown,
    );
  }

  /** True while positions changed by newly watched records have not been read yet. */
  get waiting(): boolean {
    return this.#near.waiting;
  }

  /**
   * Replaces a block's findings. `presumeNear`: placed while the top of the page loads, so ranges go in
   * before positions are first read (which takes them out again if the guess was wrong).
   */
  replace(
    block: Block,
    view: TextView,
    findings: readonly Finding[] | undefined,
    presumeNear: boolean,
  ): void {
    const previous = this.#states.get(block);
    const wasNear = previous?.near ?? false;
    if (previous) this.#forget(previous);
    if (!findings || findings.length === 0 || !block.isConnected) return;
    const root = recordRootOf(blockElement(block), this.#adapter);
    const recordId = root?.getAttribute(this.#adapter.idAttribute) ?? null;
    const state: BlockState = { block, hits: placeFindings(view, findings, recordId), near: false };
    if (state.hits.length === 0) return;
    this.#states.set(block, state);
    for (const hit of state.hits) this.#byId.set(hit.id, { state, hit });
    this.#near.watch(block, root ?? blockElement(block));
    // Keeps a re-scanned block on screen painted now instead of a frame later.
    if (presumeNear) this.#near.presumeNear(block);
    if (presumeNear || wasNear || this.#near.isNear(block)) this.#setRanges(state, true);
  }

  /** Reads positions again after the next frame. */
  refreshPositions(): void {
    this.#near.refresh();
  }

  /** The page removed nodes: records watched may be gone. */
  noteRemoval(): void {
    this.#near.noteRemoval();
  }

  forget(block: Block): void {
    const state = this.#states.get(block);
    if (state) this.#forget(state);
  }

  clear(): void {
    for (const state of [...this.#states.values()]) this.#forget(state);
  }

  disconnect(): void {
    this.clear();
    this.#near.disconnect();
  }

  hits(): Hit[] {
    return [...this.#states.values()].flatMap((state) => state.hits);
  }

  hit(id: number): { hit: Hit; element: Element } | null {
    const entry = this.#byId.get(id);
    return entry ? { hit: entry.hit, element: blockElement(entry.state.block) } : null;
  }

  /** The hit under a screen point, looked up in the block of the element under the pointer only. */
  hitAt(target: Node, x: number, y: number): Hit | null {
    const block = blockOf(target);
    const state = block ? this.#states.get(block) : undefined;
    for (const hit of state?.hits ?? []) {
      for (const rect of hit.range?.getClientRects() ?? []) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return hit;
      }
    }
    return null;
  }

  #forget(state: BlockState): void {
    this.#setRanges(state, false);
    for (const hit of state.hits) this.#byId.delete(hit.id);
    this.#states.delete(state.block);
    this.#near.unwatch(state.block);
  }

  #onNear(block: Block, near: boolean, connected: boolean): void {
    const state = this.#states.get(block);
    if (!state) return;
    if (connected) this.#setRanges(state, near);
    else this.#forget(state);
  }

  #setRanges(state: BlockState, near: boolean): void {
    state.near = near;
    for (const hit of state.hits) {
      if (near && !hit.range) {
        hit.range = rangeOf(hit);
        if (hit.range) this.#highlights.add(hit.label, hit.range, !hit.revealed);
      } else if (!near && hit.range) {
        this.#highlights.remove(hit.label, hit.range);
        hit.range = null;
      }
    }
  }
}
