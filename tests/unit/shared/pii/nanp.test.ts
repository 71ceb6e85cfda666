import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import {
  nanpImpossible,
  nanpLeadingZeroVerdict,
  nanpTenDigitVerdict,
} from '../../../../shared/pii/validators/nanp.ts';

/** How people group the digits of one national number. */
const formats = [
  (d: string) => d,
  (d: string) => `${d.slice(0, 3)}-${d.slice(3)}`,
  (d: string) => `(${d.slice(0, 3)}) ${d.slice(3)}`,
  (d: string) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`,
  (d: string) => `${d} x12`,
];

describe('nanpImpossible', () => {
  // The phone recognizer trusts this instead of libphonenumber; a metadata update that adds a length fails here.
  it('only rules out numbers libphonenumber calls neither valid nor possible', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('US', 'CA'),
        fc.integer({ min: 7, max: 15 }),
        fc.stringMatching(/^[0-9]{15}$/),
        fc.integer({ min: 0, max: formats.length - 1 }),
        (region, n, pool, f) => {
          const digits = pool.slice(0, n);
          if (!nanpImpossible(digits, region, false)) return;
          const parsed = parsePhoneNumberFromString((formats[f] as (d: string) => string)(digits), region);
          expect(parsed?.isValid() ?? false).toBe(false);
          expect(parsed?.isPossible() ?? false).toBe(false);
        },
      ),
      { numRuns: 8000 },
    );
  });

  it('leaves numbers that can be valid to libphonenumber', () => {
    expect(nanpImpossible('4155550132', 'US', false)).toBe(false);
    expect(nanpImpossible('3101234', 'US', false)).toBe(false);
    expect(nanpImpossible('5550123', 'CA', false)).toBe(false);
    expect(nanpImpossible('14155550132', 'US', false)).toBe(false);
    expect(nanpImpossible('442079460958', 'US', true)).toBe(false);
    expect(nanpImpossible('5550123', 'GB', false)).toBe(false);
    expect(nanpImpossible('5550123', 'US', false)).toBe(true);
  });

  // Ten-digit numbers skip the library too; its answer must be the library's, for every area code.
  it('gives the verdict libphonenumber gives for ten-digit US and CA numbers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('US', 'CA'),
        fc.integer({ min: 200, max: 999 }),
        fc.stringMatching(/^[0-9]{7}$/),
        fc.integer({ min: 0, max: formats.length - 1 }),
        (region, area, rest, f) => {
          const digits = `${area}${rest}`;
          const parsed = parsePhoneNumberFromString((formats[f] as (d: string) => string)(digits), region);
          expect(nanpTenDigitVerdict(digits, region, false)).toEqual({
            valid: parsed?.isValid(),
            possible: parsed?.isPossible(),
          });
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('leaves other numbers to the library', () => {
    expect(nanpTenDigitVerdict('1415555013', 'US', false)).toBeNull();
    expect(nanpTenDigitVerdict('4155550132', 'GB', false)).toBeNull();
    expect(nanpTenDigitVerdict('4155550132', 'US', true)).toBeNull();
    expect(nanpTenDigitVerdict('415555013', 'US', false)).toBeNull();
  });

  // Numbers with a leading 0 skip the library as well, however people group and bracket their digits.
  it('gives the verdict libphonenumber gives for leading-zero numbers, in any grouping', () => {
    const seps = [' ', '-', '.', ' - ', ') ', ')', ' (', '(', ')-', ') - ', '  ', '\u2013'];
    fc.assert(
      fc.property(
        fc.constantFrom('US', 'CA'),
        fc.integer({ min: 7, max: 15 }),
        fc.stringMatching(/^0[0-9]{14}$/),
        fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 5 }),
        fc.array(fc.constantFrom(...seps), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        (region, n, pool, cuts, between, bracket) => {
          const digits = pool.slice(0, n);
          const verdict = nanpLeadingZeroVerdict(digits, region, false);
          if (digits.startsWith('011')) {
            expect(verdict).toBeNull();
            return;
          }
          let raw = '';
          let at = 0;
          for (const [k, cut] of cuts.entries()) {
            if (at + cut >= n) break;
            raw += `${digits.slice(at, at + cut)}${between[k]}`;
            at += cut;
          }
          raw += digits.slice(at);
          const parsed = parsePhoneNumberFromString(bracket ? `(${raw}` : raw, region);
          expect(verdict).toEqual({
            valid: parsed?.isValid() ?? false,
            possible: parsed?.isPossible() ?? false,
          });
        },
      ),
      { numRuns: 8000 },
    );
    expect(nanpLeadingZeroVerdict('0417164300', 'US', true)).toBeNull();
    expect(nanpLeadingZeroVerdict('0417164300', 'GB', false)).toBeNull();
    expect(nanpLeadingZeroVerdict('4155550132', 'US', false)).toBeNull();
  });
});
