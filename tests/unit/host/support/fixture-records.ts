import type { CallLogRecord } from '../../../../shared/api/records.ts';

/** A handful of hand-written records with known contacts, so search assertions name exact ids. */
export const fixtureRecords: CallLogRecord[] = [
  {
    id: 'rec_fixcall01',
    kind: 'call',
    occurredAt: '2026-03-03T15:00:00Z',
    direction: 'inbound',
    contact: { name: 'Jane Roe', phone: '(555) 010-0123', email: 'Jane.Roe@example.com' },
    redactedAt: null,
    durationSeconds: 95,
    trackingNumber: '+18005550100',
    transcript: [
      { speaker: 'agent', startMs: 0, endMs: 2000, text: 'Thanks for calling, how can I help?' },
      {
        speaker: 'customer',
        startMs: 2000,
        endMs: 6000,
        text: 'my number is five five five oh one two three',
      },
      {
        speaker: 'agent',
        startMs: 6000,
        endMs: 8000,
        text: 'Order 4412 ships <script>alert(1)</script> today',
      },
    ],
  },
  {
    id: 'rec_fixsms001',
    kind: 'sms',
    occurredAt: '2026-03-04T09:30:00Z',
    direction: 'inbound',
    contact: { name: 'John Smith', phone: '+1 555 010 0199' },
    redactedAt: null,
    trackingNumber: '+18005550100',
    messages: [
      { sender: 'customer', sentAt: '2026-03-04T09:30:00Z', text: 'Can you come Tuesday at 3pm?' },
      { sender: 'agent', sentAt: '2026-03-04T09:31:00Z', text: 'Yes, see you then.' },
    ],
  },
  {
    id: 'rec_fixchat01',
    kind: 'chat',
    occurredAt: '2026-03-05T12:00:00Z',
    direction: 'inbound',
    contact: { name: 'Ana Lopez', email: 'ana@example.org' },
    redactedAt: null,
    pageUrl: 'https://harborlane.example/services',
    messages: [{ sender: 'customer', sentAt: '2026-03-05T12:00:00Z', text: 'jane at gmail dot com' }],
  },
  {
    id: 'rec_fixform01',
    kind: 'form',
    occurredAt: '2026-03-05T12:00:00Z',
    direction: 'inbound',
    contact: { name: 'Jane Doe', email: 'jane.doe@example.net', phone: '555.010.0177' },
    redactedAt: null,
    formName: 'contact',
    pageUrl: '/contact',
    fields: [
      { name: 'name', label: 'Your name', value: 'Jane Doe' },
      { name: 'message', label: 'Your message', value: 'Born march third nineteen eighty five' },
    ],
  },
];
