/** Timeline entries other tools (and the benchmark) can read; the page's registry holds nothing else of ours. */
export const SETTLED_MARK = 'quietline:highlights-set';
/** One measure per stretch of the overlay's own main-thread work. */
export const WORK_MEASURE = 'quietline:batch';

export function measureWork(began: number): void {
  performance.measure(WORK_MEASURE, { start: began, end: performance.now() });
}
