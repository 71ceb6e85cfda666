import { PiiLabel } from '../../shared/pii/finding.ts';

export type { PiiLabel };
export const LABELS: readonly PiiLabel[] = PiiLabel.options;

/** Light backgrounds under near-black text: every pair keeps a WCAG contrast ratio above 7:1. */
export const TEXT_COLOUR = '#111111';

/** One colour per label; the popup legend and the page highlights read the same table. */
export const LABEL_COLOURS: Readonly<Record<PiiLabel, string>> = {
  PERSON: '#ffd6a5',
  PHONE: '#b9f6a8',
  EMAIL: '#9bf6ff',
  ADDRESS: '#d5ccff',
  ZIP: '#e4d9ff',
  SSN: '#ffb3b3',
  CREDIT_CARD: '#ffc6ff',
  BANK_ACCOUNT: '#fdffb6',
  ROUTING: '#e9edc9',
  IBAN: '#fcd5ce',
  DOB: '#b5d3ff',
  DRIVERS_LICENSE: '#c8f7d0',
  PASSPORT: '#f1c0e8',
  IP_ADDRESS: '#d9d9d9',
};

export const LABEL_NAMES: Readonly<Record<PiiLabel, string>> = {
  PERSON: 'Name',
  PHONE: 'Phone',
  EMAIL: 'Email',
  ADDRESS: 'Address',
  ZIP: 'ZIP code',
  SSN: 'SSN',
  CREDIT_CARD: 'Card number',
  BANK_ACCOUNT: 'Bank account',
  ROUTING: 'Routing number',
  IBAN: 'IBAN',
  DOB: 'Date of birth',
  DRIVERS_LICENSE: "Driver's licence",
  PASSPORT: 'Passport',
  IP_ADDRESS: 'IP address',
};

/** Name under which a label's ranges sit in `CSS.highlights`. */
export function highlightName(label: PiiLabel): string {
  return `quietline-${label.toLowerCase().replaceAll('_', '-')}`;
}

/** Screen-share mode paints this highlight over every value, above the label colours. */
export const MASK_HIGHLIGHT = 'quietline-mask';
/** Screen-share mode paints this over every value. */
export const MASK_COLOUR = '#1f2430';
