import type { Finding } from '../finding.ts';
import { finding, pushIvrInputs, pushLastFours, type Recognizer, type ScanInput } from '../scan-input.ts';
import { cueGroups, hasBefore, NOT_PERSONAL, nearestGroup } from '../text/context.ts';
import { type DigitChunk, digitsStart } from '../text/digit-chunks.ts';
import { isSocialInsuranceNumber, nationalInsuranceNumbers } from '../text/foreign-national-ids.ts';
import { continuesList } from '../text/listed-values.ts';
import { NAMES_OWN_KIND, opensAnswerTo } from '../text/next-turn.ts';
import { afterCodePrefix } from '../text/phone-shapes.ts';
import { TableColumns } from '../text/table-columns.ts';
import { isAdvertisedSample, ssnValid } from '../validators/ssn.ts';

const ITIN_WORDS = ['itin', 'tax id', 'taxpayer'];
/** Global for its lastIndex scan, reset before each use; nothing inside the loop can reach it. */
const MASKED = /(?<![\w*])(?:[xX*]{3}-[xX*]{2}-|[xX*]{5})\d{4}(?!\d)/g;

/** IRS individual taxpayer numbers: 9, two digits in 50-65, 70-88, 90-92 or 94-99, four digits. */
function isItin(digits: string): boolean {
  if (digits.length !== 9 || digits[0] !== '9') return false;
  const group = Number(digits.slice(3, 5));
  return (
    (group >= 50 && group <= 65) ||
    (group >= 70 && group <= 88) ||
    (group >= 90 && group <= 92) ||
    group >= 94
  );
}

const SSN_WORDS = ['ssn', 'social', 'security number', 'ss#', 'ss #', 'tax id', 'tin', 'itin'];

/**
 * "Mine's 612-40-9918. His is 612-88-0347.": a listed number stays on its line, with no word naming another
 * kind between it and the last.
 */
const OTHER_KIND = /[\d\n]|number|#|\bid\b|account|phone|cell|licen|passport|routing|member|policy|card/;
const linksNumbers = (between: string): boolean => !OTHER_KIND.test(between);

/**
 * "Social Security Number: 912-44-0187": a number in an SSN's dashed shape, named one right before it, is the
 * one the person gave, though the SSA never issues its area (9xx, 666): a record keeps what it was told.
 */
function namedOutOfRange(lower: string, c: DigitChunk): boolean {
  if (c.groups.length !== 3 || c.groups[0] !== 3 || c.seps[0] !== '-' || c.seps[1] !== '-') return false;
  if (/^(\d)\1{8}$/.test(c.digits) || c.digits.startsWith('000') || isAdvertisedSample(c.digits))
    return false;
  if (c.digits.slice(3, 5) === '00' || c.digits.endsWith('0000')) return false;
  return hasBefore(lower, c.start, SSN_WORDS, NAMED_REACH);
}
const NAMED_REACH = 25;

/** The social, and the kinds of number a question may name beside it, whose four digits the answer may be. */
const ASKED_KINDS = cueGroups({
  SSN: SSN_WORDS,
  OTHER: [
    'phone',
    'card',
    'account',
    'zip',
    'pin',
    'code',
    'year',
    'address',
    'street',
    'member',
    'order',
    'claim',
  ],
});

/**
 * "can we try the social" then "caller okay three six two oh": four digits opening the answer to a question that
 * names the social and no other number are its last four, the part people give.
 */
function answersSocialQuestion(lower: string, start: number): boolean {
  // "VS-3302", "+0100", "#3391": a code's digits, not a spoken answer's.
  const before = lower.charCodeAt(start - 1);
  if (before !== 32 && before !== 58 && before !== 10) return false;
  // The four digits are the whole answer, but for its close ("okay 3620", "It's 2093, thanks").
  if (!ANSWER_ENDS.test(lower.slice(start + 4, start + 4 + ANSWER_TAIL))) return false;
  // "pin is 0614": an answer that names what it gives gives that.
  if (NAMES_OWN_KIND.test(lower.slice(Math.max(0, start - 12), start))) return false;
  // The social is the kind the question names last.
  return opensAnswerTo(
    lower,
    start,
    (l, at, window) =>
      ASKING.test(l.slice(Math.max(0, at - window), at)) &&
      nearestGroup(l, at, ASKED_KINDS, window) === 'SSN',
  );
}
const ANSWER_ENDS = /^[.,!]?(?: ?(?:thanks|thank you|yes|yeah|please))?[.!]? *(?:\n|$)/;
const ANSWER_TAIL = 16;
/** A question or a request: "can we try the social", "what's your SSN?", "I need the social". */
const ASKING = /\?|\b(?:can|could|what|need|give|try|verify|read|confirm)\b/;

/** "...|ssn_last4|..." over "...|4471|...": a column of a social's last fours. */
const SSN_COLUMN = /ssn|social/;

/** Four-digit cells under a column whose header names a social security number. */
function lastFoursInColumns({ text, chunks }: ScanInput): Finding[] {
  const out: Finding[] = [];
  let tables: TableColumns | null = null;
  for (const c of chunks) {
    if (c.digits.length !== 4 || c.groups.length !== 1 || c.glued) continue;
    const before = text.charCodeAt(c.start - 1);
    if (before !== 124 && before !== 9 && before !== 44) continue;
    tables ??= new TableColumns(text);
    const header = tables.headerAt(c.start);
    if (header !== null && SSN_COLUMN.test(header))
      out.push(finding(c.start, c.end, 'SSN', 0.8, 'ssn', true));
  }
  return out;
}

export const ssn: Recognizer = {
  label: 'SSN',
  needsDigit: true,
  find(input) {
    const { lower, chunks, text } = input;
    const out: Finding[] = [];
    // Where the last number the cue named ends, for the list that may go on after it.
    let cuedEnd = -1;
    for (const c of chunks) {
      if (c.digits.length !== 9 || c.glued || text[c.start] === '+') continue;
      // "OH-MCD-300771452": digits after a code's capitals and a hyphen are the code's serial.
      if (afterCodePrefix(text, c.start)) continue;
      // "(529-81-4407)" in brackets is an SSN after its "(", "(555) 123-4567" is not.
      const start = digitsStart(text, c);
      if (start > c.start && (c.groups[0] !== 3 || text[start + 3] === ')')) continue;
      // "seller typed SIN 527 418 321": Canada's Social Insurance Number, which passes Luhn.
      if (isSocialInsuranceNumber(text, c)) {
        out.push(finding(start, c.end, 'SSN', 0.85, 'ssn'));
        continue;
      }
      if (!ssnValid(c.digits) && !(isItin(c.digits) && hasBefore(lower, c.start, ITIN_WORDS, 30))) {
        if (namedOutOfRange(lower, c)) out.push(finding(start, c.end, 'SSN', 0.7, 'ssn'));
        continue;
      }
      const shape = c.groups.join('-');
      const context =
        hasBefore(lower, c.start, SSN_WORDS, 50) ||
        opensAnswerTo(lower, c.start, (l, at, window) => hasBefore(l, at, SSN_WORDS, window)) ||
        continuesList(lower, cuedEnd, c.start, linksNumbers);
      if (context) cuedEnd = c.end;
      let score: number;
      if (shape === '3-2-4' && c.seps[0] === c.seps[1] && (c.seps[0] === '-' || c.seps[0] === ' ')) {
        score = c.seps[0] === '-' ? 0.85 : 0.6;
      } else if (shape === '9' || shape === '3-2-4') score = 0.35;
      else if (input.spoken) score = 0.3;
      else continue;
      if (context) score += 0.3;
      else if (hasBefore(lower, c.start, NOT_PERSONAL, 30)) score -= 0.5;
      out.push(finding(start, c.end, 'SSN', score, 'ssn'));
    }
    // "xxx-xx-6789", "***-**-6789": a number shown masked but for its last four. Its shown digits follow a
    // mask character or a dash, which the chunk reader looked for already.
    if (input.digitsAfterMask) {
      MASKED.lastIndex = 0;
      for (let m = MASKED.exec(text); m !== null; m = MASKED.exec(text)) {
        // Only the dashed form has an SSN's shape; "xxxxx1234" masks any number, so it needs an SSN cue.
        if (m[0][3] === '-' || hasBefore(lower, m.index, SSN_WORDS, 30))
          out.push(finding(m.index, m.index + m[0].length, 'SSN', 0.8, 'ssn', true));
      }
    }
    pushLastFours(input, 'SSN', 0.8, 'ssn', out);
    pushIvrInputs(input, 'SSN', 0.8, 'ssn', out);
    for (const c of chunks)
      if (c.digits.length === 4 && c.groups.length === 1 && !c.glued && answersSocialQuestion(lower, c.start))
        out.push(finding(c.start, c.end, 'SSN', 0.7, 'ssn', true));
    for (const f of lastFoursInColumns(input)) out.push(f);
    if (!input.spoken)
      for (const [start, end] of nationalInsuranceNumbers(text))
        if (!hasBefore(lower, start, NOT_PERSONAL, 25)) out.push(finding(start, end, 'SSN', 0.8, 'ssn'));
    return out;
  },
};
