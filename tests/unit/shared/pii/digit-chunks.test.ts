import { describe, expect, it } from 'vitest';
import { digitChunks, isDateOrTime } from '../../../../shared/pii/text/digit-chunks.ts';

const dateOrTime = (text: string): boolean[] => digitChunks(text).map((c) => isDateOrTime(text, c));

describe('isDateOrTime', () => {
  it('knows dates, timestamps and clock times', () => {
    expect(dateOrTime('on 2025-04-06 at 22:14')).toEqual([true, true, false]);
    expect(dateOrTime('born 4/6/2025')).toEqual([true]);
    expect(dateOrTime('15.03.85 and 3-4-1985')).toEqual([true, true]);
  });

  it('reads group lengths from the left, as text: a longer third group counts by its first digit', () => {
    expect(dateOrTime('2025-1-123456789012')).toEqual([true]);
    expect(dateOrTime('12-34-12345678901234567890')).toEqual([true]);
    expect(dateOrTime('12-34-1234567890')).toEqual([false]);
  });

  it('leaves numbers grouped otherwise', () => {
    expect(dateOrTime('account 1234-5678-9012')).toEqual([false]);
    expect(dateOrTime('call 555 0123')).toEqual([false]);
    expect(dateOrTime('2025 04 06')).toEqual([false]);
  });
});
