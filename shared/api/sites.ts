import * as z from 'zod/mini';

export const SiteKey = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/));
export type SiteKey = z.infer<typeof SiteKey>;

export const Locale = z.enum(['en', 'es', 'zh', 'vi', 'tl', 'ko']);
export type Locale = z.infer<typeof Locale>;

/** §7015: either the "Do Not Sell or Share" title or the Alternative Opt-out Link title. */
export const LinkStyle = z.enum(['do-not-sell', 'privacy-choices']);
export type LinkStyle = z.infer<typeof LinkStyle>;

/** Text overrides a business may set per locale, keyed by the widget's message ids. */
export const TextOverrides = z.record(Locale, z.record(z.string(), z.string().check(z.maxLength(2000))));

/** The public widget configuration served to any page: nothing secret belongs here. */
export const SiteConfig = z.object({
  key: SiteKey,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  linkStyle: LinkStyle,
  /** §7027: the business uses sensitive PI beyond the permitted purposes, so the Limit link shows. */
  usesSensitivePi: z.boolean(),
  /** §7070-7071 / Civ. Code 1798.120(c): known under-16 audience, so sale/sharing is opt-in only. */
  knownMinorAudience: z.boolean(),
  privacyPolicyUrl: z.string().check(z.maxLength(2000)),
  languages: z.array(Locale).check(z.minLength(1)),
  defaultLanguage: Locale,
  texts: z.optional(z.partialRecord(Locale, z.record(z.string(), z.string().check(z.maxLength(2000))))),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

/** Host-side settings: the public config plus what only the host uses. */
export const SiteSettings = z.object({
  ...SiteConfig.shape,
  /** CORS: only these origins may call the widget endpoints for this site. */
  allowedOrigins: z.array(z.string().check(z.maxLength(300))),
});
export type SiteSettings = z.infer<typeof SiteSettings>;
