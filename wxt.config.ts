import { defineConfig } from 'wxt';

/** Loopback pages the test build may overlay without a permission prompt; the store build has none. */
const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*'];

export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ mode, browser }) => ({
    name: mode === 'e2e' ? 'Quietline (test build)' : 'Quietline',
    description: 'Highlights personal information on call-log pages, without changing the page.',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: mode === 'e2e' ? E2E_HOST_PERMISSIONS : [],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Quietline' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'extension@quietline.dev', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
