import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { hasBefore } from '../text/context.ts';
import { findDates } from '../text/dates.ts';

const BIRTH_WORDS = [
  'born',
  'dob',
  'd.o.b',
  'd o b',
  'date of birth',
  'birth date',
  'birthdate',
  'birthday',
  'birth',
];

const BIRTH_HINT = /born|birth|dob|d\.o\.b|d o b/;

/** Dates of birth: any date, but only with birth words close before it (appointment dates stay). */
export const dob: Recognizer = {
  label: 'DOB',
  needsDigit: true,
  find(input) {
    const out: Finding[] = [];
    if (!input.idCues || !BIRTH_HINT.test(input.lower)) return out;
    for (const d of findDates(input)) {
      if (hasBefore(input.lower, d.start, BIRTH_WORDS, 40))
        out.push(finding(d.start, d.end, 'DOB', 0.85, 'dob'));
    }
    return out;
  },
};
