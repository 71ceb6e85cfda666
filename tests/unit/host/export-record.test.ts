import { describe, expect, it } from 'vitest';
import { exportRecord } from '../../../host/lib/export-record.ts';
import type { SmsRecord } from '../../../shared/api/records.ts';

const sms: SmsRecord = {
  id: 'rec_csvcheck1',
  kind: 'sms',
  occurredAt: '2026-03-04T09:30:00Z',
  direction: 'inbound',
  contact: { name: 'Sam "Sammy" Lee', phone: '+1 555 010 0188' },
  redactedAt: null,
  trackingNumber: '+18005550100',
  messages: [
    { sender: 'customer', sentAt: '2026-03-04T09:30:00Z', text: '=HYPERLINK("http://evil.example","click")' },
    { sender: 'agent', sentAt: '2026-03-04T09:31:00Z', text: 'line one\nline two, with comma' },
  ],
};

describe('CSV export', () => {
  it('quotes commas, quotes and newlines, and defuses formula-looking cells', () => {
    const lines = exportRecord(sms, 'csv').content.split('\r\n');
    expect(lines).toContain('rec_csvcheck1,sms,2026-03-04T09:30:00Z,contact,name,,,"Sam ""Sammy"" Lee"');
    expect(lines).toContain("rec_csvcheck1,sms,2026-03-04T09:30:00Z,contact,phone,,,'+1 555 010 0188");
    expect(lines).toContain(
      `rec_csvcheck1,sms,2026-03-04T09:30:00Z,message,0,customer,2026-03-04T09:30:00Z,"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(exportRecord(sms, 'csv').content).toContain('"line one\nline two, with comma"');
  });

  it('exports JSON that parses back to the same record', () => {
    expect(JSON.parse(exportRecord(sms, 'json').content)).toEqual(sms);
  });
});
