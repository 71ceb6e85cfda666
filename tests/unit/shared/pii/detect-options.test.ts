import { describe, expect, it } from 'vitest';
import { type DetectOptions, detect, detector } from '../../../../shared/pii/detect.ts';

const text = 'This is Sarah Lee, call 555-867-5309 or mail sarah@example.com';
const labels = (t: string, options?: DetectOptions): string[] =>
  detect(t, options).map((f) => `${f.label}:${t.slice(f.start, f.end)}`);

describe('detect options', () => {
  it('runs only the requested labels', () => {
    expect(labels(text, { labels: ['PHONE'] })).toEqual(['PHONE:555-867-5309']);
  });

  it('drops findings under the minimum score', () => {
    expect(labels(text, { minScore: 0 }).length).toBeGreaterThanOrEqual(3);
    expect(labels(text, { minScore: 0.99 })).toEqual([]);
  });

  it('never reports allow-listed values, whatever their case', () => {
    expect(labels(text, { allow: ['SARAH@example.com'] })).not.toContain('EMAIL:sarah@example.com');
  });

  it('always reports deny-listed terms as whole words', () => {
    const t = 'Project Bluebird ships to Bluebirds Inc.';
    expect(labels(t, { deny: [{ term: 'bluebird', label: 'PERSON' }] })).toEqual(['PERSON:Bluebird']);
  });

  it('reads national numbers with the default region', () => {
    const uk = 'ring me on 020 7946 0958';
    expect(labels(uk, { defaultRegion: 'GB', labels: ['PHONE'] })).toEqual(['PHONE:020 7946 0958']);
  });

  it('rejects malformed options', () => {
    expect(() => detect(text, { minScore: 2 })).toThrow();
    expect(() => detect(text, { defaultRegion: 'usa' })).toThrow();
  });

  it('a detector made once finds what detect finds with the same options, for every text', () => {
    const options: DetectOptions = { labels: ['PHONE', 'EMAIL'], allow: ['sarah@example.com'] };
    const scan = detector(options);
    const texts = [text, 'ring 555-201-4477 or mail ops@example.org', '', 'nothing here'];
    for (const t of texts) expect(scan(t)).toEqual(detect(t, options));
    expect(scan(text).map((f) => f.label)).toEqual(['PHONE']);
  });

  it('a detector keeps the options it was made with, whatever happens to them later', () => {
    const options: DetectOptions = { labels: ['PHONE'] };
    const scan = detector(options);
    options.labels?.push('EMAIL');
    expect(scan(text).map((f) => f.label)).toEqual(['PHONE']);
  });

  it('rejects malformed options when the detector is made, before any text', () => {
    expect(() => detector({ minScore: -1 })).toThrow();
    expect(() => detector({ labels: ['NAME' as 'PERSON'] })).toThrow();
  });
});
