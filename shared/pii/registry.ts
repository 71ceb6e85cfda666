import type { PiiLabel } from './finding.ts';
import { address } from './recognizers/address.ts';
import { bankAccount } from './recognizers/bank-account.ts';
import { creditCard } from './recognizers/credit-card.ts';
import { dob } from './recognizers/dob.ts';
import { driversLicense } from './recognizers/drivers-license.ts';
import { email } from './recognizers/email.ts';
import { iban } from './recognizers/iban.ts';
import { ipAddress } from './recognizers/ip-address.ts';
import { passport } from './recognizers/passport.ts';
import { person } from './recognizers/person.ts';
import { phone } from './recognizers/phone.ts';
import { routing } from './recognizers/routing.ts';
import { ssn } from './recognizers/ssn.ts';
import { zip } from './recognizers/zip.ts';
import type { Recognizer } from './scan-input.ts';

/** Every recognizer, one per label. Adding a label is one file under recognizers/ and one line here. */
export const RECOGNIZERS: readonly Recognizer[] = [
  email,
  phone,
  ssn,
  creditCard,
  iban,
  routing,
  bankAccount,
  zip,
  dob,
  driversLicense,
  passport,
  ipAddress,
  person,
  address,
];

/** Labels whose values people also say aloud, so they are searched again in the spoken-digit view. */
export const SPOKEN_LABELS: ReadonlySet<PiiLabel> = new Set<PiiLabel>([
  'PHONE',
  'EMAIL',
  'SSN',
  'CREDIT_CARD',
  'ROUTING',
  'BANK_ACCOUNT',
  'ZIP',
  'DOB',
  'ADDRESS',
  'DRIVERS_LICENSE',
  'PASSPORT',
  'IP_ADDRESS',
  // Said letter by letter and group by group ("D E eight nine, three seven ..."); mod 97 keeps it safe.
  'IBAN',
]);
