import { describe, expect, it } from 'vitest';
import { generateDemoRecords } from '../../../../host/seed/generate-records.ts';
import { CallLogRecord } from '../../../../shared/api/records.ts';

function allText(records: CallLogRecord[]): string {
  return records
    .map((r) => {
      if (r.kind === 'call') return r.transcript.map((t) => t.text).join('\n');
      if (r.kind === 'form') return r.fields.map((f) => f.value).join('\n');
      return r.messages.map((m) => m.text).join('\n');
    })
    .join('\n');
}

describe('generateDemoRecords', () => {
  const records = generateDemoRecords({ count: 300, seed: 7 });

  it('gives every machine the same demo data for the same seed', () => {
    expect(generateDemoRecords({ count: 300, seed: 7 })).toEqual(records);
    expect(generateDemoRecords({ count: 300, seed: 8 })).not.toEqual(records);
  });

  it('produces records the API contract accepts, with unique ids, newest first', () => {
    for (const record of records) expect(CallLogRecord.safeParse(record).success).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const times = records.map((r) => r.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('covers every kind of contact', () => {
    const kinds = new Set(records.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['call', 'chat', 'form', 'sms']);
  });

  it('carries personal information in typed and spoken forms, and look-alikes that are not personal', () => {
    const text = allText(records);
    expect(text).toMatch(/\(\d{3}\) 555-01\d\d/);
    expect(text).toMatch(/(five|double five|triple five) .*(oh|zero) one/);
    expect(text).toMatch(/ at example dot (com|org|net)/);
    expect(text).toMatch(/(january|march|july|october) \w+ (nineteen|two thousand)/);
    expect(text).toMatch(/apartment \w+ [abc]/);
    expect(text).toMatch(/order number \d{8}/);
    expect(text).toMatch(/\$\d+\.\d\d/);
    expect(text).toMatch(/\d{1,2}:\d\d (AM|PM|am|pm)/);
  });

  it('uses only reserved telephone numbers and example domains', () => {
    const text = allText(records);
    for (const match of text.matchAll(/\(\d{3}\) (\d{3})-(\d{4})/g)) {
      expect(match[1]).toBe('555');
      expect(match[2]?.startsWith('01')).toBe(true);
    }
    for (const match of text.matchAll(/@([a-z.]+)/g)) expect(match[1]).toMatch(/^example\.(com|org|net)$/);
  });
});
