import { describe, expect, it } from 'vitest';
import { safeNext } from '../../../host/lib/page-session.ts';
import { phoneDigits } from '../../../host/lib/phone.ts';
import { searchBoxQuery } from '../../../host/lib/search-box.ts';

describe('phoneDigits', () => {
  it('reduces every common US format to the same ten digits', () => {
    for (const typed of [
      '(555) 010-0123',
      '555.010.0123',
      '+1 555 010 0123',
      '1-555-010-0123',
      '5550100123',
    ]) {
      expect(phoneDigits(typed)).toBe('5550100123');
    }
  });

  it('keeps partial numbers and non-NANP numbers as typed digits', () => {
    expect(phoneDigits('010-0123')).toBe('0100123');
    expect(phoneDigits('+44 20 7946 0000')).toBe('442079460000');
  });
});

describe('searchBoxQuery', () => {
  it('reads an email, a phone number or a name from one box', () => {
    expect(searchBoxQuery(' jane@example.com ')).toEqual({ email: 'jane@example.com' });
    expect(searchBoxQuery('(555) 010-0123')).toEqual({ phone: '(555) 010-0123' });
    expect(searchBoxQuery('Jane Roe')).toEqual({ name: 'Jane Roe' });
    expect(searchBoxQuery('12')).toEqual({ name: '12' });
    expect(searchBoxQuery('   ')).toEqual({});
  });
});

describe('safeNext', () => {
  it('only returns to call-log paths on this host', () => {
    expect(safeNext('/app/calls/rec_abc123?x=1')).toBe('/app/calls/rec_abc123?x=1');
    for (const bad of [
      '//evil.example',
      'https://evil.example/app/',
      '/\\evil.example',
      '/contact',
      undefined,
    ]) {
      expect(safeNext(bad)).toBe('/app/calls');
    }
  });
});
