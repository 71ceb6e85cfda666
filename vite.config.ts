import { execFileSync } from 'node:child_process';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

// The widget ships three things from one `vite build --config vite.config.ts`:
//   dist/widget/quietline.js         the script-tag loader (IIFE; link, GPC, __gpp/__uspapi, persistence)
//   dist/widget/quietline-dialog.js  the Preact dialog, injected by the loader on first use
//   dist/widget/npm.mjs + dist/types the `quietline/widget` package entry with types
const outDir = 'dist/widget';

const shared: InlineConfig = {
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': '"production"' },
};

function libBuild(
  entry: string,
  fileName: string,
  format: 'iife' | 'es',
  emptyOutDir: boolean,
): InlineConfig {
  return {
    ...shared,
    build: {
      outDir,
      emptyOutDir,
      target: 'es2020',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: [format], fileName: () => fileName, name: 'QuietlineWidget' },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].mjs' } },
    },
  };
}

function declarations(): void {
  // tsc with explicit files ignores tsconfig.json, so the strict settings are repeated here.
  execFileSync(
    process.execPath,
    [
      'node_modules/typescript/bin/tsc',
      'widget/npm.ts',
      '--ignoreConfig',
      '--declaration',
      '--emitDeclarationOnly',
      '--outDir',
      'dist/types',
      '--rootDir',
      '.',
      '--target',
      'es2022',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      '--jsx',
      'react-jsx',
      '--jsxImportSource',
      'preact',
      '--allowImportingTsExtensions',
      '--rewriteRelativeImportExtensions',
      '--strict',
      '--skipLibCheck',
      '--lib',
      'es2023,dom,dom.iterable',
      '--types',
      'node',
    ],
    { stdio: 'inherit' },
  );
}

/** After the loader is written, build the dialog, the npm entry and its declarations. */
function companions(): Plugin {
  let done = false;
  return {
    name: 'quietline-widget-companions',
    apply: 'build',
    async closeBundle() {
      if (done) return;
      done = true;
      await build(libBuild('widget/app/dialog-entry.ts', 'quietline-dialog.js', 'iife', false));
      await build(libBuild('widget/npm.ts', 'npm.mjs', 'es', false));
      declarations();
      // STYLE.md: size budgets fail the build, not only `npm run size`.
      execFileSync(process.execPath, ['tests/size/check-size.mjs'], { stdio: 'inherit' });
    },
  };
}

export default defineConfig({
  ...shared,
  ...libBuild('widget/main.ts', 'quietline.js', 'iife', true),
  plugins: [companions()],
});
