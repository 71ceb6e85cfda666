import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const api = resolve(import.meta.dirname, '../../../../shared/api');

/** Bundles an entry the way the widget build does and returns the minified code. */
async function bundle(source: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'quietline-shake-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, source);
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'out' } },
    });
    const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    return results.flatMap((r) => r.output.map((o) => (o.type === 'chunk' ? o.code : ''))).join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('client tree-shaking', () => {
  it('an app that only reads site config does not ship the record or privacy-request schemas', async () => {
    const code = await bundle(
      `import { createClient } from '${api}/client.ts';
       import { getSiteConfig } from '${api}/endpoints/sites.ts';
       export const load = () => getSiteConfig(createClient({ baseUrl: location.origin }), 'demo');`,
    );
    expect(code).toContain('/config');
    for (const foreign of ['durationSeconds', 'transcript', 'respondBy', 'noticeVersion', '/v1/records']) {
      expect(code).not.toContain(foreign);
    }
  }, 60_000);

  it('the same check sees the record schemas when records are used (control)', async () => {
    const code = await bundle(
      `import { createClient } from '${api}/client.ts';
       import { getRecord } from '${api}/endpoints/records.ts';
       export const load = () => getRecord(createClient({ baseUrl: location.origin }), 'rec_abcdef');`,
    );
    expect(code).toContain('durationSeconds');
    expect(code).toContain('transcript');
  }, 60_000);
});
