import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** After the bundle: declarations for the `quietline/pii` entry (dist/types/pii.d.ts). */
function declarations(): Plugin {
  return {
    name: 'quietline-pii-declarations',
    closeBundle() {
      execFileSync(
        process.execPath,
        ['node_modules/typescript/bin/tsc', '-p', 'shared/pii/tsconfig.types.json'],
        {
          stdio: 'inherit',
        },
      );
      writeFileSync('dist/types/pii.d.ts', "export * from './shared/pii/pii.js';\n");
    },
  };
}

/** Library build of the PII engine: one ES module usable from plain Node and bundlers. */
export default defineConfig({
  publicDir: false,
  plugins: [declarations()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: 'shared/pii/pii.ts',
      formats: ['es'],
      fileName: () => 'pii.mjs',
    },
  },
});
