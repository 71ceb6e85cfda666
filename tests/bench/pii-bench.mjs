#!/usr/bin/env node
// Throughput of our detector against the peer libraries on the same corpora, in one process.
//   npm run bench:pii            (builds dist/pii.mjs first)
//   node tests/bench/pii-bench.mjs [--passes 5]
// Each detector first runs over the whole corpus again and again for WARM_SECONDS, so every one is
// timed at the speed a long-running server or page sees, not while its code is still being optimised
// (a large detector needs many more calls than a handful of regular expressions to get there). Each
// pass then times every detector on every document separately (per-document) and on all documents
// joined by blank lines (bulk); passes alternate between detectors so machine load hits all alike, and
// the best pass of each is kept. No forced heap collections between timings: each one ages every
// detector's compiled code, and V8 then drops and recompiles the code of whichever was not running.
// MB/s = UTF-8 megabytes of input per second.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OpenRedaction } from '@openredaction/openredaction';
import { Redactor } from '@redactpii/node';
import { SyncRedactor } from 'redact-pii';
import { detect } from '../../dist/pii.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const passesArg = process.argv.indexOf('--passes');
const PASSES = passesArg > 0 ? Number(process.argv[passesArg + 1]) : 5;

const CORPORA = [
  ['public (presidio synth v2)', `${root}../shared/data/pii/synth_dataset_v2.jsonl`],
  ['call logs (tests/fixtures/pii)', `${root}tests/fixtures/pii/call-logs.jsonl`],
];

const redactPii = new SyncRedactor();
const redactpiiNode = new Redactor();
const openRedaction = new OpenRedaction();
const DETECTORS = [
  ['quietline detect', (t) => detect(t)],
  ['redact-pii', (t) => redactPii.redact(t)],
  ['@redactpii/node', (t) => redactpiiNode.redact(t)],
  ['@openredaction/openredaction', (t) => openRedaction.detect(t)],
];

const load = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);

const WARM_SECONDS = 3;

function warm(fn, docs) {
  const until = process.hrtime.bigint() + BigInt(WARM_SECONDS * 1e9);
  do time(fn, docs);
  while (process.hrtime.bigint() < until);
}

function time(fn, docs) {
  const t0 = process.hrtime.bigint();
  for (const d of docs) fn(d);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

for (const [name, path] of CORPORA) {
  if (!existsSync(path)) {
    console.log(`${name}: ${path} missing, skipped`);
    continue;
  }
  const docs = load(path);
  const bulk = [docs.join('\n\n')];
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);
  const bulkBytes = Buffer.byteLength(bulk[0], 'utf8');
  const best = new Map(DETECTORS.map(([n]) => [n, { perDoc: Infinity, bulk: Infinity }]));
  for (const [, fn] of DETECTORS) warm(fn, docs);
  for (let p = 0; p < PASSES; p++) {
    for (const [n, fn] of DETECTORS) {
      const b = best.get(n);
      b.perDoc = Math.min(b.perDoc, time(fn, docs));
      b.bulk = Math.min(b.bulk, time(fn, bulk));
    }
  }
  const ours = best.get('quietline detect');
  console.log(`\n${name}: ${docs.length} docs, ${bytes} bytes; best of ${PASSES} passes`);
  console.log(
    `${'detector'.padEnd(30)}${'per-doc MB/s'.padStart(14)}${'bulk MB/s'.padStart(12)}${'ours/peer per-doc'.padStart(20)}${'ours/peer bulk'.padStart(16)}`,
  );
  for (const [n] of DETECTORS) {
    const b = best.get(n);
    const perDoc = bytes / 1e6 / b.perDoc;
    const bulkMb = bulkBytes / 1e6 / b.bulk;
    const ratio = n === 'quietline detect' ? '' : `${(b.perDoc / ours.perDoc).toFixed(1)}x`;
    const ratioBulk = n === 'quietline detect' ? '' : `${(b.bulk / ours.bulk).toFixed(1)}x`;
    console.log(
      `${n.padEnd(30)}${perDoc.toFixed(2).padStart(14)}${bulkMb.toFixed(2).padStart(12)}${ratio.padStart(20)}${ratioBulk.padStart(16)}`,
    );
  }
}

// Linear time on real text, not only on the probe's synthetic worst cases: the public corpus joined
// into one text, then eight copies of it. Eight times the text should take about eight times as long.
const publicPath = CORPORA[0][1];
if (existsSync(publicPath)) {
  const once = load(publicPath).join('\n\n');
  const eight = Array.from({ length: 8 }, () => once).join('\n\n');
  const bestOf = (text) => Math.min(...Array.from({ length: 3 }, () => time(detect, [text])));
  detect(eight);
  const t1 = bestOf(once);
  const t8 = bestOf(eight);
  console.log(
    `\nscaling (quietline detect, public corpus as one text): ${once.length} chars ${(t1 * 1e3).toFixed(0)} ms, ` +
      `${eight.length} chars ${(t8 * 1e3).toFixed(0)} ms: ${(t8 / t1).toFixed(1)}x the time for 8x the text`,
  );
}

// Long single lines of one repeated phrase: each recognizer's look back or ahead must stay within its
// reach, or the time grows with the square of the line (a cue per phrase, a scan to the line's end).
const LINE_SHAPES = [
  'license ohio, rt448209 ',
  'card ending 1234 and ',
  'claimant: 5551234567 ',
  'born 01/02/1990 ',
  'passport ',
  'my name is John Smith ',
  'PROMPT verify_zip DTMF 44107 ',
  '{ "type": "passport", "number": "NP7732184" } ',
];
const bestOfLine = (text) => Math.min(...Array.from({ length: 3 }, () => time(detect, [text])));
for (const shape of LINE_SHAPES) {
  const one = shape.repeat(Math.ceil(40_000 / shape.length));
  const eight = shape.repeat(Math.ceil(320_000 / shape.length));
  detect(one);
  const t1 = bestOfLine(one);
  const t8 = bestOfLine(eight);
  console.log(
    `scaling on one line of ${JSON.stringify(shape)}: ${(t1 * 1e3).toFixed(0)} ms, 8x longer ${(t8 * 1e3).toFixed(0)} ms (${(t8 / t1).toFixed(1)}x)`,
  );
}
