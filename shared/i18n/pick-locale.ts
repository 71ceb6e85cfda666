import type { Locale } from '../api/sites.ts';

// BCP 47 primary subtags that mean one of our locales under another code (Filipino is written as Tagalog).
const ALIASES: Record<string, Locale> = { fil: 'tl' };

function toLocale(tag: string, available: readonly Locale[]): Locale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const locale = (ALIASES[primary] ?? primary) as Locale;
  return available.includes(locale) ? locale : undefined;
}

/** First match of the page's `lang`, then the browser's languages, else the site's default. */
export function pickLocale(
  preferences: readonly (string | null | undefined)[],
  available: readonly Locale[],
  fallback: Locale,
): Locale {
  for (const tag of preferences) {
    const locale = tag ? toLocale(tag, available) : undefined;
    if (locale) return locale;
  }
  return fallback;
}

/** Replaces `{name}` placeholders; values are inserted as text, never as markup. */
export function format(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
