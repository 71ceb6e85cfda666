import { describe, expect, it } from 'vitest';
import { CreateToken } from '../../../../shared/api/auth.ts';
import { CreateConsentReceipt } from '../../../../shared/api/consent-receipts.ts';
import { CreatePrivacyRequest, PrivacyRequest } from '../../../../shared/api/privacy-requests.ts';
import { CallLogRecord, RecordPage, RecordQuery } from '../../../../shared/api/records.ts';
import { CreateRedaction } from '../../../../shared/api/redactions.ts';

const call = {
  id: 'rec_abc123',
  kind: 'call',
  occurredAt: '2026-03-03T15:04:05Z',
  direction: 'inbound',
  contact: { name: 'Jane Roe', phone: '(555) 010-0123' },
  redactedAt: null,
  durationSeconds: 42,
  trackingNumber: '+15550100000',
  transcript: [{ speaker: 'customer', startMs: 0, endMs: 900, text: 'five five five oh one two three' }],
};

describe('record query', () => {
  it('coerces numbers from the query string and applies the default limit', () => {
    expect(RecordQuery.parse({ page: '2' })).toEqual({ page: 2, limit: 25 });
    expect(RecordQuery.parse({ limit: '10', kind: 'sms' })).toEqual({ limit: 10, kind: 'sms' });
  });

  it('rejects out-of-range limits, unknown kinds and cursor+page together', () => {
    expect(RecordQuery.safeParse({ limit: '0' }).success).toBe(false);
    expect(RecordQuery.safeParse({ limit: '101' }).success).toBe(false);
    expect(RecordQuery.safeParse({ kind: 'fax' }).success).toBe(false);
    expect(RecordQuery.safeParse({ from: 'yesterday' }).success).toBe(false);
    const both = RecordQuery.safeParse({ cursor: 'abc', page: '2' });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.path).toEqual(['page']);
  });
});

describe('record page', () => {
  it('accepts a page of mixed records and rejects a record of an unknown kind', () => {
    expect(RecordPage.safeParse({ items: [call], nextCursor: null, total: 1 }).success).toBe(true);
    const fax = { ...call, kind: 'fax' };
    expect(RecordPage.safeParse({ items: [fax], nextCursor: null, total: 1 }).success).toBe(false);
    expect(CallLogRecord.safeParse({ ...call, id: 'abc' }).success).toBe(false);
  });
});

describe('privacy requests', () => {
  it('defaults the authorized-agent flag and requires a known type', () => {
    const parsed = CreatePrivacyRequest.parse({ siteKey: 'demo', type: 'delete', email: 'jane@example.com' });
    expect(parsed.viaAuthorizedAgent).toBe(false);
    expect(CreatePrivacyRequest.safeParse({ siteKey: 'demo', type: 'sell' }).success).toBe(false);
    expect(CreatePrivacyRequest.safeParse({ siteKey: 'demo', type: 'know', email: 'nope' }).success).toBe(
      false,
    );
  });

  it('carries the §7021 deadline fields, with extendedTo nullable', () => {
    const request = {
      id: 'pr_abc123',
      siteKey: 'demo',
      type: 'know',
      status: 'received',
      receivedAt: '2026-01-02T00:00:00Z',
      confirmBy: '2026-01-16T00:00:00Z',
      respondBy: '2026-02-16T00:00:00Z',
      extendedTo: null,
      confirmedAt: null,
      closedAt: null,
      denialReason: null,
    };
    expect(PrivacyRequest.safeParse(request).success).toBe(true);
    const { extendedTo: _omitted, ...withoutExtension } = request;
    expect(PrivacyRequest.safeParse(withoutExtension).success).toBe(false);
  });
});

describe('consent receipts, redactions, tokens', () => {
  it('requires the notice text shown and the checkbox states', () => {
    const receipt = {
      siteKey: 'demo',
      formId: 'contact',
      noticeVersion: '2026-01',
      noticeText: 'We use your details to answer you.',
      checkboxes: [{ name: 'marketing', label: 'Send me offers', checked: false }],
      occurredAt: '2026-01-02T00:00:00Z',
      browserId: 'b_12345678',
    };
    expect(CreateConsentReceipt.safeParse(receipt).success).toBe(true);
    expect(CreateConsentReceipt.safeParse({ ...receipt, noticeText: '' }).success).toBe(false);
  });

  it('defaults the redaction operator and rejects an empty label list', () => {
    expect(CreateRedaction.parse({ recordId: 'rec_abc123' }).operator).toBe('label');
    expect(CreateRedaction.safeParse({ recordId: 'rec_abc123', labels: [] }).success).toBe(false);
  });

  it('requires at least one known scope for a token', () => {
    expect(CreateToken.parse({ scopes: ['read'] }).name).toBe('API token');
    expect(CreateToken.safeParse({ scopes: [] }).success).toBe(false);
    expect(CreateToken.safeParse({ scopes: ['admin'] }).success).toBe(false);
  });
});
