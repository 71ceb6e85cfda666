import { describe, expect, it } from 'vitest';
import { addBusinessDays, initialDeadlines, maximumExtension } from '../../../host/lib/deadlines.ts';

describe('§7021 deadlines', () => {
  it('confirms within 10 business days, skipping weekends', () => {
    // Monday 1 June 2026 -> Monday 15 June; Friday 5 June -> Friday 19 June; Saturday 6 June -> Friday 19 June.
    expect(addBusinessDays(new Date('2026-06-01T10:00:00Z'), 10).toISOString()).toBe(
      '2026-06-15T10:00:00.000Z',
    );
    expect(addBusinessDays(new Date('2026-06-05T10:00:00Z'), 10).toISOString()).toBe(
      '2026-06-19T10:00:00.000Z',
    );
    expect(addBusinessDays(new Date('2026-06-06T10:00:00Z'), 10).toISOString()).toBe(
      '2026-06-19T10:00:00.000Z',
    );
  });

  it('responds within 45 calendar days and never extends past day 90', () => {
    const received = new Date('2026-06-01T10:00:00Z');
    expect(initialDeadlines(received)).toEqual({
      receivedAt: '2026-06-01T10:00:00.000Z',
      confirmBy: '2026-06-15T10:00:00.000Z',
      respondBy: '2026-07-16T10:00:00.000Z',
      extendedTo: null,
    });
    expect(maximumExtension(received).toISOString()).toBe('2026-08-30T10:00:00.000Z');
  });
});
