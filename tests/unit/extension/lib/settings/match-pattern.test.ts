import { describe, expect, it } from 'vitest';
import { validateMatchPattern } from '../../../../../extension/lib/settings/match-pattern.ts';

describe('validateMatchPattern', () => {
  it('accepts a site pattern and asks for that host only', () => {
    expect(validateMatchPattern('https://calls.example.com/app/*')).toEqual({
      ok: true,
      pattern: 'https://calls.example.com/app/*',
      origin: 'https://calls.example.com/*',
    });
    expect(validateMatchPattern('*://*.example.com/*')).toMatchObject({
      ok: true,
      origin: '*://*.example.com/*',
    });
    expect(validateMatchPattern('http://127.0.0.1:8790/app/*')).toMatchObject({
      ok: true,
      origin: 'http://127.0.0.1/*',
    });
  });

  it.each([
    '<all_urls>',
    '*://*/*',
    'calls.example.com',
    'https://calls.example.com',
    'file:///etc/*',
    'https://*x.com/*',
  ])('rejects %s', (input) => {
    expect(validateMatchPattern(input).ok).toBe(false);
  });
});
