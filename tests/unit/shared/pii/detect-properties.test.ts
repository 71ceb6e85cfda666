import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../../shared/pii/detect.ts';
import type { Finding } from '../../../../shared/pii/finding.ts';
import { redact } from '../../../../shared/pii/redact.ts';

/** Text that mixes PII-looking fragments with arbitrary characters, so findings actually occur. */
const piiish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'call 555-867-5309 ',
        'j.doe@example.com ',
        'SSN 123-45-6789 ',
        '4111 1111 1111 1111 ',
        'my name is Sarah Lee ',
        'five five five oh one two three four five six ',
        '123 Main Street, Austin, TX 78701 ',
        'ending in 4242 ',
        'مرحبا שלום ',
        '\u202e\u200f',
        '\ud800',
        '\udc00x',
        '\n> ',
      ),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

/** The first way the findings break the contract, or null; one assertion per call keeps big inputs fast. */
function shapeError(text: string, findings: readonly Finding[]): string | null {
  let last = 0;
  for (const f of findings) {
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end))
      return `non-integer offsets ${f.start}-${f.end}`;
    if (f.start < last) return `unsorted or overlapping at ${f.start}`;
    if (f.end <= f.start || f.end > text.length) return `bad range ${f.start}-${f.end} of ${text.length}`;
    if (!(f.score >= 0 && f.score <= 1)) return `score ${f.score}`;
    last = f.end;
  }
  return null;
}

function checkShape(text: string, findings: readonly Finding[]): void {
  expect(shapeError(text, findings)).toBeNull();
}

describe('detect: properties', () => {
  it('returns in-range, sorted, non-overlapping findings for any string', () => {
    fc.assert(
      fc.property(fc.oneof(piiish, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        checkShape(text, detect(text));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on lone surrogates, RTL marks or very long lines', () => {
    const long = `${'Aa 1-2 '.repeat(40_000)}call 555-867-5309`;
    for (const text of [
      '\ud800',
      '\udfff\ud800',
      '\u202eSSN 123-45-6789\u202c',
      long,
      '\n'.repeat(10_000),
      '',
    ]) {
      checkShape(text, detect(text));
    }
    expect(detect(long).some((f) => f.label === 'PHONE')).toBe(true);
    // Inputs that yield a finding every few characters must not overflow the stack or go quadratic.
    for (const text of [
      'ab '.repeat(300_000),
      'Ann Lee, '.repeat(100_000),
      'ab12:'.repeat(200_000),
      '\n'.repeat(500_000),
      // Many words before the text's one form field: each word must not search on to the distant "&".
      `${'see x '.repeat(600_000)}a=b&c=d%20e`,
      // Many lower-case names, each mentioned again: one walk over the text, not one search per name.
      Array.from(
        { length: 60_000 },
        (_, i) => `my name is zq${i.toString(36)}x okay zq${i.toString(36)}x`,
      ).join('\n'),
    ]) {
      const t0 = performance.now();
      checkShape(text, detect(text));
      expect(performance.now() - t0).toBeLessThan(5_000);
    }
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(piiish, (text) => {
        expect(detect(text)).toEqual(detect(text));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves no found value in redacted output (label, hash and remove operators)', () => {
    fc.assert(
      fc.property(piiish, fc.constantFrom('label', 'hash', 'remove'), (text, kind) => {
        const findings = detect(text);
        const op =
          kind === 'hash'
            ? ({ kind: 'hash', key: 'property-test-key-0001' } as const)
            : ({ kind } as { kind: 'label' | 'remove' });
        const out = redact(text, findings, op);
        for (const f of findings) {
          const value = text.slice(f.start, f.end);
          // Values of three or more characters can be searched for; shorter ones occur by chance.
          if (value.trim().length >= 3 && /[\p{L}\p{N}]{2}/u.test(value))
            expect(out.includes(value)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
