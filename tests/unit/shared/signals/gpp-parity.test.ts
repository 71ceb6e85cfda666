import { GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHeader } from '../../../../shared/signals/gpp-header.ts';
import { decodeGpp, encodeGpp } from '../../../../shared/signals/gpp-string.ts';
import type { UsCa } from '../../../../shared/signals/usca.ts';
import type { UsNat } from '../../../../shared/signals/usnat.ts';

const RUNS = 3000;
const SEED = 20261130;
const tri = fc.integer({ min: 0, max: 2 });
const mspa = fc.integer({ min: 1, max: 2 });

const usNatArb: fc.Arbitrary<UsNat> = fc.record({
  Version: fc.constant(2),
  SharingNotice: tri,
  SaleOptOutNotice: tri,
  SharingOptOutNotice: tri,
  TargetedAdvertisingOptOutNotice: tri,
  SensitiveDataProcessingOptOutNotice: tri,
  SensitiveDataLimitUseNotice: tri,
  SaleOptOut: tri,
  SharingOptOut: tri,
  TargetedAdvertisingOptOut: tri,
  SensitiveDataProcessing: fc.array(tri, { minLength: 16, maxLength: 16 }),
  KnownChildSensitiveDataConsents: fc.array(tri, { minLength: 3, maxLength: 3 }),
  PersonalDataConsents: tri,
  MspaCoveredTransaction: mspa,
  MspaOptOutOptionMode: tri,
  MspaServiceProviderMode: tri,
  Gpc: fc.boolean(),
});

const usCaArb: fc.Arbitrary<UsCa> = fc.record({
  Version: fc.constant(1),
  SaleOptOutNotice: tri,
  SharingOptOutNotice: tri,
  SensitiveDataLimitUseNotice: tri,
  SaleOptOut: tri,
  SharingOptOut: tri,
  SensitiveDataProcessing: fc.array(tri, { minLength: 9, maxLength: 9 }),
  KnownChildSensitiveDataConsents: fc.array(tri, { minLength: 2, maxLength: 2 }),
  PersonalDataConsents: tri,
  MspaCoveredTransaction: mspa,
  MspaOptOutOptionMode: tri,
  MspaServiceProviderMode: tri,
  Gpc: fc.boolean(),
});

/** Builds the same state through the official IAB library. */
function reference(sections: { usnat?: UsNat; usca?: UsCa }): string {
  const model = new GppModel();
  for (const [name, section] of Object.entries(sections)) {
    if (!section) continue;
    for (const [field, value] of Object.entries(section)) {
      if (field !== 'Version') model.setFieldValue(name, field, value);
    }
  }
  return model.encode();
}

const sectionsArb = fc
  .record({ usnat: fc.option(usNatArb, { nil: undefined }), usca: fc.option(usCaArb, { nil: undefined }) })
  .filter((s) => s.usnat !== undefined || s.usca !== undefined)
  .map((s) => {
    const out: { usnat?: UsNat; usca?: UsCa } = {};
    if (s.usnat) out.usnat = s.usnat;
    if (s.usca) out.usca = s.usca;
    return out;
  });

describe('GPP encoder matches @iabgpp/cmpapi byte for byte', () => {
  it(`encodes ${RUNS} generated usnat/usca states identically`, () => {
    fc.assert(
      fc.property(sectionsArb, (sections) => {
        expect(encodeGpp(sections)).toBe(reference(sections));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('decodes what the official library encodes back to the same state', () => {
    fc.assert(
      fc.property(sectionsArb, (sections) => {
        const decoded = decodeGpp(reference(sections));
        expect(decoded.usnat).toEqual(sections.usnat);
        expect(decoded.usca).toEqual(sections.usca);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('encodes arbitrary header section-id sets with the Fibonacci range like HeaderV1', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 15 }), (ids) => {
        const header = new HeaderV1();
        header.setFieldValue('SectionIds', ids);
        expect(encodeHeader(ids)).toBe(header.encode());
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  it('encodes a known California opt-out with GPC to the published shape', () => {
    const s = encodeGpp({
      usca: {
        Version: 1,
        SaleOptOutNotice: 1,
        SharingOptOutNotice: 1,
        SensitiveDataLimitUseNotice: 0,
        SaleOptOut: 1,
        SharingOptOut: 1,
        SensitiveDataProcessing: [0, 0, 0, 0, 0, 0, 0, 0, 0],
        KnownChildSensitiveDataConsents: [0, 0],
        PersonalDataConsents: 0,
        MspaCoveredTransaction: 2,
        MspaOptOutOptionMode: 0,
        MspaServiceProviderMode: 0,
        Gpc: true,
      },
    });
    // Header "DBABBg" lists only section 8; the GPC sub-section of type 1 with the bit set is "YA".
    expect(s.split('~')[0]).toBe('DBABBg');
    expect(s.split('~')[1]?.endsWith('.YA')).toBe(true);
    expect(decodeGpp(s).usca?.Gpc).toBe(true);
  });
});
