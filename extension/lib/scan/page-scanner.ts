import type { Finding } from '../../../shared/pii/finding.ts';
import { isIgnored, recordOf } from '../adapter/locate.ts';
import type { RecordsAdapter } from '../adapter/schema.ts';
import type { HighlightSet } from '../highlight/registry.ts';
import { type Block, blockOf, OWN_UI_ATTRIBUTE } from './block.ts';
import { collectBlocks } from './collect.ts';
import { type BlockState, type Hit, placeFindings, rangeOf } from './hits.ts';
import { buildTextView } from './text-view.ts';
import { NearViewport } from './viewport.ts';
import { type Slice, WorkLoop } from './work-loop.ts';

export type Detector = (text: string) => readonly Finding[];

export type ScannerOptions = {
  adapter: RecordsAdapter;
  highlights: HighlightSet;
  /** Called for each open shadow root met, so its styles can be adopted there. */
  onShadowRoot: (shadow: ShadowRoot) => void;
};

/** Timeline marks other tools (and the benchmark) can read: the page's registry holds nothing else of ours. */
export const SETTLED_MARK = 'quietline:highlights-set';
export const BATCH_MEASURE = 'quietline:batch';

/**
 * Finds personal information as the page's text arrives and keeps highlights in step with the DOM,
 * re-scanning only the blocks a mutation touched.
 */
export class PageScanner {
  readonly #options: ScannerOptions;
  readonly #states = new Map<Block, BlockState>();
  readonly #byId = new Map<number, { state: BlockState; hit: Hit }>();
  readonly #dirty = new Set<Block>();
  /** Blocks the parser is still filling; scanned once it has moved past them. */
  readonly #unfinished = new Set<Block>();
  readonly #watchedShadows = new WeakSet<ShadowRoot>();
  readonly #mutations: MutationObserver;
  readonly #near: NearViewport;
  readonly #loop: WorkLoop;
  #detect: Detector | null = null;
  #lastParsed: Node | null = null;
  #settled = false;
  #observing = false;

  constructor(options: ScannerOptions) {
    this.#options = options;
    this.#mutations = new MutationObserver((records) => this.#onMutations(records));
    this.#near = new NearViewport(
      (block, near, connected) => this.#onNear(block, near, connected),
      () => this.#checkSettled(),
    );
    this.#loop = new WorkLoop((slice) => this.#work(slice));
  }

  /** Begins watching at once; scanning waits for `enable`, since settings arrive asynchronously. */
  observe(): void {
    if (this.#observing) return;
    this.#observing = true;
    this.#loop.resume();
    this.#mutations.observe(document, { childList: true, subtree: true, characterData: true });
    collectBlocks(document, this.#dirty, (shadow) => this.#watchShadow(shadow));
    document.addEventListener('readystatechange', this.#onReadyState);
  }

  enable(detect: Detector): void {
    this.#detect = detect;
    for (const state of [...this.#states.values()]) this.#forget(state);
    collectBlocks(document, this.#dirty, (shadow) => this.#watchShadow(shadow));
    this.#settled = false;
    this.#loop.request();
  }

  stop(): void {
    this.#observing = false;
    this.#mutations.disconnect();
    this.#near.disconnect();
    this.#loop.stop();
    document.removeEventListener('readystatechange', this.#onReadyState);
    for (const state of [...this.#states.values()]) this.#forget(state);
    this.#dirty.clear();
    this.#unfinished.clear();
    this.#detect = null;
  }

  hits(): Iterable<Hit> {
    return [...this.#states.values()].flatMap((state) => state.hits);
  }

  hit(id: number): { hit: Hit; element: Element } | null {
    const entry = this.#byId.get(id);
    if (!entry) return null;
    const block = entry.state.block;
    return { hit: entry.hit, element: block instanceof ShadowRoot ? block.host : block };
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

  /** Ranges to paint over in screen-share mode: those on screen the agent has not revealed. */
  maskableRanges(): Range[] {
    return [...this.hits()].flatMap((hit) => (hit.range && !hit.revealed ? [hit.range] : []));
  }

  readonly #onReadyState = (): void => {
    for (const block of this.#unfinished) this.#dirty.add(block);
    this.#unfinished.clear();
    this.#loop.request();
  };

  #watchShadow(shadow: ShadowRoot): void {
    if (this.#watchedShadows.has(shadow)) return;
    this.#watchedShadows.add(shadow);
    this.#mutations.observe(shadow, { childList: true, subtree: true, characterData: true });
    this.#options.onShadowRoot(shadow);
  }

  #onMutations(records: MutationRecord[]): void {
    const onShadow = (shadow: ShadowRoot): void => this.#watchShadow(shadow);
    for (const record of records) {
      const target = record.target;
      if (isOwnUi(target)) continue;
      if (record.type === 'characterData') {
        const block = blockOf(target);
        if (block) this.#dirty.add(block);
        continue;
      }
      for (const node of record.addedNodes) {
        collectBlocks(node, this.#dirty, onShadow);
        this.#lastParsed = node;
      }
      if (record.removedNodes.length > 0) {
        const block = blockOf(target);
        if (block) this.#dirty.add(block);
      }
    }
    if (this.#dirty.size > 0) {
      this.#settled = false;
      this.#loop.request();
    }
  }

  #work(slice: Slice): boolean {
    const detect = this.#detect;
    if (!detect) return false;
    const began = performance.now();
    const loading = document.readyState === 'loading';
    let scanned = 0;
    for (const block of this.#dirty) {
      if (slice.timeLeft() <= 0) break;
      this.#dirty.delete(block);
      if (loading && this.#lastParsed && block.contains(this.#lastParsed)) {
        this.#unfinished.add(block);
        continue;
      }
      this.#scan(block, detect);
      scanned += 1;
    }
    if (scanned > 0) performance.measure(BATCH_MEASURE, { start: began, end: performance.now() });
    this.#checkSettled();
    return this.#dirty.size > 0;
  }

  #scan(block: Block, detect: Detector): void {
    const previous = this.#states.get(block);
    if (previous) this.#forget(previous);
    if (!block.isConnected || isIgnored(block, this.#options.adapter)) return;
    const view = buildTextView(block);
    if (view.text.trim() === '') return;
    const findings = detect(view.text);
    if (findings.length === 0) return;
    const record = recordOf(block instanceof ShadowRoot ? block.host : block, this.#options.adapter);
    const state: BlockState = { block, hits: placeFindings(view, findings, record?.id ?? null), near: false };
    if (state.hits.length === 0) return;
    this.#states.set(block, state);
    for (const hit of state.hits) this.#byId.set(hit.id, { state, hit });
    if (previous?.near) this.#onNear(block, true, true);
    this.#near.watch(block);
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
    if (!connected) {
      this.#forget(state);
      return;
    }
    this.#setRanges(state, near);
  }

  #setRanges(state: BlockState, near: boolean): void {
    state.near = near;
    const { highlights } = this.#options;
    for (const hit of state.hits) {
      if (near && !hit.range) {
        hit.range = rangeOf(hit);
        if (hit.range) highlights.add(hit.label, hit.range, !hit.revealed);
      } else if (!near && hit.range) {
        highlights.remove(hit.label, hit.range);
        hit.range = null;
      }
    }
  }

  #checkSettled(): void {
    if (this.#settled || !this.#detect) return;
    if (this.#dirty.size > 0 || this.#unfinished.size > 0 || document.readyState === 'loading') return;
    if (this.#near.waiting) return;
    this.#settled = true;
    performance.mark(SETTLED_MARK);
  }
}

function isOwnUi(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return element !== null && element.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null;
}
