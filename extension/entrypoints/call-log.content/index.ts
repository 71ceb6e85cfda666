import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../../lib/content/overlay.ts';

/**
 * Registered at runtime by the background for the page patterns the agent granted, so the extension
 * asks for no host access at install.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    startOverlay(ctx);
  },
});
