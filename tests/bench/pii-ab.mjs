#!/usr/bin/env node
// Two builds of the PII engine side by side: do they find the same things, and which is faster?
//   cp dist/pii.mjs /tmp/base.mjs            (before a change)
//   npm run build:pii && node tests/bench/pii-ab.mjs /tmp/base.mjs dist/pii.mjs [--passes 7]
// Findings are compared on every document of every corpus, also lower-cased, upper-cased and joined
// ten at a time, so a speed change that alters a single finding is caught. Timing alternates between
// the builds in one process (same machine load for both) and keeps each build's best pass.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { passes: { type: 'string' } },
});
const [basePath, candidatePath] = positionals;
if (!basePath || !candidatePath) {
  console.error('usage: node tests/bench/pii-ab.mjs <base pii.mjs> <candidate pii.mjs> [--passes N]');
  process.exit(2);
}
const PASSES = Number(values.passes ?? 7);

const base = await import(pathToFileURL(resolve(basePath)).href);
const candidate = await import(pathToFileURL(resolve(candidatePath)).href);

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);

const handDir = `${root}tests/fixtures/pii/handwritten/`;
const CORPORA = [
  ['public', `${root}../shared/data/pii/synth_dataset_v2.jsonl`],
  ['call logs', `${root}tests/fixtures/pii/call-logs.jsonl`],
  ...readdirSync(handDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => [`hand-written ${f}`, `${handDir}${f}`]),
].filter(([, path]) => existsSync(path));

const corpora = CORPORA.map(([name, path]) => [name, readJsonl(path)]);

function variants(docs) {
  const joined = [];
  for (let i = 0; i < docs.length; i += 10) joined.push(docs.slice(i, i + 10).join('\n'));
  return [...docs, ...docs.map((d) => d.toLowerCase()), ...docs.map((d) => d.toUpperCase()), ...joined];
}

let differing = 0;
let compared = 0;
for (const [name, docs] of corpora) {
  let here = 0;
  for (const text of variants(docs)) {
    compared++;
    const a = JSON.stringify(base.detect(text));
    const b = JSON.stringify(candidate.detect(text));
    if (a === b) continue;
    differing++;
    if (here++ < 3) {
      console.log(`DIFF in ${name}: ${JSON.stringify(text.slice(0, 160))}`);
      console.log(`  base:      ${a.slice(0, 400)}`);
      console.log(`  candidate: ${b.slice(0, 400)}`);
    }
  }
}
console.log(`findings: ${differing} of ${compared} texts differ`);

function time(detect, docs) {
  const t0 = process.hrtime.bigint();
  for (const d of docs) detect(d);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// Speed on the two corpora the PII bench times too, whichever of them is present.
for (const [name, docs] of corpora.filter(([name]) => name === 'public' || name === 'call logs')) {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  let bestBase = Infinity;
  let bestCandidate = Infinity;
  time(base.detect, docs);
  time(candidate.detect, docs);
  // Which build runs first alternates, so an order effect falls on both alike.
  for (let p = 0; p < PASSES; p++) {
    if (p % 2 === 0) {
      bestBase = Math.min(bestBase, time(base.detect, docs));
      bestCandidate = Math.min(bestCandidate, time(candidate.detect, docs));
    } else {
      bestCandidate = Math.min(bestCandidate, time(candidate.detect, docs));
      bestBase = Math.min(bestBase, time(base.detect, docs));
    }
  }
  const mb = (s) => (bytes / 1e6 / s).toFixed(2);
  console.log(
    `${name}: base ${mb(bestBase)} MB/s, candidate ${mb(bestCandidate)} MB/s, candidate ${(bestBase / bestCandidate).toFixed(2)}x base (per document, best of ${PASSES})`,
  );
}
process.exitCode = differing > 0 ? 1 : 0;
