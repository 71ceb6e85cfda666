// Functions run inside the benchmark page; each is self-contained because Playwright serialises it.

declare global {
  interface Window {
    __benchSamples: Array<[number, number]>;
    __benchStopSampler: () => void;
    benchTick: (n: number) => void;
    benchAppend: (html: string) => string;
  }
}

/**
 * Init script: records, once per frame, how many highlighted ranges or <mark>s the page has, read just
 * before the frame is painted. The count is read in a ResizeObserver callback, which runs after every
 * animation-frame callback and layout of the frame: read in the sampler's own animation-frame callback
 * it would miss ranges set or taken out in a later callback of the same frame, and be a frame late.
 * A 1-2 px element that changes width every frame makes the observer run. It sits in a fixed box of
 * fixed size with `contain: strict`, so the change is laid out inside that box only; changed directly
 * under <html>, it would lay out the whole long page again in every frame. Both are removed, and
 * sampling stops, when the load timings are read.
 */
export function installSampler(): void {
  const samples: Array<[number, number]> = [];
  window.__benchSamples = samples;
  const marks = document.getElementsByTagName('mark');
  const box = document.createElement('div');
  box.style.cssText =
    'position:fixed;top:0;left:0;width:4px;height:4px;visibility:hidden;pointer-events:none;contain:strict';
  const probe = document.createElement('div');
  probe.style.cssText = 'height:1px;width:1px';
  box.append(probe);
  let last = -1;
  let wide = false;
  let stopped = false;
  window.__benchStopSampler = () => {
    stopped = true;
    observer.disconnect();
    box.remove();
  };
  const observer = new ResizeObserver(() => {
    let n = marks.length;
    for (const highlight of CSS.highlights.values()) n += highlight.size;
    if (n !== last) {
      samples.push([performance.now(), n]);
      last = n;
    }
  });
  observer.observe(probe);
  const tick = (): void => {
    if (stopped) return;
    // First in the document, so the parser never inserts before it.
    if (!box.isConnected && document.documentElement) document.documentElement.prepend(box);
    wide = !wide;
    probe.style.width = wide ? '2px' : '1px';
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export type LoadTimings = {
  firstPaint: number | null;
  domParsed: number;
  loadEnd: number;
  doneMark: number | null;
  screenSet: number | null;
  ranges: number;
  nodes: number;
};

export function readLoadTimings(doneMark: string): LoadTimings {
  window.__benchStopSampler();
  const paint = performance.getEntriesByName('first-paint')[0];
  const done = performance.getEntriesByName(doneMark)[0];
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const samples = window.__benchSamples;
  const final = samples.at(-1)?.[1] ?? 0;
  const reached = samples.find(([, n]) => n === final && n > 0);
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  return {
    firstPaint: paint ? paint.startTime : null,
    domParsed: nav ? nav.domContentLoadedEventStart : 0,
    loadEnd: nav ? nav.loadEventEnd : 0,
    doneMark: done ? done.startTime : null,
    screenSet: reached ? reached[0] : null,
    ranges: final,
    nodes,
  };
}

/** Main-thread rendering work of the frame after a text change: rAF to the first task after paint. */
export async function frameCosts(count: number): Promise<number[]> {
  const costs: number[] = [];
  for (let i = 0; i < count; i++) {
    await new Promise((done) => setTimeout(done, 60));
    window.benchTick(i + 1);
    costs.push(
      await new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const start = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(0);
        }),
      ),
    );
  }
  return costs;
}

export type AppendResult = { latency: number | null; work: number; longTasks: number[] };

/** Appends one record the way a single-page app would, and waits for a highlight inside it. */
export async function appendRecord(html: string): Promise<AppendResult> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const id = window.benchAppend(html);
  const record = document.querySelector(`[data-record-id="${id}"]`);
  const seenAt = await new Promise<number | null>((resolve) => {
    const highlighted = (): boolean => {
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight) if (record?.contains(range.startContainer)) return true;
      }
      return record?.querySelector('mark') != null;
    };
    const check = (): void => {
      if (highlighted()) resolve(performance.now());
      else if (performance.now() - t0 > 3000) resolve(null);
      else requestAnimationFrame(check);
    };
    check();
  });
  await new Promise((done) => setTimeout(done, 200));
  observer.disconnect();
  const work = performance
    .getEntriesByName('quietline:batch')
    .filter((entry) => entry.startTime >= t0)
    .reduce((sum, entry) => sum + entry.duration, 0);
  return { latency: seenAt === null ? null : seenAt - t0, work, longTasks };
}

/** Every highlighted or marked value in the page, with the record it sits in. */
export function collectMarked(): Array<[string | null, string]> {
  const out: Array<[string | null, string]> = [];
  const recordOf = (node: Node): string | null =>
    (node instanceof Element ? node : node.parentElement)
      ?.closest('[data-record-id]')
      ?.getAttribute('data-record-id') ?? null;
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight) out.push([recordOf(range.startContainer), String(range)]);
  }
  for (const mark of document.querySelectorAll('mark')) out.push([recordOf(mark), mark.textContent ?? '']);
  return out;
}
