// Measures the widget in headless Chromium against a bare page: time from the loader's first
// statement to the link in the DOM, and main-thread time the widget adds. Not a test: it prints.
// Run after `npm run build:widget`: `npm run bench:widget` (RUNS=30 for more samples).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.RUNS ?? 20);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const widgetDir = 'dist/widget';
if (!existsSync(join(widgetDir, 'quietline.js'))) {
  console.error('No dist/widget/quietline.js: run "npm run build:widget" first.');
  process.exit(1);
}

const config = {
  key: 'demo',
  name: 'Bench Business',
  // Not the loader's default title: a first visit renders "Your Privacy Choices" before the config
  // arrives and then changes it, so the layout-shift figure below covers that change.
  linkStyle: 'do-not-sell',
  usesSensitivePi: false,
  knownMinorAudience: false,
  privacyPolicyUrl: '/privacy',
  languages: ['en', 'es'],
  defaultLanguage: 'en',
};
const page = (
  widget,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title></head>
<body><main><h1>A bare page</h1><p>${'Some text. '.repeat(40)}</p></main>
<footer><p>Footer</p></footer>
${widget ? '<script src="/widget/quietline.js" data-site="demo" async></script>' : ''}</body></html>`;

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/bare.html' || url.pathname === '/widget.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(page(url.pathname === '/widget.html'));
  }
  if (url.pathname === '/v1/sites/demo/config') {
    // The same caching the reference host sends for this endpoint.
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' });
    return res.end(JSON.stringify(config));
  }
  if (url.pathname.startsWith('/widget/')) {
    const file = normalize(join(widgetDir, url.pathname.slice('/widget/'.length)));
    if (file.startsWith(widgetDir) && existsSync(file)) {
      // Cacheable as from a CDN, so a returning visit gets the HTTP cache and V8's code cache.
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=3600',
      });
      return res.end(readFileSync(file));
    }
  }
  res.writeHead(404);
  res.end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});

/** One visit: main-thread task time (CDP Performance.getMetrics) and, with the widget, the two marks. */
async function visit(context, path) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  // A fixed settle time rather than polling: polling would itself add main-thread tasks.
  await tab.waitForTimeout(500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  let linkMs;
  let configMs;
  let cls;
  if (path === '/widget.html') {
    // Cumulative layout shift, as Chromium scores it, over the whole visit so far.
    cls = await tab.evaluate(
      () =>
        new Promise((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) sum += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 50);
        }),
    );
    [linkMs, configMs] = await tab.evaluate(() => {
      const start = performance.getEntriesByName('quietline:start')[0];
      const link = performance.getEntriesByName('quietline:link')[0];
      const config = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/config'));
      if (!link || !start) return [undefined, undefined];
      // How long the config request was in flight before the link appeared (0 when the cache served it).
      const waited = config
        ? Math.max(
            0,
            Math.min(link.startTime, config.responseEnd) - Math.max(start.startTime, config.startTime),
          )
        : 0;
      return [link.startTime - start.startTime, waited];
    });
  }
  const result = {
    linkMs,
    configMs,
    cls,
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
  };
  await tab.close();
  return result;
}

const samples = { bare: [], first: [], repeat: [] };
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  samples.bare.push(await visit(context, '/bare.html'));
  await context.close();
  const fresh = await browser.newContext();
  samples.first.push(await visit(fresh, '/widget.html'));
  // Same profile again: cached script and cached site config, as for a returning visitor.
  samples.repeat.push(await visit(fresh, '/widget.html'));
  await fresh.close();
}
await browser.close();
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const ms = (n) => `${n.toFixed(1)} ms`;
const bareTask = median(samples.bare.map((s) => s.taskMs));

console.log(`Widget bench: ${RUNS} runs each, headless Chromium (${executablePath}), loopback server`);
console.log(`bare page main-thread task time: median ${ms(bareTask)}`);
for (const [label, list] of [
  ['first visit (config fetched)', samples.first],
  ['returning visit (config cached)', samples.repeat],
]) {
  const link = list.map((s) => s.linkMs ?? Number.NaN);
  const added = list.map((s) => s.taskMs - bareTask);
  console.log(`${label}:`);
  console.log(
    `  script start -> link in DOM: median ${ms(median(link))}, p90 ${ms(p90(link))} (goal <= 15 ms)`,
  );
  const waited = list.map((s) => s.configMs ?? 0);
  const own = list.map((s, i) => (s.linkMs ?? Number.NaN) - (waited[i] ?? 0));
  console.log(
    `    time overlapping the config request: median ${ms(median(waited))}; outside it: median ${ms(median(own))}`,
  );
  const shifts = list.map((s) => s.cls ?? Number.NaN);
  console.log(
    `  layout shift (CLS): median ${median(shifts).toFixed(4)}, max ${Math.max(...shifts).toFixed(4)}`,
  );
  console.log(
    `  main-thread time added:      median ${ms(median(added))}, p90 ${ms(p90(added))} (goal <= 20 ms)`,
  );
}
