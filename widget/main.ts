import { boot } from './lib/boot.ts';
import { scriptDialogLoader } from './lib/dialog-loader.ts';
import { readEmbedConfig } from './lib/embed-config.ts';
import { VERSION } from './lib/public-api.ts';
import { guard, reportError } from './lib/report.ts';

/** Script-tag entry: `<script src=".../quietline.js" data-site="KEY" async>`. Wires only; never throws. */
type QuietlineWindow = Window & { Quietline?: unknown; quietlineConfig?: unknown };

guard(() => {
  // Marks for tests/bench/widget: script start to link in the DOM.
  performance.mark('quietline:start');
  const win = window as QuietlineWindow;
  if (win.Quietline) return; // Loaded twice: the first copy owns the page.
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  const embed = readEmbedConfig(script, win.quietlineConfig);
  if (!embed.ok) return reportError(embed.message);
  const nonce = script?.nonce || undefined;
  // Versioned so a cached loader never pairs with a dialog file of another release.
  const dialogUrl = new URL(`quietline-dialog.js?v=${VERSION}`, script?.src || location.href).href;
  win.Quietline = boot({
    embed: embed.config,
    nonce,
    script,
    gppLocator: script?.hasAttribute('data-gpp-locator') === true,
    loadDialog: scriptDialogLoader(dialogUrl, nonce),
  });
}, undefined)();
