import { BIRTH_HINTS, FOREIGN_BIRTH_WORDS } from '../data/id-hints.ts';
import type { Finding } from '../finding.ts';
import { finding, pushIvrInputs, type Recognizer, type ScanInput } from '../scan-input.ts';
import { alternationOf } from '../text/alternation.ts';
import { isAsciiLower } from '../text/chars.ts';
import { bracketedBirthDates } from '../text/bracketed-births.ts';
import { hasBefore } from '../text/context.ts';
import { dateValue } from '../text/date-values.ts';
import { type DateSpan, findDates, MONTH_DATE_LEAD } from '../text/dates.ts';
import { lifeSpanBirths } from '../text/life-spans.ts';
import { docsElements } from '../text/gds-records.ts';
import { inHeaderRow } from '../text/last-four-columns.ts';
import { continuesList } from '../text/listed-values.ts';
import { answerStart } from '../text/next-turn.ts';
import { TableColumns } from '../text/table-columns.ts';

const BIRTH_WORDS = [
  'born',
  'dob',
  'd0b',
  'd.o.b',
  'd o b',
  'date of birth',
  'birth date',
  'birthdate',
  'birthday',
  'birth',
  'nacimiento',
  'nascimento',
  'naissance',
  // French: "née le 14/08/1990", "né le ...".
  'née le',
  'né le',
  'nació',
  'nacio',
  'nací',
  // Typed without its accent: "naci el 3 de mayo de 1981".
  'naci el',
  // "fecha de nac. 03/11/1976".
  'de nac',
  // "nacida el 22/11/1996", "nascido em".
  'nacida',
  'nacido',
  'nascida',
  'nascido',
  ...FOREIGN_BIRTH_WORDS,
];

/**
 * The words every entry of BIRTH_WORDS contains, each itself an entry: a birth word lies in a window exactly
 * when one of these does. None is a prefix of another. Global for its lastIndex scan, reset before each use.
 */
const BIRTH_CORE = new RegExp(alternationOf(BIRTH_HINTS), 'g');
const BIRTH_REACH = 40;
const BIRTH_HEADER = new RegExp(alternationOf(BIRTH_HINTS));
/**
 * A birth question is answered on the next line or the one after ("date of birth?" / "[speaks Vietnamese]" /
 * "She says August fifth, 1958"; "say or enter your date of birth" / the spoken answer / "You said April
 * 17th, 1955"): the first date there, within this reach of the birth word, is the birth date.
 */
const ANSWER_REACH = 110;
const ANSWER_LINES = 2;
/** Words an answer may open with before its date. */
const ANSWER_LEAD = 16;
const ANY_DIGIT = /[0-9]/;
/** "DOB: January 27, 1941   DOD: November 6": another field's label between the birth word and the date. */
const FIELD_AFTER_VALUE = /\d[^:]*[a-z]{2} ?:/;
/**
 * On one line only (the next line's speaker label, "Caller: June sixth, 1984", answers the birth question), and
 * after another value ("DOB: January 27, 1941   DOD: ..."): "Date of birth you entered: July 7, 1961" is one field.
 */
function fieldBetween(lower: string, from: number, to: number): boolean {
  const between = lower.slice(from, to);
  return !between.includes('\n') && FIELD_AFTER_VALUE.test(between);
}
/** "April 3rd, 1970 — no, sorry — April 3rd, 1971", "says 04/11/1984 but correct is 04/01/1984": a date corrected in the same breath. */
const CORRECTION =
  /\b(?:no|not|sorry|i mean|actually|wait|correction|rather|should be|correct (?:one |date )?is)\b/;
const CORRECTION_REACH = 60;

/** "Place of birth: Selma", "Birthplace:", "country of birth": a birth word that names a place, not a date. */
const PLACE_OF = /(?:place|country|city|state|county|town) of $/;
/** "her sixtieth birthday", "a 7th birthday party": a birthday celebrated, whose date is the party's. */
const CELEBRATED_BEFORE = /(?:\d(?:st|nd|rd|th)|first|second|third|fifth|eighth|ninth|[a-z]{2}th) $/;
const CELEBRATED_AFTER = /^birthday (?:party|celebration|bash|dinner|cake)/;
const namesNoBirthDate = (lower: string, at: number): boolean =>
  lower.startsWith('birthplace', at) ||
  PLACE_OF.test(lower.slice(Math.max(0, at - 10), at)) ||
  (lower.startsWith('birthday', at) &&
    (CELEBRATED_BEFORE.test(lower.slice(Math.max(0, at - 12), at)) ||
      CELEBRATED_AFTER.test(lower.slice(at, at + 20))));

/** "Mesa-Dobson", "Adobe": "dob" going on into a longer word ("dobs" aside) is no field's name. */
const dobInsideWord = (lower: string, at: number, hint: string): boolean =>
  hint === 'dob' &&
  isAsciiLower(lower.charCodeAt(at + 3)) &&
  !(lower.charCodeAt(at + 3) === 115 && !isAsciiLower(lower.charCodeAt(at + 4)));

/** Dates of birth: any date, but only with birth words close before it (appointment dates stay). */
export const dob: Recognizer = {
  label: 'DOB',
  needsDigit: true,
  find(input) {
    const out: Finding[] = [];
    if (!input.spoken)
      for (const d of bracketedBirthDates(input.text))
        out.push(finding(d.start, d.end, 'DOB', 0.75, 'dob/bracketed'));
    if (!input.spoken)
      for (const d of docsElements(input.text))
        out.push(finding(d.birth.start, d.birth.end, 'DOB', 0.85, 'dob/gds'));
    pushIvrInputs(input, 'DOB', 0.8, 'dob', out);
    if (!input.spoken)
      for (const d of lifeSpanBirths(input.text))
        out.push(finding(d.start, d.end, 'DOB', 0.8, 'dob/life-span'));
    if (!input.idCues) return out;
    const lower = input.lower;
    // Every birth word, overlapping ones too: a date counts only after the end of one and within reach of it.
    const cueEnds: number[] = [];
    let lastStart = -1;
    let firstStart = -1;
    BIRTH_CORE.lastIndex = 0;
    for (let m = BIRTH_CORE.exec(lower); m !== null; m = BIRTH_CORE.exec(lower)) {
      BIRTH_CORE.lastIndex = m.index + 1;
      if (namesNoBirthDate(lower, m.index) || dobInsideWord(lower, m.index, m[0])) continue;
      cueEnds.push(m.index + m[0].length);
      lastStart = m.index;
      if (firstStart < 0) firstStart = m.index;
    }
    if (lastStart < 0) return out;
    const firstEnd = cueEnds[0] as number;
    const lastReach = lastStart + ANSWER_REACH;
    // "...\tDOB\t..." over rows of "08 MAR 1996": a birth column's dates run to the table's end.
    const monthsTo = inHeaderRow(lower, firstStart) ? lower.length : lastReach + MONTH_DATE_LEAD;
    const dates = findDates(input, firstEnd, monthsTo).sort((a, b) => a.start - b.start);
    let tables: TableColumns | null = null;
    const headerAt = (pos: number): string | null => {
      tables ??= new TableColumns(input.text);
      return tables.headerAt(pos);
    };
    let cue = 0;
    let answered = -1;
    // The cue the last birth date was read by: a later date by the same cue needs a list or a correction.
    let spent = -1;
    let previous: DateSpan | null = null;
    for (const d of dates) {
      if (d.start < firstEnd || isTimestamp(input.text, d.end)) continue;
      while (cue + 1 < cueEnds.length && (cueEnds[cue + 1] as number) <= d.start) cue++;
      const cueEnd = cueEnds[cue] as number;
      const near =
        d.start <= lastStart + BIRTH_REACH &&
        cue !== spent &&
        hasBefore(lower, d.start, BIRTH_WORDS, BIRTH_REACH) &&
        !fieldBetween(lower, cueEnd, d.start);
      const answer = cue !== answered && isAnswer(lower, cueEnd, d.start);
      const corrected = previous !== null && isCorrection(lower, previous.end, d.start);
      const listed =
        previous !== null &&
        (continuesList(lower, previous.end, d.start, linksDates) ||
          continuesList(input.text, previous.end, d.start, linksDatesByName));
      // "...|zip|dob|..." over "...|75070|1989-03-22|...": in a table the date's column alone says what it is.
      const header = headerAt(d.start);
      // A birth word on the row itself ("Card ending 5014 | DOB 05/14/1972") speaks for its date in any column.
      const nearOnRow = near && !lower.slice(cueEnd, d.start).includes('\n');
      if (header !== null ? BIRTH_HEADER.test(header) || nearOnRow : near || answer || corrected || listed) {
        out.push(finding(d.start, d.end, 'DOB', 0.85, 'dob'));
        previous = d;
        spent = cue;
      } else previous = null;
      // Only the first date after a birth question answers it.
      if (d.start - cueEnd <= ANSWER_REACH) answered = cue;
    }
    if (out.length > 0) readBackDates(input, out);
    return out;
  },
};

/**
 * "date of birth 11/02/1944" then "Okay, Harold Pruitt, 11-2-44": the same date again, in any form and far
 * from a birth word, is the birth date read back. Only texts holding a birth date pay for the second reading.
 */
function readBackDates(input: ScanInput, out: Finding[]): void {
  const births = new Set<string>();
  for (const f of out) {
    const value = dateValue(input.text, f);
    if (value !== null) births.add(value);
  }
  if (births.size === 0) return;
  const from = (out[0] as Finding).end;
  const taken = out.slice().sort((a, b) => a.start - b.start);
  const dateIsFree = freeOf(taken);
  for (const d of findDates(input, from).sort((a, b) => a.start - b.start)) {
    if (!dateIsFree(d.start, d.end) || d.start < from) continue;
    const value = dateValue(input.text, d);
    if (value !== null && births.has(value) && !isTimestamp(input.text, d.end))
      out.push(finding(d.start, d.end, 'DOB', 0.8, 'dob/read-back'));
  }
  // Said back as digits run together ("three nine seventy four", "ten twenty two nineteen"): too short to be a
  // date alone, a reading that gives the known birth date is one.
  if (!input.spoken) return;
  const chunkIsFree = freeOf(taken);
  for (const c of input.chunks) {
    if (!chunkIsFree(c.start, c.end) || c.start < from) continue;
    if (c.groups.length !== 1 || c.digits.length < 4 || c.digits.length > 8) continue;
    if (runTogetherValues(c.digits).some((v) => births.has(v)))
      out.push(finding(c.start, c.end, 'DOB', 0.8, 'dob/read-back'));
  }
}

/**
 * Whether a span overlaps none of `taken` (sorted by start). Asked of spans in order of their start, it walks
 * both lists together, so a text of many birth dates stays linear.
 */
function freeOf(taken: readonly Finding[]): (start: number, end: number) => boolean {
  let k = 0;
  let reach = -1;
  return (start, end) => {
    while (k < taken.length && (taken[k] as Finding).start < end) {
      reach = Math.max(reach, (taken[k] as Finding).end);
      k++;
    }
    return reach <= start;
  };
}

/** Every month-day-yy a run of digits may be read as ("3974": March 9, '74; "102219": October 22, '19). */
function runTogetherValues(digits: string): string[] {
  const values: string[] = [];
  for (const monthLength of [1, 2])
    for (const dayLength of [1, 2]) {
      const yearLength = digits.length - monthLength - dayLength;
      if (yearLength !== 2 && yearLength !== 4) continue;
      const month = Number(digits.slice(0, monthLength));
      const day = Number(digits.slice(monthLength, monthLength + dayLength));
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      values.push(`${month}-${day}-${Number(digits.slice(-2))}`);
    }
  return values;
}

/** What closes another asked-for field before the date on the answer's line: ", ", ". ", ", and ", " and the ". */
const LISTED_FIELD_END = /(?:[,.]|,? and) (?:the )?$/;

/**
 * A date within reach on the next line or the one after the birth word's line, opening its turn but for a
 * few words ("She says", "You said"): "invoice 254363 was paid on 3/11/2025" answers something else.
 */
function isAnswer(lower: string, cueEnd: number, dateStart: number): boolean {
  if (dateStart - cueEnd > ANSWER_REACH) return false;
  let lines = 0;
  let lineStart = -1;
  for (let i = cueEnd; i < dateStart; i++) {
    if (lower.charCodeAt(i) !== 10) continue;
    lines++;
    lineStart = i + 1;
  }
  if (lines < 1 || lines > ANSWER_LINES) return false;
  const opening = answerStart(lower, lineStart);
  if (dateStart - opening <= ANSWER_LEAD && !ANY_DIGIT.test(lower.slice(opening, dateStart))) return true;
  // "license number and date of birth?" answered "Ana Ruiz, Q534-218-83-671-0, 12/03/1985" or "Ana Ruiz.
  // April 3rd, 1970.": the fields asked for, listed on the answer's line, the date one of them.
  // "3307, and October 5th, 1984.", "Oscar Pemberton-Hale, the fourth of September, 2013."
  if (lines === 1 && LISTED_FIELD_END.test(lower.slice(Math.max(0, dateStart - 10), dateStart))) return true;
  // "full name and date of birth?" answered "Guadalupe Torres 7/2/1965": the name asked for first, then the date.
  const lead = lower.slice(opening, dateStart);
  return (
    lines === 1 &&
    lead.length <= NAME_LEAD &&
    NAME_THEN_DATE.test(lead) &&
    ASKED_NAME.test(questionLine(lower, cueEnd))
  );
}

/** How long a name given before the date may be. */
const NAME_LEAD = 40;
const NAME_THEN_DATE = /^[a-zà-ÿ'’-]+(?: [a-zà-ÿ'’-]+){1,3} $/;
const ASKED_NAME = /\bname\b/;

/** How far back on its line the question is read for "name". */
const QUESTION_REACH = 120;

/** The line the birth word at `cueEnd` stands on, its last QUESTION_REACH characters at most. */
function questionLine(lower: string, cueEnd: number): string {
  const from = Math.max(0, cueEnd - QUESTION_REACH);
  return lower.slice(from + lower.slice(from, cueEnd).lastIndexOf('\n') + 1, cueEnd);
}

/** "2024-01-08 08:02:45": a date with a clock time after it stamps a log line; it is no one's birth. */
const CLOCK_AFTER = /^[ T]\d{1,2}:\d{2}/;
const isTimestamp = (text: string, end: number): boolean => CLOCK_AFTER.test(text.slice(end, end + 6));

/**
 * "Mine's March 3rd, 1990, and his is May 5th, 1988": listed dates come each after whose it is. Only a
 * possessive or a pronoun may come between, so "1/2/1980, seen 3/4/2025" stays.
 */
const LIST_LINK =
  /^[ ,;]*(?:and |then )?(?:(?:my |his |her |their )?[a-z-]+(?:'s|\u2019s)|his|her|hers|mine|theirs)(?: is| was)?:? *$/;
/** "DOBs for ID check: 02/11/1955 / 10/30/1957": a slash between two dates lists them. */
const SLASH_LINK = /^ \/ $/;
const linksDates = (between: string): boolean => LIST_LINK.test(between) || SLASH_LINK.test(between);
/** "mine 11/02/1988, Omar 06/27/2017": or whose it is, by name, as typed. */
const NAME_LINK = /^[ ,;]*(?:and )?[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?(?: is| was)?:? *$/;
const linksDatesByName = (between: string): boolean => NAME_LINK.test(between);

/** Text between two dates on one line that takes the first back. */
function isCorrection(lower: string, from: number, to: number): boolean {
  if (to - from > CORRECTION_REACH) return false;
  const between = lower.slice(from, to);
  return !between.includes('\n') && CORRECTION.test(between);
}
