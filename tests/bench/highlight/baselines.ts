import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = resolve('tests/bench/highlight/baselines');

/** Writes an unpacked extension running the given scripts at document_idle on loopback pages. */
function writeExtension(dir: string, name: string, scripts: Array<[string, string]>): string {
  mkdirSync(dir, { recursive: true });
  for (const [from, to] of scripts) copyFileSync(from, join(dir, to));
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0.0',
    content_scripts: [
      { matches: ['http://127.0.0.1/*'], js: scripts.map(([, to]) => to), run_at: 'document_idle' },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export function writeBaselines(root: string): { regexHighlight: string; markJs: string; empty: string } {
  const patterns: [string, string] = [join(here, 'patterns.js'), 'patterns.js'];
  writeFileSync(join(root, 'nothing.js'), '');
  return {
    empty: writeExtension(join(root, 'empty'), 'Baseline: an extension that does nothing', [
      [join(root, 'nothing.js'), 'nothing.js'],
    ]),
    regexHighlight: writeExtension(join(root, 'regex-highlight'), 'Baseline: per-node Highlight API', [
      patterns,
      [join(here, 'regex-highlight.js'), 'regex-highlight.js'],
    ]),
    markJs: writeExtension(join(root, 'mark-js'), 'Baseline: mark.js', [
      [resolve('node_modules/mark.js/dist/mark.min.js'), 'mark.min.js'],
      patterns,
      [join(here, 'mark-baseline.js'), 'mark-baseline.js'],
    ]),
  };
}
