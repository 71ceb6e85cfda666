// Prints the gzip size of every built widget file and fails when a budget is exceeded.
// Run after `npm run build:widget`: `npm run size`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
const root = 'dist/widget';

/** Budgets in gzip bytes: what every page loads, and everything a visitor can load. */
const budgets = [
  {
    name: 'loader (every page: link, GPC, __gpp/__uspapi, persistence)',
    files: ['quietline.js'],
    max: 10 * KB,
  },
  {
    name: 'all script-tag files (loader + dialog)',
    files: ['quietline.js', 'quietline-dialog.js'],
    max: 30 * KB,
  },
];

if (!existsSync(root)) {
  console.error(`No ${root}: run "npm run build:widget" first.`);
  process.exit(1);
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const sizes = new Map();
for (const path of walk(root).filter((p) => /\.(m?js|css)$/.test(p))) {
  const bytes = readFileSync(path);
  sizes.set(relative(root, path), {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
console.log('file'.padEnd(44), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const [file, s] of [...sizes].sort()) {
  console.log(file.padEnd(44), kb(s.raw).padStart(10), kb(s.gzip).padStart(10), kb(s.brotli).padStart(10));
}
console.log('');

let failed = false;
for (const budget of budgets) {
  const missing = budget.files.filter((f) => !sizes.has(f));
  if (missing.length > 0) {
    console.error(`FAIL ${budget.name}: missing ${missing.join(', ')}`);
    failed = true;
    continue;
  }
  const total = budget.files.reduce((sum, f) => sum + sizes.get(f).gzip, 0);
  const ok = total <= budget.max;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${budget.name}: ${kb(total)} gzip (budget ${kb(budget.max)})`);
}

const loader = sizes.get('quietline.js');
const dialog = sizes.get('quietline-dialog.js');
if (loader && dialog) {
  console.log(
    `\nREADME: the loader is ${kb(loader.gzip)} gzip on every page; the dialog adds ${kb(dialog.gzip)} gzip on first use (${kb(loader.gzip + dialog.gzip)} in all).`,
  );
}
process.exit(failed ? 1 : 0);
