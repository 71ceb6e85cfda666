import { describe, expect, it } from 'vitest';
import { gpcFromHeader, gpcFromNavigator } from '../../../../shared/signals/gpc.ts';

describe('Global Privacy Control', () => {
  it('treats only a true DOM attribute as the signal', () => {
    expect(gpcFromNavigator({ globalPrivacyControl: true })).toBe(true);
    expect(gpcFromNavigator({ globalPrivacyControl: false })).toBe(false);
    expect(gpcFromNavigator({ globalPrivacyControl: 'true' })).toBe(false);
    expect(gpcFromNavigator({})).toBe(false);
    expect(gpcFromNavigator(undefined)).toBe(false);
  });

  it('survives a throwing getter', () => {
    const nav = Object.defineProperty({}, 'globalPrivacyControl', {
      get() {
        throw new Error('blocked');
      },
    });
    expect(gpcFromNavigator(nav)).toBe(false);
  });

  it('reads the Sec-GPC header value "1" only', () => {
    expect(gpcFromHeader('1')).toBe(true);
    expect(gpcFromHeader(' 1 ')).toBe(true);
    expect(gpcFromHeader('0')).toBe(false);
    expect(gpcFromHeader('true')).toBe(false);
    expect(gpcFromHeader(null)).toBe(false);
  });
});
