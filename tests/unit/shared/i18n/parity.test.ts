import { describe, expect, it } from 'vitest';
import { Locale } from '../../../../shared/api/sites.ts';
import { dialogCatalogs } from '../../../../shared/i18n/dialog-catalogs.ts';
import { linkCatalogs } from '../../../../shared/i18n/link-catalogs.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe.each([
  ['link', linkCatalogs],
  ['dialog', dialogCatalogs],
] as const)('%s catalogs', (_name, catalogs: Record<Locale, Record<string, string>>) => {
  const source = catalogs.en;

  it('cover every locale the site config accepts', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...Locale.options].sort());
  });

  it.each(Locale.options.filter((l) => l !== 'en'))(
    '%s has exactly the English keys, translated',
    (locale) => {
      const catalog = catalogs[locale];
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(source).sort());
      for (const [key, text] of Object.entries(source)) {
        const translated = catalog[key] ?? '';
        expect(translated.trim(), `${locale}.${key} is empty`).not.toBe('');
        expect(placeholders(translated), `${locale}.${key} placeholders`).toEqual(placeholders(text));
      }
    },
  );
});

describe('legal titles', () => {
  it('keep the exact English wording the regulations name (§7015, §7025(c)(6), §7027)', () => {
    expect(linkCatalogs.en.doNotSell).toBe('Do Not Sell or Share My Personal Information');
    expect(linkCatalogs.en.privacyChoices).toBe('Your Privacy Choices');
    expect(linkCatalogs.en.limitSensitive).toBe('Limit the Use of My Sensitive Personal Information');
    expect(linkCatalogs.en.optOutHonored).toBe('Opt-Out Request Honored');
  });
});
