import { describe, expect, it } from 'vitest';
import type { CallLogRecord } from '../../../../shared/api/records.ts';
import { redactRecord } from '../../../../shared/pii/redact-record.ts';

const base = {
  id: 'rec_abc123',
  occurredAt: '2026-03-01T10:00:00Z',
  direction: 'inbound',
  contact: { name: 'Dana Whitfield', phone: '(212) 555-0142', email: 'dana@example.com' },
  redactedAt: null,
} as const;

describe('redactRecord', () => {
  it('redacts contact fields and every transcript turn, and counts labels', () => {
    const record: CallLogRecord = {
      ...base,
      kind: 'call',
      durationSeconds: 95,
      trackingNumber: '+18005550100',
      transcript: [
        { speaker: 'agent', startMs: 0, endMs: 2000, text: 'Thanks for calling, may I have your number?' },
        {
          speaker: 'customer',
          startMs: 2000,
          endMs: 6000,
          text: 'sure it is five five five oh one two three four five six',
        },
        { speaker: 'customer', startMs: 6000, endMs: 9000, text: 'and my order number is 12345678' },
      ],
    };
    const { record: out, counts } = redactRecord(record, {
      operator: { kind: 'label' },
      redactedAt: '2026-03-02T00:00:00Z',
    });
    expect(out.contact).toEqual({ name: '[PERSON]', phone: '[PHONE]', email: '[EMAIL]' });
    if (out.kind !== 'call') throw new Error('kind changed');
    expect(out.transcript[1]?.text).toBe('sure it is [PHONE]');
    expect(out.transcript[2]?.text).toBe('and my order number is 12345678');
    expect(out.trackingNumber).toBe('+18005550100');
    expect(out.redactedAt).toBe('2026-03-02T00:00:00Z');
    expect(counts).toEqual({ PERSON: 1, PHONE: 2, EMAIL: 1 });
  });

  it('redacts form fields whole by their name, and free-text fields by detection', () => {
    const record: CallLogRecord = {
      ...base,
      kind: 'form',
      formName: 'Quote request',
      pageUrl: 'https://example.com/quote',
      fields: [
        { name: 'first_name', label: 'First name', value: 'Dana' },
        { name: 'dob', label: 'Date of birth', value: '1990-04-01' },
        { name: 'message', label: 'Message', value: 'Please call 212-555-0142 after 5pm' },
      ],
    };
    const { record: out } = redactRecord(record, { operator: { kind: 'hash', key: 'record-test-key-123' } });
    if (out.kind !== 'form') throw new Error('kind changed');
    expect(out.fields[0]?.value).toMatch(/^\[PERSON:[0-9a-f]{12}\]$/);
    expect(out.fields[1]?.value).toMatch(/^\[DOB:[0-9a-f]{12}\]$/);
    expect(out.fields[2]?.value).toMatch(/^Please call \[PHONE:[0-9a-f]{12}\] after 5pm$/);
    // Same number, same key: the contact phone and the message phone join up.
    expect(out.fields[2]?.value).toContain((out.contact.phone ?? '').slice(1, -1));
  });

  it('redacts SMS and chat messages', () => {
    const record: CallLogRecord = {
      ...base,
      kind: 'sms',
      trackingNumber: '+18005550100',
      messages: [
        { sender: 'customer', sentAt: '2026-03-01T10:00:00Z', text: 'my email is j doe at example dot com' },
      ],
    };
    const { record: out, counts } = redactRecord(record, { operator: { kind: 'remove' } });
    if (out.kind !== 'sms') throw new Error('kind changed');
    expect(out.messages[0]?.text).toBe('my email is ');
    expect(counts.EMAIL).toBe(2);
  });
});
