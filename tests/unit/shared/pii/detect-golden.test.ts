import { describe, expect, it } from 'vitest';
import { detect } from '../../../../shared/pii/detect.ts';
import { GOLDEN } from '../../../fixtures/pii/golden.ts';

describe('detect: golden fixtures', () => {
  for (const [group, cases] of Object.entries(GOLDEN)) {
    describe(group, () => {
      for (const c of cases) {
        it(c.text, () => {
          const got = detect(c.text).map((f) => [f.label, c.text.slice(f.start, f.end)]);
          expect(got).toEqual(c.expect);
        });
      }
    });
  }
});
