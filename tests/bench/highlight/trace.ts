// npx tsx tests/bench/highlight/trace.ts [--records 2000] [--out /tmp/quietline-trace.json] [--no-extension]
// Loads the benchmark page once with the test build and writes a Chromium performance trace of the load,
// an appended record and a few frames after a DOM change; summarises the page's main thread.
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRandom as seeded } from '../../../host/seed/random.ts';
import { blankPage, launch, loadAndSettle, waitForScripts } from './browser.ts';
import { buildRecord, generatePage } from './generate-page.ts';
import * as probes from './page-probes.ts';
import { servePage } from './serve.ts';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '2000' },
    out: { type: 'string', default: join(tmpdir(), 'quietline-trace.json') },
    'no-extension': { type: 'boolean', default: false },
  },
});

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: Record<string, unknown>;
};

const generated = generatePage(Number(args.records));
const appended = buildRecord(Number(args.records) + 1, seeded(7));
const server = await servePage(generated.html);
const doneMark = args['no-extension'] ? null : 'quietline:highlights-set';
const { context, profile } = await launch(
  args['no-extension'] ? null : resolve('.output/chrome-mv3-e2e'),
  'quietline-trace-',
);
try {
  if (!args['no-extension']) await waitForScripts(context);
  const page = context.pages()[0] ?? (await context.newPage());
  // Once first so the browser's caches are as warm as in the benchmark's later loads.
  await page.goto(server.url, { waitUntil: 'load', timeout: 180_000 });
  await blankPage(page);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  const timings = await loadAndSettle(page, server.url, doneMark);
  const frames = await page.evaluate(probes.frameCosts, 20);
  const append = await page.evaluate(probes.appendRecord, appended.html);
  await cdp.send('Tracing.end');
  await complete;
  writeFileSync(args.out, JSON.stringify({ traceEvents: events }));
  console.log('timings', timings);
  console.log(
    'highlighted-range counts by frame',
    await page.evaluate(() =>
      window.__benchSamples
        .slice(0, 12)
        .map(([t, n]) => `${t.toFixed(0)}:${n}`)
        .join(' '),
    ),
  );
  console.log('frames', frames.map((f) => f.toFixed(1)).join(' '));
  console.log('append', append);
  summarise(events);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

function summarise(events: TraceEvent[]): void {
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      (e.args?.data as { documentLoaderURL?: string })?.documentLoaderURL?.includes('/calls'),
  );
  const pid = nav?.pid;
  const main = events.find(
    (e) => e.pid === pid && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain',
  );
  const tid = main?.tid;
  const t0 = nav?.ts ?? 0;
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (e.dur ?? 0) > 0);
  const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  console.log(`\nmain-thread tasks over 8 ms (ms from navigation start):`);
  for (const task of tasks) {
    if ((task.dur ?? 0) < 8000) continue;
    const end = task.ts + (task.dur ?? 0);
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const byName = new Map<string, number>();
    for (const e of inside) {
      const key =
        e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction'
          ? `${e.name}(${String((e.args?.data as { url?: string; functionName?: string })?.url ?? '').slice(-30)} ${String((e.args?.data as { functionName?: string })?.functionName ?? '')})`
          : e.name;
      byName.set(key, (byName.get(key) ?? 0) + (e.dur ?? 0));
    }
    const top = [...byName.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
      .join(' | ');
    console.log(
      `${((task.ts - t0) / 1000).toFixed(0).padStart(6)} +${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${top}`,
    );
  }
  const marks = events.filter(
    (e) =>
      e.pid === pid &&
      [
        'firstPaint',
        'firstContentfulPaint',
        'domContentLoadedEventStart',
        'domInteractive',
        'loadEventStart',
        'MarkDOMContent',
      ].includes(e.name),
  );
  for (const m of marks) console.log(`mark ${m.name} ${((m.ts - t0) / 1000).toFixed(0)}`);
}
