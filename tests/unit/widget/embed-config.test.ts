// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEmbedConfig } from '../../../widget/lib/embed-config.ts';

function script(attributes: Record<string, string>): HTMLScriptElement {
  const el = document.createElement('script');
  el.src = 'https://privacy.example/widget/quietline.js';
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

describe('embed config', () => {
  it('takes the site from data-site and the host from the script origin', () => {
    expect(readEmbedConfig(script({ 'data-site': 'demo' }), undefined)).toEqual({
      ok: true,
      config: { site: 'demo', host: 'https://privacy.example' },
    });
  });

  it('accepts window.quietlineConfig, with data attributes winning', () => {
    const result = readEmbedConfig(script({ 'data-lang': 'es' }), {
      site: 'acme',
      host: 'https://h.example',
    });
    expect(result).toEqual({ ok: true, config: { site: 'acme', host: 'https://h.example', lang: 'es' } });
  });

  it('names the bad field and its value', () => {
    const bad = readEmbedConfig(script({ 'data-site': 'Bad Key' }), undefined);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('field "site" is invalid ("Bad Key")');
    const lang = readEmbedConfig(script({ 'data-site': 'demo', 'data-lang': 'fr' }), undefined);
    if (!lang.ok) expect(lang.message).toContain('field "lang"');
    expect(lang.ok).toBe(false);
    const missing = readEmbedConfig(script({}), undefined);
    if (!missing.ok) expect(missing.message).toContain('"site" is invalid (missing)');
  });

  it('tells the site owner the attribute to set in its kebab-case form', () => {
    const bad = readEmbedConfig(script({ 'data-site': 'demo', 'data-link-style': 'shout' }), undefined);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('Set data-link-style or window.quietlineConfig.linkStyle');
  });
});
