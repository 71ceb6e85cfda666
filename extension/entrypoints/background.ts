import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncOverlayScript } from '../lib/background/content-scripts.ts';
import { serveDetection } from '../lib/background/detect.ts';
import { warmUpEngine } from '../lib/background/warm-up.ts';
import { loadSettings, watchSettings } from '../lib/settings/store.ts';

export default defineBackground(() => {
  serveDetection();
  setTimeout(warmUpEngine, 0);
  // Serialised so overlapping saves cannot register the script twice.
  let queue: Promise<unknown> = Promise.resolve();
  const sync = (): void => {
    queue = queue.then(() => loadSettings().then(syncOverlayScript)).catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  watchSettings(sync);
});
