import { describe, expect, it } from 'vitest';
import { format, pickLocale } from '../../../../shared/i18n/pick-locale.ts';

describe('pickLocale', () => {
  const all = ['en', 'es', 'zh', 'vi', 'tl', 'ko'] as const;

  it('prefers the page language, then the browser languages, then the site default', () => {
    expect(pickLocale(['es-MX', 'ko'], all, 'en')).toBe('es');
    expect(pickLocale([null, 'zh-Hant-TW'], all, 'en')).toBe('zh');
    expect(pickLocale(['fr', 'de'], all, 'vi')).toBe('vi');
  });

  it('maps Filipino to the Tagalog catalog and ignores locales the site did not enable', () => {
    expect(pickLocale(['fil-PH'], all, 'en')).toBe('tl');
    expect(pickLocale(['ko'], ['en', 'es'], 'es')).toBe('es');
  });
});

describe('format', () => {
  it('inserts values and leaves unknown placeholders alone', () => {
    expect(format('{site} and {other}', { site: '<b>Acme</b>' })).toBe('<b>Acme</b> and {other}');
  });
});
