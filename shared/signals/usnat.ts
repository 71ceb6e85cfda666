import { decodeSegments, encodeSegments, type FieldSpec } from './gpp-fields.ts';

/** IAB GPP section 7 "usnat", version 2 (Oct 2024): 16 sensitive-data categories, 3 child consents. */
export const USNAT_ID = 7;
export const USNAT_NAME = 'usnat';

const FIELDS = [
  { name: 'Version', width: 6 },
  { name: 'SharingNotice', width: 2 },
  { name: 'SaleOptOutNotice', width: 2 },
  { name: 'SharingOptOutNotice', width: 2 },
  { name: 'TargetedAdvertisingOptOutNotice', width: 2 },
  { name: 'SensitiveDataProcessingOptOutNotice', width: 2 },
  { name: 'SensitiveDataLimitUseNotice', width: 2 },
  { name: 'SaleOptOut', width: 2 },
  { name: 'SharingOptOut', width: 2 },
  { name: 'TargetedAdvertisingOptOut', width: 2 },
  { name: 'SensitiveDataProcessing', width: 2, count: 16 },
  { name: 'KnownChildSensitiveDataConsents', width: 2, count: 3 },
  { name: 'PersonalDataConsents', width: 2 },
  { name: 'MspaCoveredTransaction', width: 2 },
  { name: 'MspaOptOutOptionMode', width: 2 },
  { name: 'MspaServiceProviderMode', width: 2 },
] as const satisfies readonly FieldSpec<string>[];

type ListField = 'SensitiveDataProcessing' | 'KnownChildSensitiveDataConsents';
type IntField = Exclude<(typeof FIELDS)[number]['name'], ListField>;

/** Values: 0 = not applicable, 1 = yes / opted out, 2 = no / did not opt out (MSPA covered: 1 or 2). */
export type UsNat = { [K in IntField]: number } & { [K in ListField]: number[] } & { Gpc?: boolean };

export function encodeUsNat(section: UsNat): string {
  return encodeSegments(FIELDS, section, section.Gpc);
}

export function decodeUsNat(text: string): UsNat {
  const { values, gpc } = decodeSegments(FIELDS, text);
  const section = values as UsNat;
  if (gpc !== undefined) section.Gpc = gpc;
  return section;
}
