import type { Locale, SiteConfig } from '../../shared/api/sites.ts';
import { pickLocale } from '../../shared/i18n/pick-locale.ts';

/** The embed's `lang`, then the page's `lang`, then the browser's languages, within the site's languages. */
export function dialogLocale(
  embedLang: Locale | undefined,
  config: Pick<SiteConfig, 'languages' | 'defaultLanguage'>,
): Locale {
  const browser =
    typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return pickLocale(
    [embedLang, document.documentElement.lang, ...browser],
    config.languages,
    config.defaultLanguage,
  );
}
