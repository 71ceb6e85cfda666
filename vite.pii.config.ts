import { defineConfig } from 'vite';

/** Library build of the PII engine: one ES module usable from plain Node and bundlers. */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: 'shared/pii/pii.ts',
      formats: ['es'],
      fileName: () => 'pii.mjs',
    },
  },
});
