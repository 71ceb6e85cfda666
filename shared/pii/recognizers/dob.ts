import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { hasBefore } from '../text/context.ts';
import { findDates, MONTH_DATE_LEAD } from '../text/dates.ts';

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

/**
 * The words every entry of BIRTH_WORDS contains, each itself an entry: a birth word lies in a window exactly
 * when one of these does. None is a prefix of another. Global for its lastIndex scan, reset before each use.
 */
const BIRTH_CORE = /born|birth|dob|d\.o\.b|d o b/g;
const BIRTH_REACH = 40;

/** Dates of birth: any date, but only with birth words close before it (appointment dates stay). */
export const dob: Recognizer = {
  label: 'DOB',
  needsDigit: true,
  find(input) {
    const out: Finding[] = [];
    if (!input.idCues) return out;
    const lower = input.lower;
    // Every birth word, overlapping ones too: a date counts only after the end of one and within reach of it.
    let firstEnd = Number.POSITIVE_INFINITY;
    let lastStart = -1;
    BIRTH_CORE.lastIndex = 0;
    for (let m = BIRTH_CORE.exec(lower); m !== null; m = BIRTH_CORE.exec(lower)) {
      firstEnd = Math.min(firstEnd, m.index + m[0].length);
      lastStart = m.index;
      BIRTH_CORE.lastIndex = m.index + 1;
    }
    if (lastStart < 0) return out;
    const lastReach = lastStart + BIRTH_REACH;
    for (const d of findDates(input, firstEnd, lastReach + MONTH_DATE_LEAD)) {
      if (d.start < firstEnd || d.start > lastReach) continue;
      if (hasBefore(lower, d.start, BIRTH_WORDS, BIRTH_REACH))
        out.push(finding(d.start, d.end, 'DOB', 0.85, 'dob'));
    }
    return out;
  },
};
