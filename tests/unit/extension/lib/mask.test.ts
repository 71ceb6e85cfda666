import { describe, expect, it } from 'vitest';
import { maskValue } from '../../../../extension/lib/mask.ts';

describe('maskValue', () => {
  it.each([
    ['123-45-6789', '•••-••-6789'],
    ['4111 1111 1111 1111', '•••• •••• •••• 1111'],
    ['jane.doe@example.com', '••••.•••@•••••••.•••'],
    ['Maria Gonzalez', '••••• ••••••••'],
    ['94103', '•••••'],
  ])('masks %s as %s', (value, masked) => {
    expect(maskValue(value)).toBe(masked);
  });
});
