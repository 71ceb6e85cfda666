import type { GppSections } from './gpp-string.ts';
import type { UsCa } from './usca.ts';
import type { UsNat } from './usnat.ts';
import type { UspState } from './usp.ts';

/** The visitor's choices as the widget holds them; the IAB fields are derived from this, never stored. */
export interface PrivacyChoices {
  /** True when sale/sharing is off: an opt-out, a GPC signal, or a minor who has not opted in. */
  saleSharingOptedOut: boolean;
  sensitiveLimited: boolean;
  gpc: boolean;
  usesSensitivePi: boolean;
  knownMinorAudience: boolean;
}

// GPP values: 0 = not applicable, 1 = yes / opted out / no consent, 2 = no / not opted out / consent.
const flag = (on: boolean): number => (on ? 1 : 2);

export function usNatFor(c: PrivacyChoices): UsNat {
  const sensitive = c.usesSensitivePi ? flag(c.sensitiveLimited) : 0;
  return {
    Version: 2,
    SharingNotice: 1,
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    TargetedAdvertisingOptOutNotice: 1,
    SensitiveDataProcessingOptOutNotice: c.usesSensitivePi ? 1 : 0,
    SensitiveDataLimitUseNotice: c.usesSensitivePi ? 1 : 0,
    SaleOptOut: flag(c.saleSharingOptedOut),
    SharingOptOut: flag(c.saleSharingOptedOut),
    TargetedAdvertisingOptOut: flag(c.saleSharingOptedOut),
    SensitiveDataProcessing: new Array<number>(16).fill(sensitive),
    // Civ. Code 1798.120(c): for a known under-16 audience sale/sharing needs consent; 1 = no consent.
    KnownChildSensitiveDataConsents: new Array<number>(3).fill(c.knownMinorAudience ? 1 : 0),
    PersonalDataConsents: 0,
    MspaCoveredTransaction: 2,
    MspaOptOutOptionMode: 0,
    MspaServiceProviderMode: 0,
    Gpc: c.gpc,
  };
}

export function usCaFor(c: PrivacyChoices): UsCa {
  const sensitive = c.usesSensitivePi ? flag(c.sensitiveLimited) : 0;
  const childConsent = c.knownMinorAudience ? flag(c.saleSharingOptedOut) : 0;
  return {
    Version: 1,
    SaleOptOutNotice: 1,
    SharingOptOutNotice: 1,
    SensitiveDataLimitUseNotice: c.usesSensitivePi ? 1 : 0,
    SaleOptOut: flag(c.saleSharingOptedOut),
    SharingOptOut: flag(c.saleSharingOptedOut),
    SensitiveDataProcessing: new Array<number>(9).fill(sensitive),
    KnownChildSensitiveDataConsents: [childConsent, childConsent],
    PersonalDataConsents: 0,
    MspaCoveredTransaction: 2,
    MspaOptOutOptionMode: 0,
    MspaServiceProviderMode: 0,
    Gpc: c.gpc,
  };
}

export function gppSectionsFor(c: PrivacyChoices): GppSections {
  return { usnat: usNatFor(c), usca: usCaFor(c) };
}

export function uspFor(c: Pick<PrivacyChoices, 'saleSharingOptedOut'>): UspState {
  return { noticeGiven: 'Y', optedOutOfSale: c.saleSharingOptedOut ? 'Y' : 'N', lspaCovered: 'N' };
}
