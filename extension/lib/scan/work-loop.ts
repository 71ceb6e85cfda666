/** Runs queued work in short slices so the page's parser, input and frames are never held up. */
export type Slice = { timeLeft: () => number };

const LOADING_SLICE_MS = 8;

export class WorkLoop {
  #scheduled = false;
  #stopped = false;
  readonly #channel = new MessageChannel();
  readonly #run: (slice: Slice) => boolean;
  readonly #pressing: () => boolean;

  /**
   * `run` returns true while work remains. While `pressing` answers true, slices are taken as tasks
   * rather than in idle time, which on a busy machine comes a few milliseconds every 100 ms.
   */
  constructor(run: (slice: Slice) => boolean, pressing: () => boolean = () => false) {
    this.#run = run;
    this.#pressing = pressing;
    this.#channel.port1.onmessage = () => this.#tick(LOADING_SLICE_MS);
  }

  request(): void {
    if (this.#scheduled || this.#stopped) return;
    this.#scheduled = true;
    // While the page loads, text arrives in parser chunks: take a task between chunks rather than
    // waiting for idle time that only comes after the first full layout.
    if (document.readyState === 'loading' || this.#pressing()) {
      this.#channel.port2.postMessage(null);
    } else {
      requestIdleCallback((deadline) => this.#tickIdle(deadline), { timeout: 100 });
    }
  }

  /** Looks again after a pause: while the page loads and nothing new has arrived, polling stays cheap. */
  requestAfter(ms: number): void {
    if (this.#scheduled || this.#stopped) return;
    this.#scheduled = true;
    setTimeout(() => {
      this.#scheduled = false;
      this.request();
    }, ms);
  }

  stop(): void {
    this.#stopped = true;
  }

  resume(): void {
    this.#stopped = false;
  }

  #tick(budgetMs: number): void {
    this.#scheduled = false;
    if (this.#stopped) return;
    const end = performance.now() + budgetMs;
    if (this.#run({ timeLeft: () => end - performance.now() })) this.request();
  }

  #tickIdle(deadline: IdleDeadline): void {
    this.#scheduled = false;
    if (this.#stopped) return;
    // A timed-out idle callback still gets a short slice so work cannot starve on a busy page.
    const end = performance.now() + Math.max(deadline.timeRemaining(), 4);
    if (this.#run({ timeLeft: () => end - performance.now() })) this.request();
  }
}
