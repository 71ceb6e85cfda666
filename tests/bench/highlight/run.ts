// npm run bench:highlight [-- --records 2000 --runs 3 --no-build --compare <unpacked extension dir>]
// --compare adds a fifth browser with another build of the extension (say, one built from an earlier
// commit), so a change is measured against what it replaces in the same run, under the same load.
// --empty-extension adds a browser with an extension whose content script does nothing: what having
// any extension at all costs the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { createRandom as seeded } from '../../../host/seed/random.ts';
import { writeBaselines } from './baselines.ts';
import { blankPage, launch, loadAndSettle, waitForScripts } from './browser.ts';
import { buildRecord, generatePage } from './generate-page.ts';
import * as probes from './page-probes.ts';
import { type Score, scoreMarked, scoreMasked } from './score.ts';
import { servePage } from './serve.ts';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    compare: { type: 'string' },
    'empty-extension': { type: 'boolean', default: false },
  },
});
const records = Number(args.records);
const runs = Number(args.runs);
const FRAME_SAMPLES = 15;
const FRAME_ROUNDS = 3;

type Mode = {
  name: string;
  extension: string | null;
  doneMark: string | null;
  kind: 'none' | 'ours' | 'baseline';
};
type RunResult = probes.LoadTimings & { frames: number[] };
type ModeResult = { mode: Mode; runs: RunResult[]; append: probes.AppendResult | null; score: Score | null };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function oursFindings(
  context: BrowserContext,
  url: string,
): Promise<Array<{ recordId: string | null; masked: string }>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  type Api = {
    tabs: {
      query(q: object): Promise<Array<{ id: number }>>;
      sendMessage(
        id: number,
        m: object,
      ): Promise<{ findings: Array<{ recordId: string | null; masked: string }> }>;
    };
  };
  return worker.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await api.tabs.query({ url: pageUrl });
    if (!tab) return [];
    const response = await api.tabs.sendMessage(tab.id, { type: 'findings/list', limit: 100_000 });
    return response.findings;
  }, url);
}

async function loadOnce(page: Page, url: string, mode: Mode): Promise<probes.LoadTimings> {
  await blankPage(page);
  return loadAndSettle(page, url, mode.doneMark);
}

type Open = { mode: Mode; context: BrowserContext; profile: string; tab: Page; result: ModeResult };

/**
 * Every mode's browser stays open and the modes take turns, load by load and frame round by frame
 * round, so a change in machine load during the run hits all of them alike.
 */
async function runAll(
  modes: Mode[],
  url: string,
  appendHtml: string,
  generated: ReturnType<typeof generatePage>,
): Promise<ModeResult[]> {
  const open: Open[] = [];
  try {
    for (const mode of modes) {
      const { context, profile } = await launch(mode.extension);
      if (mode.kind === 'ours') await waitForScripts(context);
      const tab = context.pages()[0] ?? (await context.newPage());
      open.push({ mode, context, profile, tab, result: { mode, runs: [], append: null, score: null } });
    }
    for (let r = 0; r < runs; r++) {
      for (const o of open) {
        const timings = await loadOnce(o.tab, url, o.mode);
        o.result.runs.push({ ...timings, frames: [] });
        process.stdout.write('.');
      }
      for (let round = 0; round < FRAME_ROUNDS; round++) {
        for (const o of open) {
          o.result.runs[r]?.frames.push(
            ...(await o.tab.evaluate(probes.frameCosts, FRAME_SAMPLES / FRAME_ROUNDS)),
          );
        }
      }
    }
    for (const o of open) {
      if (o.mode.kind !== 'none') {
        o.result.score =
          o.mode.kind === 'ours'
            ? scoreMasked(await oursFindings(o.context, url), generated.truth, generated.negatives)
            : scoreMarked(await o.tab.evaluate(probes.collectMarked), generated.truth, generated.negatives);
      }
      // Also without the extension: the page's own long tasks when a record is added are the baseline.
      o.result.append = await o.tab.evaluate(probes.appendRecord, appendHtml);
    }
    return open.map((o) => o.result);
  } finally {
    for (const o of open) {
      await o.context.close();
      rmSync(o.profile, { recursive: true, force: true });
    }
  }
}

const fmt = (n: number | null | undefined, digits = 0): string =>
  n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits);

function report(
  results: ModeResult[],
  generated: ReturnType<typeof generatePage>,
  baselineNodes: number,
): void {
  console.log(
    `\n\nPage: ${records} records, ${(generated.textLength / 1e6).toFixed(2)} M characters of text, ${baselineNodes} nodes; ${generated.truth.length} PII values, ${generated.negatives.length} look-alikes; medians of ${runs} loads, ${FRAME_SAMPLES} frames each.\n`,
  );
  const none = results.find((r) => r.mode.kind === 'none');
  const noneFrame = none ? median(none.runs.flatMap((r) => r.frames)) : Number.NaN;
  const rows = results.map(({ mode, runs: rs }) => {
    const fp = median(rs.map((r) => r.firstPaint ?? Number.NaN));
    const done = median(rs.map((r) => r.doneMark ?? Number.NaN));
    const screen = median(rs.map((r) => r.screenSet ?? Number.NaN));
    const frame = median(rs.flatMap((r) => r.frames));
    return {
      mode: mode.name,
      'first frame': fmt(fp),
      'DOM parsed': fmt(median(rs.map((r) => r.domParsed))),
      'nav→on-screen set': fmt(screen),
      'nav→all set': fmt(done),
      'frame→on-screen set': fmt(screen - fp),
      'frame→all set': fmt(done - fp),
      'live ranges/marks': fmt(median(rs.map((r) => r.ranges))),
      'nodes added': fmt(median(rs.map((r) => r.nodes)) - baselineNodes),
      'frame ms after change': fmt(frame, 1),
      'vs no extension': `${fmt(frame / noneFrame, 2)}×`,
    };
  });
  console.table(rows);
  for (const { mode, runs: rs } of results) {
    const each = rs.map(
      (r) =>
        `first frame ${fmt(r.firstPaint)}, DOM parsed ${fmt(r.domParsed)}, on-screen set ${fmt(r.screenSet)}, frames ${fmt(median(r.frames), 1)}`,
    );
    console.log(`${mode.name}, each load: ${each.join(' | ')}`);
  }
  console.log(
    'Times in ms from navigation start. "All set": every block scanned and highlights registered (ours: quietline:highlights-set mark).',
  );
  console.log(
    '"On-screen set": first frame at which the highlighted-range count reached its settled value.\n',
  );
  const found = results.map(({ mode, score, append }) => ({
    mode: mode.name,
    found: score?.found ?? '—',
    'PII values covered': score ? `${score.truthHit}/${generated.truth.length}` : '—',
    typed: score ? `${score.byForm.typed[0]}/${score.byForm.typed[1]}` : '—',
    'split across elements': score ? `${score.byForm.split[0]}/${score.byForm.split[1]}` : '—',
    spoken: score ? `${score.byForm.spoken[0]}/${score.byForm.spoken[1]}` : '—',
    'look-alikes flagged': score?.negativesHit ?? '—',
    'appended record: highlighted after ms': fmt(append?.latency, 0),
    'own main-thread work ms': mode.kind === 'ours' ? fmt(append?.work, 2) : '—',
    'long tasks after append': append ? append.longTasks.length : '—',
  }));
  console.table(found);
  for (const { mode, score } of results) {
    if (!score) continue;
    const parts = Object.entries(score.byLabel).map(([label, [hit, total]]) => `${label} ${hit}/${total}`);
    console.log(`${mode.name}: covered per label: ${parts.join(', ')}`);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!args['no-build']) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
  const generated = generatePage(records);
  const appended = buildRecord(records + 1, seeded(7));
  const server = await servePage(generated.html);
  const tmp = mkdtempSync(join(tmpdir(), 'quietline-baselines-'));
  const baselines = writeBaselines(tmp);
  const modes: Mode[] = [
    { name: 'no extension', extension: null, doneMark: null, kind: 'none' },
    {
      name: 'Quietline',
      extension: resolve('.output/chrome-mv3-e2e'),
      doneMark: 'quietline:highlights-set',
      kind: 'ours',
    },
    {
      name: 'per-node Highlight API',
      extension: baselines.regexHighlight,
      doneMark: 'baseline:highlights-set',
      kind: 'baseline',
    },
    { name: 'mark.js <mark>', extension: baselines.markJs, doneMark: 'baseline:marks-set', kind: 'baseline' },
  ];
  if (args['empty-extension']) {
    modes.splice(1, 0, { name: 'empty extension', extension: baselines.empty, doneMark: null, kind: 'none' });
  }
  if (args.compare) {
    modes.splice(2, 0, {
      name: 'Quietline (compare)',
      extension: resolve(args.compare),
      doneMark: 'quietline:highlights-set',
      kind: 'ours',
    });
  }
  let results: ModeResult[] = [];
  try {
    process.stdout.write('loading, modes in turn ');
    results = await runAll(modes, server.url, appended.html, generated);
  } finally {
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const baseNodes = median(results[0]?.runs.map((r) => r.nodes) ?? []);
  report(results, generated, baseNodes);
  console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

await main();
