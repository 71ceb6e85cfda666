import * as z from 'zod/mini';
import { LinkStyle, Locale, SiteKey } from '../../shared/api/sites.ts';

/** What the embedding page tells the widget: `data-*` attributes, `window.quietlineConfig`, or `mount()`. */
export const EmbedConfig = z.object({
  site: SiteKey,
  /** Origin (and optional path) of the Quietline host; defaults to the script's own origin. */
  host: z.url({ protocol: /^https?$/ }),
  lang: z.optional(Locale),
  /** The link title to show before the site config arrives on a first visit (the config then decides). */
  linkStyle: z.optional(LinkStyle),
});
export type EmbedConfig = z.infer<typeof EmbedConfig>;
