import { decodeSegments, encodeSegments, type FieldSpec } from './gpp-fields.ts';

/** IAB GPP section 8 "usca", version 1 (California): 9 sensitive categories, 2 under-16 consents. */
export const USCA_ID = 8;
export const USCA_NAME = 'usca';

const FIELDS = [
  { name: 'Version', width: 6 },
  { name: 'SaleOptOutNotice', width: 2 },
  { name: 'SharingOptOutNotice', width: 2 },
  { name: 'SensitiveDataLimitUseNotice', width: 2 },
  { name: 'SaleOptOut', width: 2 },
  { name: 'SharingOptOut', width: 2 },
  { name: 'SensitiveDataProcessing', width: 2, count: 9 },
  { name: 'KnownChildSensitiveDataConsents', width: 2, count: 2 },
  { name: 'PersonalDataConsents', width: 2 },
  { name: 'MspaCoveredTransaction', width: 2 },
  { name: 'MspaOptOutOptionMode', width: 2 },
  { name: 'MspaServiceProviderMode', width: 2 },
] as const satisfies readonly FieldSpec<string>[];

type ListField = 'SensitiveDataProcessing' | 'KnownChildSensitiveDataConsents';
type IntField = Exclude<(typeof FIELDS)[number]['name'], ListField>;

export type UsCa = { [K in IntField]: number } & { [K in ListField]: number[] } & { Gpc?: boolean };

export function encodeUsCa(section: UsCa): string {
  return encodeSegments(FIELDS, section, section.Gpc);
}

export function decodeUsCa(text: string): UsCa {
  const { values, gpc } = decodeSegments(FIELDS, text);
  const section = values as UsCa;
  if (gpc !== undefined) section.Gpc = gpc;
  return section;
}
