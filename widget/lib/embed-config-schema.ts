import * as z from 'zod/mini';
import { Locale, SiteKey } from '../../shared/api/sites.ts';

/** What the embedding page tells the widget: `data-*` attributes, `window.quietlineConfig`, or `mount()`. */
export const EmbedConfig = z.object({
  site: SiteKey,
  /** Origin (and optional path) of the Quietline host; defaults to the script's own origin. */
  host: z.url({ protocol: /^https?$/ }),
  lang: z.optional(Locale),
});
export type EmbedConfig = z.infer<typeof EmbedConfig>;
