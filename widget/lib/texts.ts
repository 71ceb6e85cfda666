import type { Locale, SiteConfig } from '../../shared/api/sites.ts';

/** Applies the site's text overrides for known keys only; values stay plain text (set via textContent). */
export function withOverrides<T extends Record<string, string>>(
  catalog: T,
  config: SiteConfig | undefined,
  lang: Locale,
): T {
  const overrides = config?.texts?.[lang];
  if (!overrides) return catalog;
  const out: Record<string, string> = { ...catalog };
  for (const key of Object.keys(catalog)) {
    const value = overrides[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  }
  return out as T;
}
