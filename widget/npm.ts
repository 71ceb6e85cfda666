import type { LinkStyle, Locale } from '../shared/api/sites.ts';
import { boot } from './lib/boot.ts';
import { parseEmbedConfig } from './lib/embed-config.ts';
import type { QuietlineApi } from './lib/public-api.ts';
import { guard, reportError } from './lib/report.ts';

export type { QuietlineApi } from './lib/public-api.ts';
export type { WidgetState } from './lib/store.ts';

/** Options for {@link mount}; the same fields as the script tag's `data-*` attributes. */
export interface MountOptions {
  /** The site key configured on the Quietline host. */
  site: string;
  /** Origin of the Quietline host, e.g. `https://privacy.example.com`. */
  host: string;
  /** Forces a language; otherwise the page's `lang` or the browser's languages decide. */
  lang?: Locale;
  /** The link title shown before the site config first arrives; the config then decides. */
  linkStyle?: LinkStyle;
  /** CSP nonce for the dialog's fallback `<style>` element. */
  nonce?: string;
  /** Clock override, for tests. */
  now?: () => Date;
  /** Adds the IAB `__gppLocator` frame for ad tech in frames (costs a few ms of main thread). */
  gppLocator?: boolean;
}

/**
 * Starts the widget from a bundler: renders the privacy choices link, honours GPC and
 * installs `__gpp`/`__uspapi`. Returns the same API as `window.Quietline`, or undefined
 * (after one console error naming the bad field) when the options are invalid.
 */
export function mount(options: MountOptions): QuietlineApi | undefined {
  return guard((): QuietlineApi | undefined => {
    const embed = parseEmbedConfig({
      site: options.site,
      host: options.host,
      lang: options.lang,
      linkStyle: options.linkStyle,
    });
    if (!embed.ok) {
      reportError(embed.message);
      return undefined;
    }
    return boot({
      embed: embed.config,
      nonce: options.nonce,
      loadDialog: () => import('./app/dialog-module.tsx').then((m) => m.dialogModule),
      ...(options.now ? { now: options.now } : {}),
      gppLocator: options.gppLocator === true,
    });
  }, undefined)();
}
