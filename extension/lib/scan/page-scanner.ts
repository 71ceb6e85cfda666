import type { Finding } from '../../../shared/pii/finding.ts';
import { isIgnored } from '../adapter/locate.ts';
import type { RecordsAdapter } from '../adapter/schema.ts';
import type { Detector, SyncDetector } from '../engine.ts';
import type { HighlightSet } from '../highlight/registry.ts';
import type { Block } from './block.ts';
import { ChangeWatcher } from './change-watcher.ts';
import { collectBlocks } from './collect.ts';
import { FoundBlocks } from './found-blocks.ts';
import { measureWork, SETTLED_MARK } from './marks.ts';
import { ParseFollower } from './parse-follower.ts';
import { buildTextView, type TextView } from './text-view.ts';
import { type Slice, WorkLoop } from './work-loop.ts';

export type { Detector };

/** The first batch is small so the top of the page is highlighted soonest; later ones amortise messaging. */
const FIRST_BATCH_CHARS = 4_000;
const BATCH_CHARS = 24_000;
const MAX_IN_FLIGHT = 2;
/** The parser yields rarely while a long page loads, so each chance sends all text found so far. */
const MAX_IN_FLIGHT_LOADING = 64;
/** Until the first screens are scanned, while the page loads, look again after this long. */
const LOADING_POLL_MS = 16;
/**
 * Text scanned on the page's thread as it arrives, in steps: about a screen and a half of a call log.
 * Another step is taken while the text scanned so far still ends within reach of the screen.
 */
const IN_PAGE_CHARS = 6_000;
/** The most text scanned on the page's thread while it loads, however sparse the page. */
const MAX_IN_PAGE_CHARS = 48_000;
/** Work done in one of the parser's microtask checkpoints. */
const PARSER_TURN_MS = 8;
/**
 * While the page loads, the walk goes on a step at a time, each step followed by a scan of what it found:
 * a parser chunk can hold more nodes than one turn can walk, and the first screens come first.
 */
const WALK_STEP_MS = 1;

type Pending = { block: Block; view: TextView };

export type ScannerOptions = {
  adapter: RecordsAdapter;
  highlights: HighlightSet;
  /** Called for each open shadow root met, so its styles can be adopted there. */
  onShadowRoot: (shadow: ShadowRoot) => void;
};

/**
 * Finds personal information as the page's text arrives and keeps highlights in step with the DOM,
 * re-scanning only the blocks a mutation touched.
 */
export class PageScanner {
  readonly #options: ScannerOptions;
  readonly #found: FoundBlocks;
  readonly #dirty = new Set<Block>();
  /** Blocks the parser is still filling; scanned once it has moved past them. */
  readonly #unfinished = new Set<Block>();
  readonly #changes: ChangeWatcher;
  readonly #follower: ParseFollower;
  /** Wakes the scanner at the parser's microtask checkpoints; disconnected while it works. */
  readonly #parserWake: MutationObserver;
  readonly #loop: WorkLoop;
  #detect: Detector | null = null;
  #detectNow: SyncDetector | null = null;
  #inPageChars = 0;
  #inPageBudget = IN_PAGE_CHARS;
  /** True while the page loads: text is found by following the parser, not by mutation records. */
  #following = false;
  /** True after parsing until the walk has reached the end of the document, a slice at a time. */
  #finishingWalk = false;
  #settled = false;
  #observing = false;
  #inFlight = 0;
  #batches = 0;

  constructor(options: ScannerOptions) {
    this.#options = options;
    this.#changes = new ChangeWatcher(
      this.#dirty,
      options.onShadowRoot,
      () => {
        this.#settled = false;
        this.#loop.request();
      },
      () => this.#found.noteRemoval(),
    );
    this.#found = new FoundBlocks(options.adapter, options.highlights, (inFrame) =>
      this.#onPositionsKnown(inFrame),
    );
    // The walk after parsing has a known end; in idle time alone a busy machine would stretch it over seconds.
    this.#loop = new WorkLoop(
      (slice) => this.#work(slice),
      () => this.#finishingWalk,
    );
    this.#follower = new ParseFollower(this.#dirty, (shadow) => this.#changes.watchShadow(shadow));
    this.#parserWake = new MutationObserver(() => this.#onParserProgress());
  }

  /** Begins watching at once; scanning waits for `enable`, since settings arrive asynchronously. */
  observe(): void {
    if (this.#observing) return;
    this.#observing = true;
    this.#loop.resume();
    this.#follower.reset();
    document.addEventListener('readystatechange', this.#onReadyState);
    if (document.readyState === 'loading') {
      this.#following = true;
      this.#parserWake.observe(document, { childList: true, subtree: true });
    } else {
      this.#follower.walk(() => Number.POSITIVE_INFINITY);
      this.#changes.start();
    }
  }

  /** `detectNow`, when given, scans the first screens on the page's thread while the page loads. */
  enable(detect: Detector, detectNow?: SyncDetector): void {
    this.#detect = detect;
    this.#detectNow = detectNow ?? null;
    this.#inPageChars = 0;
    this.#inPageBudget = IN_PAGE_CHARS;
    this.#batches = 0;
    this.#found.clear();
    if (this.#following) this.#follower.reset();
    else collectBlocks(document, this.#dirty, (shadow) => this.#changes.watchShadow(shadow));
    this.#settled = false;
    this.#loop.request();
  }

  stop(): void {
    this.#observing = false;
    this.#following = false;
    this.#finishingWalk = false;
    this.#parserWake.disconnect();
    this.#changes.stop();
    this.#found.disconnect();
    this.#loop.stop();
    document.removeEventListener('readystatechange', this.#onReadyState);
    this.#dirty.clear();
    this.#unfinished.clear();
    this.#detect = null;
  }

  /** Everything found on the page so far. */
  get found(): FoundBlocks {
    return this.#found;
  }

  /** Ranges to paint over in screen-share mode: those on screen the agent has not revealed. */
  maskableRanges(): Range[] {
    return this.#found.hits().flatMap((hit) => (hit.range && !hit.revealed ? [hit.range] : []));
  }

  /**
   * DOMContentLoaded waits for readystatechange listeners, so the document is walked later, in slices,
   * instead of here. The walk starts over from the top: the follower only sees what comes after where it
   * stopped, and a script may have put content there while the parser went on inserting before it (an
   * element appended to <body> while the parser is inside <main>).
   */
  readonly #onReadyState = (): void => {
    if (document.readyState === 'loading') return;
    if (this.#following) {
      this.#following = false;
      this.#finishingWalk = true;
      this.#parserWake.disconnect();
      this.#follower.reset();
      this.#changes.start();
      // Size changes are not followed while the page loads; content a script put above may have moved.
      this.#found.refreshPositions();
    }
    if (!this.#finishingWalk) this.#follower.sweepHosts();
    for (const block of this.#unfinished) this.#dirty.add(block);
    this.#unfinished.clear();
    this.#loop.request();
  };

  /**
   * Runs in the microtask checkpoint after a parser chunk: posted tasks and timers may wait behind the
   * parser for seconds on a long page, microtasks do not. Once the first screens are scanned the scanner
   * stops listening until the parser is done: a mutation record per parsed node, or turns that force
   * frames, would slow the parsing of a long page several times over.
   */
  #onParserProgress(): void {
    this.#parserWake.disconnect();
    if (!this.#following) return;
    const end = performance.now() + PARSER_TURN_MS;
    // What is left goes on in a task, which can come before the next frame; the next chunk may not.
    if (this.#work({ timeLeft: () => end - performance.now() })) this.#loop.request();
    if (this.#following && !this.#firstScreensDone) {
      this.#parserWake.observe(document, { childList: true, subtree: true });
    }
  }

  get #firstScreensDone(): boolean {
    return this.#inPageChars >= this.#inPageBudget;
  }

  /**
   * Runs when positions were read; after the page's thread scanned text as it arrived, that is in the
   * frame itself, with layout already up to date. When that text ends within reach of the screen, the
   * first screens are not done yet.
   */
  #onPositionsKnown(inFrame: boolean): void {
    if (
      inFrame &&
      this.#following &&
      this.#firstScreensDone &&
      this.#inPageBudget < MAX_IN_PAGE_CHARS &&
      this.#frontierInReach()
    ) {
      this.#inPageBudget += IN_PAGE_CHARS;
      this.#parserWake.observe(document, { childList: true, subtree: true });
    }
    this.#checkSettled();
  }

  #frontierInReach(): boolean {
    const cursor = this.#follower.cursor;
    const element = cursor instanceof Element ? cursor : (cursor?.parentElement ?? null);
    return element !== null && element.getBoundingClientRect().top < innerHeight * 1.5;
  }

  #work(slice: Slice): boolean {
    const detect = this.#detect;
    if (!detect) return false;
    if (this.#following) return this.#workWhileLoading(detect, slice);
    const walked = this.#finishingWalk ? this.#walk(slice) : true;
    this.#releaseFinished(null);
    if (this.#inFlight >= MAX_IN_FLIGHT) return !walked;
    while (this.#inFlight < MAX_IN_FLIGHT && this.#dirty.size > 0 && slice.timeLeft() > 0) {
      this.#sendBatch(detect, null, slice);
    }
    this.#checkSettled();
    return !walked || (this.#dirty.size > 0 && this.#inFlight < MAX_IN_FLIGHT);
  }

  /**
   * Scans the first screens as the parser delivers them. Once they are done, the rest waits for the
   * parser: replies from the background would otherwise keep a chain of turns going that competes with it.
   */
  #workWhileLoading(detect: Detector, slice: Slice): boolean {
    let walked = false;
    while (!this.#firstScreensDone && slice.timeLeft() > 0) {
      const stepEnd = performance.now() + WALK_STEP_MS;
      walked = this.#follower.walk(() => Math.min(stepEnd - performance.now(), slice.timeLeft()));
      const cursor = this.#follower.cursor;
      this.#releaseFinished(cursor);
      while (
        !this.#firstScreensDone &&
        this.#inFlight < MAX_IN_FLIGHT_LOADING &&
        this.#dirty.size > 0 &&
        slice.timeLeft() > 0
      ) {
        this.#sendBatch(detect, cursor, slice);
      }
      if (walked) break;
    }
    this.#checkSettled();
    if (this.#firstScreensDone) return false;
    if (!walked || this.#dirty.size > 0) return true;
    this.#loop.requestAfter(LOADING_POLL_MS);
    return false;
  }

  /** Blocks the parser has moved past are complete and can be scanned. */
  #releaseFinished(cursor: Node | null): void {
    for (const block of this.#unfinished) {
      if (!cursor || !block.contains(cursor)) {
        this.#unfinished.delete(block);
        this.#dirty.add(block);
      }
    }
  }

  /** After parsing, the walk takes half of each slice so the background can scan what it found meanwhile. */
  #walk(slice: Slice): boolean {
    const end = performance.now() + slice.timeLeft() / 2;
    const walked = this.#follower.walk(() => end - performance.now());
    if (walked) {
      this.#finishingWalk = false;
      this.#follower.sweepHosts();
      this.#follower.release();
    }
    return walked;
  }

  /** Builds text views for the next dirty blocks and sends them to the engine as one batch. */
  #sendBatch(detect: Detector, cursor: Node | null, slice: Slice): void {
    const began = performance.now();
    const limit = this.#batches === 0 ? FIRST_BATCH_CHARS : BATCH_CHARS;
    const batch: Pending[] = [];
    let chars = 0;
    for (const block of this.#dirty) {
      if (chars >= limit || slice.timeLeft() <= 0) break;
      this.#dirty.delete(block);
      if (cursor && block.contains(cursor)) {
        this.#unfinished.add(block);
        continue;
      }
      const view =
        block.isConnected && !isIgnored(block, this.#options.adapter) ? buildTextView(block) : null;
      if (!view || view.text.slice(view.contextLength).trim() === '') {
        this.#found.forget(block);
        continue;
      }
      batch.push({ block, view });
      chars += view.text.length;
    }
    if (batch.length === 0) return;
    this.#inFlight += 1;
    this.#batches += 1;
    const texts = batch.map((item) => item.view.text);
    if (this.#following && this.#detectNow && !this.#firstScreensDone) {
      this.#inPageChars += chars;
      const results = this.#detectNow(texts);
      measureWork(began);
      this.#place(batch, results, detect, true);
      return;
    }
    measureWork(began);
    detect(texts).then(
      (results) => this.#place(batch, results, detect),
      () => this.#place(batch, [], detect),
    );
  }

  #place(batch: Pending[], results: Finding[][], detect: Detector, presumeNear = false): void {
    this.#inFlight -= 1;
    if (this.#detect !== detect) return;
    const began = performance.now();
    batch.forEach(({ block, view }, index) => {
      // A block changed while its text was away is already queued again; this result is stale.
      if (!this.#dirty.has(block)) this.#found.replace(block, view, results[index], presumeNear);
    });
    measureWork(began);
    if (this.#dirty.size > 0) this.#loop.request();
    this.#checkSettled();
  }

  #checkSettled(): void {
    if (this.#settled || !this.#detect) return;
    if (this.#dirty.size > 0 || this.#unfinished.size > 0 || this.#inFlight > 0) return;
    if (this.#finishingWalk) return;
    if (document.readyState === 'loading') return;
    if (this.#found.waiting) return;
    this.#settled = true;
    performance.mark(SETTLED_MARK);
  }
}
