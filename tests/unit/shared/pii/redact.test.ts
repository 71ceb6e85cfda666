import { describe, expect, it } from 'vitest';
import { detect } from '../../../../shared/pii/detect.ts';
import type { Finding } from '../../../../shared/pii/finding.ts';
import { keyedToken, redact } from '../../../../shared/pii/redact.ts';

const text = 'Call 555-867-5309 or mail j.doe@example.com';
const findings = detect(text);
const KEY = 'a-long-enough-secret-key';

describe('redact', () => {
  it('replaces values with label tokens', () => {
    expect(redact(text, findings, { kind: 'label' })).toBe('Call [PHONE] or mail [EMAIL]');
  });

  it('masks all but the last N characters, keeping punctuation', () => {
    expect(redact(text, findings, { kind: 'mask', keepLast: 4 })).toBe(
      'Call ***-***-5309 or mail *.***@******e.com',
    );
    expect(
      redact('SSN 123-45-6789', detect('SSN 123-45-6789'), { kind: 'mask', keepLast: 0, char: '#' }),
    ).toBe('SSN ###-##-####');
  });

  it('removes values', () => {
    expect(redact(text, findings, { kind: 'remove' })).toBe('Call  or mail ');
  });

  it('gives the same token for the same value under one key, and another under another key', () => {
    const a = redact('phone 555-867-5309', detect('phone 555-867-5309'), { kind: 'hash', key: KEY });
    const b = redact('phone (555) 867-5309', detect('phone (555) 867-5309'), { kind: 'hash', key: KEY });
    const c = redact('phone 555-867-5309', detect('phone 555-867-5309'), { kind: 'hash', key: `${KEY}-2` });
    expect(a).toMatch(/^phone \[PHONE:[0-9a-f]{12}\]$/);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(keyedToken(KEY, 'EMAIL', 'J.Doe@Example.com')).toBe(keyedToken(KEY, 'EMAIL', 'j.doe@example.com'));
    expect(keyedToken(KEY, 'PERSON', 'Ann Lee')).not.toBe(keyedToken(KEY, 'PERSON', 'Ann Leigh'));
  });

  it('merges overlapping findings so no fragment survives', () => {
    const overlapping: Finding[] = [
      { start: 5, end: 12, label: 'PHONE', score: 1, source: 'test' },
      { start: 9, end: 17, label: 'PHONE', score: 1, source: 'test' },
    ];
    expect(redact(text, overlapping, { kind: 'label' })).toBe('Call [PHONE] or mail j.doe@example.com');
  });

  it('rejects a hash key too short to keep tokens unguessable', () => {
    expect(() => redact(text, findings, { kind: 'hash', key: 'short' })).toThrow();
  });
});
