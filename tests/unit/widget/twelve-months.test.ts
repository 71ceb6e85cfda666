import { describe, expect, it } from 'vitest';
import { mayAskToOptIn, quietPeriodEnds } from '../../../widget/lib/twelve-months.ts';

describe('12-month quiet period after an opt-out (Civ. Code 1798.135)', () => {
  const optedOut = '2026-03-31T09:00:00.000Z';

  it('ends twelve calendar months later', () => {
    expect(quietPeriodEnds(optedOut).toISOString()).toBe('2027-03-31T09:00:00.000Z');
  });

  it('forbids the site to ask until then, unless the visitor starts it', () => {
    expect(mayAskToOptIn(optedOut, new Date('2027-03-31T08:59:59Z'), false)).toBe(false);
    expect(mayAskToOptIn(optedOut, new Date('2027-03-31T09:00:00Z'), false)).toBe(true);
    expect(mayAskToOptIn(optedOut, new Date('2026-04-01T00:00:00Z'), true)).toBe(true);
    expect(mayAskToOptIn(undefined, new Date('2026-04-01T00:00:00Z'), false)).toBe(true);
  });
});
