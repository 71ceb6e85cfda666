import { describe, expect, it } from 'vitest';
import { decodeGpp, encodeGpp } from '../../../../shared/signals/gpp-string.ts';
import { gppSectionsFor, type PrivacyChoices, uspFor } from '../../../../shared/signals/privacy-sections.ts';
import { encodeUsp } from '../../../../shared/signals/usp.ts';

const base: PrivacyChoices = {
  saleSharingOptedOut: false,
  sensitiveLimited: false,
  gpc: false,
  usesSensitivePi: false,
  knownMinorAudience: false,
};

describe('choices to IAB signals', () => {
  it('an opt-out marks sale and sharing opted out in usnat and usca and in the USP string', () => {
    const choices = { ...base, saleSharingOptedOut: true };
    const decoded = decodeGpp(encodeGpp(gppSectionsFor(choices)));
    expect(decoded.sectionIds).toEqual([7, 8]);
    expect(decoded.usca?.SaleOptOut).toBe(1);
    expect(decoded.usca?.SharingOptOut).toBe(1);
    expect(decoded.usnat?.TargetedAdvertisingOptOut).toBe(1);
    expect(encodeUsp(uspFor(choices))).toBe('1YYN');
  });

  it('no opt-out is "did not opt out" (2), and GPC is carried in the sub-section', () => {
    const decoded = decodeGpp(encodeGpp(gppSectionsFor({ ...base, gpc: true })));
    expect(decoded.usca?.SaleOptOut).toBe(2);
    expect(decoded.usca?.Gpc).toBe(true);
    expect(decoded.usnat?.Gpc).toBe(true);
    expect(encodeUsp(uspFor(base))).toBe('1YNN');
  });

  it('sensitive data fields are not applicable unless the site uses sensitive PI', () => {
    expect(gppSectionsFor(base).usca?.SensitiveDataProcessing).toEqual(new Array(9).fill(0));
    const limited = gppSectionsFor({ ...base, usesSensitivePi: true, sensitiveLimited: true });
    expect(limited.usca?.SensitiveDataLimitUseNotice).toBe(1);
    expect(limited.usca?.SensitiveDataProcessing).toEqual(new Array(9).fill(1));
  });

  it('a known minor audience without opt-in records no consent for under-16 sale/sharing', () => {
    const minor = gppSectionsFor({ ...base, knownMinorAudience: true, saleSharingOptedOut: true });
    expect(minor.usca?.KnownChildSensitiveDataConsents).toEqual([1, 1]);
    const optedIn = gppSectionsFor({ ...base, knownMinorAudience: true, saleSharingOptedOut: false });
    expect(optedIn.usca?.KnownChildSensitiveDataConsents).toEqual([2, 2]);
  });
});
