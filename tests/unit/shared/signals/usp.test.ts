import { UspV1 } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { decodeUsp, encodeUsp, type UspFlag } from '../../../../shared/signals/usp.ts';

const flags: UspFlag[] = ['Y', 'N', '-'];

describe('US Privacy string', () => {
  it('matches the official uspv1 encoder for every flag combination', () => {
    for (const noticeGiven of flags) {
      for (const optedOutOfSale of flags) {
        for (const lspaCovered of flags) {
          const ref = new UspV1();
          ref.setFieldValue('Notice', noticeGiven);
          ref.setFieldValue('OptOutSale', optedOutOfSale);
          ref.setFieldValue('LspaCovered', lspaCovered);
          const ours = encodeUsp({ noticeGiven, optedOutOfSale, lspaCovered });
          expect(ours).toBe(ref.encode());
          expect(decodeUsp(ours)).toEqual({ noticeGiven, optedOutOfSale, lspaCovered });
        }
      }
    }
  });

  it('rejects strings that are not version 1 with three flags', () => {
    expect(decodeUsp('2YNN')).toBeUndefined();
    expect(decodeUsp('1YN')).toBeUndefined();
    expect(decodeUsp('1YXN')).toBeUndefined();
  });
});
