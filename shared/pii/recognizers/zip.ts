import { US_STATE_CODES, US_STATE_NAMES } from '../data/us-states.ts';
import type { Finding } from '../finding.ts';
import { finding, pushIvrInputs, type Recognizer } from '../scan-input.ts';
import { codeAt, isAsciiLetter, isAsciiLower, isAsciiUpper, isDigit, isWordChar } from '../text/chars.ts';
import { hasBefore, NOT_PERSONAL } from '../text/context.ts';
import { afterCodeHyphen, type DigitChunk, firstChunkFrom, lastGroups } from '../text/digit-chunks.ts';
import { answerStart, nextLineWithin } from '../text/next-turn.ts';
import { foreignPostcodes } from '../text/foreign-postcodes.ts';
import { TableColumns } from '../text/table-columns.ts';
import { wordBefore } from '../text/words.ts';
import { flagsOf, ORG } from '../text/word-flags.ts';

const QUESTION_TAIL = 24;
/** How long a question or request may run on after "zip" to its closing "?" or ".". */
const QUESTION_REACH = 80;
const US_ZIP_FIRST = /^\d{5}(?:-\d{4})?(?![\w-])/;
/** How far along its line a ZIP may follow the word "zip" with other words between ('ZIP ("97214")'). */
const SAME_LINE_REACH = 60;
/** How far into an answer's line its ZIP may come ("09:12:41 INPUT dtmf=10027"). */
const ANSWER_REACH = 40;
// Records name the field "postal_code", "<postalcode>" or "address.postal".
const ZIP_CUES = [
  'zip',
  'postal code',
  'postcode',
  'post code',
  'postal_code',
  'postalcode',
  '.postal',
  // Spanish: "el código postal es nueve siete tres cero uno".
  'código postal',
  'codigo postal',
  // Spain's "CP 46005" (código postal); Korean "우편번호" (postcode), asked and answered on the next line.
  'cp ',
  '우편번호',
];
const ZIP_HEADER = /zip|post(?:al)?[ _-]?code|(?:^|[ _])postal$/;
/** US ZIP and ZIP+4, and the postcode shapes of Canada, the UK, the Netherlands, Brazil, Sweden and Poland. */
const POSTCODE =
  /^(?:\d{5}(?:-\d{4})?|\d{3,4}|\d{3} \d{2}|\d{2}-\d{3}|\d{5}-\d{3}|\d{4}-\d{3}|\d{4} ?[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\w-])/i;
/** A cell's end right after a cue: a bar, a tab, or a comma with no space after it. */
const COLUMN_AFTER = /^ *(?:\||\t|,(?! ))/;
const LEAD = /^\s*(?:(?:code|is|was|it's|:|#|-|=|"|>|number|no\.?)\s*)*/i;
/** ZIP or postcode standing alone: after "zip code" or a state; inside a street address the address wins. */
export const zip: Recognizer = {
  label: 'ZIP',
  needsDigit: true,
  find(input) {
    const { text, lower, chunks } = input;
    const out: Finding[] = [];
    // Most cues hold "post": one look for it skips them all in most texts.
    const anyPost = lower.includes('post');
    const anyZipWord = anyPost || lower.includes('zip');
    for (const cue of ZIP_CUES) {
      if (cue !== 'zip' && cue !== 'cp ' && cue !== '우편번호' && !anyPost) continue;
      let from = 0;
      for (;;) {
        const at = lower.indexOf(cue, from);
        if (at < 0) break;
        from = at + cue.length;
        if (isWordChar(codeAt(lower, at)) && isWordChar(codeAt(lower, at - 1))) continue;
        const window = text.slice(from, from + 40);
        // "| from_zip | size |", "zip,city": a column's header; the table's rows are read below.
        if (COLUMN_AFTER.test(window)) continue;
        let lead = LEAD.exec(window)?.[0].length ?? 0;
        let m = POSTCODE.exec(window.slice(lead));
        // "billing zip?" answered on the next line: "CALLER: 30309".
        // A few words may close the question first ("the zip code on file?").
        const line = m ? -1 : nextLineWithin(text, from, lead + QUESTION_TAIL);
        // "your ZIP and the last 4 of the SSN on the account?" then "73112 and 5506": a longer question or
        // request, closed by "?" or ".", is answered in the order asked, a US ZIP first.
        if (m === null && line < 0) {
          const asked = nextLineWithin(text, from, QUESTION_REACH);
          const close = asked >= 0 ? text.charCodeAt(asked - 2) : -1;
          if (close === 63 || close === 46) {
            const at = answerStart(text, asked);
            const us = US_ZIP_FIRST.exec(text.slice(at, at + 12));
            if (us !== null) {
              out.push(finding(at, at + us[0].length, 'ZIP', 0.75, 'zip'));
              continue;
            }
          }
        }
        if (line >= 0) {
          lead = answerStart(text, line) - from;
          m = POSTCODE.exec(text.slice(from + lead, from + lead + 40));
          // "318, and 91801": a short code first answers the other question asked; the ZIP is read below.
          if (m !== null && /^\d{3,4}$/.test(m[0]) && text.charCodeAt(from + lead + m[0].length) === 44)
            m = null;
        }
        if (m) {
          out.push(finding(from + lead, from + lead + m[0].length, 'ZIP', 0.85, 'zip'));
          continue;
        }
        // "Mailing ZIP (if different): 05601", "prompt_zip: caller said ... -> 78501": further along the
        // line, or on the answer's line, the first number there is the ZIP when it has a ZIP's shape.
        // The line's end is looked for only within reach: a search to the end of a long line from every cue is quadratic.
        const lineEnd = text.slice(from, from + SAME_LINE_REACH).indexOf('\n');
        const sameLineTo = Math.min(from + SAME_LINE_REACH, lineEnd < 0 ? text.length : from + lineEnd);
        const c =
          zipChunkWithin(text, chunks, from, sameLineTo) ??
          (line >= 0 ? zipChunkWithin(text, chunks, from + lead, from + lead + ANSWER_REACH) : null);
        if (c && !afterCodeHyphen(text, c.start) && !hasBefore(lower, c.start, NOT_PERSONAL, c.start - from))
          out.push(finding(c.start, c.end, 'ZIP', 0.75, 'zip'));
      }
    }
    let tables: TableColumns | null = null;
    for (const c of chunks) {
      if (c.glued || !isZipShape(c)) continue;
      if (text[c.start] === '(' || text[c.start] === '+') continue;
      // "...|phone|zip|..." over "...|(469) 555-0104|75070|...": a ZIP in a table's ZIP column.
      if (anyZipWord) {
        tables ??= new TableColumns(text);
        const header = tables.headerAt(c.start);
        if (header !== null && ZIP_HEADER.test(header)) {
          out.push(finding(c.start, c.end, 'ZIP', 0.75, 'zip'));
          continue;
        }
      }
      // "88213-A": a code with a letter after the dash is no ZIP+4.
      if (text.charCodeAt(c.end) === 45 && isAsciiLetter(codeAt(text, c.end + 1))) continue;
      // "#VT-33018": a state code hyphened to the digits is a code's prefix, not the state of an address.
      if (afterCodeHyphen(text, c.start)) continue;
      const w = wordBefore(text, c.start, 3);
      if (!w || !(US_STATE_CODES.has(w.text) || US_STATE_NAMES.has(w.text.toLowerCase()))) continue;
      // "Call ID: 88213", "IN: 40213": a state code followed by a colon is a field's label.
      if (text.charCodeAt(w.end) === 58) continue;
      // "interpreter ID 40172", "agent ID 88213": after a lower-case word, with no comma, "ID" labels a number;
      // an address puts a town there ("Boise ID 83702", "Boise, ID 83702").
      if (text.charCodeAt(w.start - 2) !== 44 && lowerWordBefore(text, w.start)) continue;
      // "CSR ID 88214", "interpreter, ID 40218": Idaho's code, the likeliest to label a number, needs its town.
      if (w.text === 'ID' && !townBefore(text, w.start)) continue;
      // "Chiara Benedetti (ID 55018)": a state code opening brackets labels the number inside; an address
      // puts its city before the state.
      if (text.charCodeAt(w.start - 1) === 40 || text.charCodeAt(w.start - 1) === 91) continue;
      if (hasBefore(lower, c.start, NOT_PERSONAL, 20)) continue;
      out.push(finding(c.start, c.end, 'ZIP', 0.6, 'zip'));
    }
    for (const [start, end] of foreignPostcodes(text))
      if (!out.some((f) => f.start === start)) out.push(finding(start, end, 'ZIP', 0.6, 'zip'));
    pushIvrInputs(input, 'ZIP', 0.8, 'zip', out);
    return out;
  },
};

/** Whether a town's name ends right before `at`, perhaps with a comma: "Boise ID", "BOISE, ID". */
const HOLDER_BEFORE_ID =
  /^(?:rider|member|patient|employee|customer|user|client|student|donor|agent|tenant|caller|account|vendor|driver|provider|staff|badge|case|order|claim|guest|resident|dealer|contractor|merchant|store|branch|partner|site|interpreter|operator|session|device|employer|group|line)$/i;

function townBefore(text: string, at: number): boolean {
  const w = wordBefore(text, text.charCodeAt(at - 2) === 44 ? at - 1 : at, 1);
  if (w === null || !isAsciiUpper(w.text.charCodeAt(0))) return false;
  // "Rider ID 30915", "Member ID 40218": a record's holder before "ID" labels the number, no town.
  if (HOLDER_BEFORE_ID.test(w.text)) return false;
  // "Bellamy Home Health, ID 60318": a firm's trade word before "ID" labels the firm's number.
  if ((flagsOf(w.text.toLowerCase()) & ORG) !== 0) return false;
  const rest = w.text.slice(1);
  return rest === rest.toLowerCase() ? rest.length > 0 : w.text.length >= 4;
}

/** Whether the word ending one space before `at` starts with a lower-case letter. */
function lowerWordBefore(text: string, at: number): boolean {
  const w = wordBefore(text, at, 1);
  return w !== null && isAsciiLower(w.text.charCodeAt(0));
}

/**
 * The first number starting in [from, to) when it has a ZIP's shape; null when there is none or another
 * number comes first. Clock times ("09:12:41") are passed over: log lines open with them.
 */
function zipChunkWithin(
  text: string,
  chunks: readonly DigitChunk[],
  from: number,
  to: number,
): DigitChunk | null {
  for (let k = firstChunkFrom(chunks, from); k < chunks.length; k++) {
    const c = chunks[k] as DigitChunk;
    if (c.start >= to) break;
    if (isClockPart(text, c)) continue;
    // "date of birth and ZIP?" answered "9/9/1990, 28205", "security code and ZIP?" answered "318, and 91801":
    // the other value asked for may come first, a date or a short code before a comma.
    if (answersFirst(text, c)) continue;
    const z = zipAfterDate(c) ?? c;
    return !z.glued && isZipShape(z) && !isWordChar(codeAt(text, z.end)) ? z : null;
  }
  return null;
}

const DATE_SEPS = /^[/.-]$/;

/** "9/9/1979 45140": the reader joins a date and the ZIP said after it; the ZIP is the last group. */
function zipAfterDate(c: DigitChunk): DigitChunk | null {
  const { groups, seps } = c;
  if (groups.length !== 4 || groups[3] !== 5 || seps[2] !== ' ') return null;
  if (!DATE_SEPS.test(seps[0] as string) || seps[1] !== seps[0]) return null;
  return lastGroups(c, 1);
}

/** A date, or a card's three- or four-digit code closed by a comma: an answer's first value, not its ZIP. */
function answersFirst(text: string, c: DigitChunk): boolean {
  // "Brian Schultz 9/9/1979 45140": a date is never the ZIP, comma or not.
  if (c.groups.length === 3 && c.seps.every((s) => DATE_SEPS.test(s))) return true;
  if (text.charCodeAt(c.end) !== 44) return false;
  return c.groups.length === 1 && (c.digits.length === 3 || c.digits.length === 4);
}

/** A number with a colon and a digit on either side is part of a clock time. */
function isClockPart(text: string, c: DigitChunk): boolean {
  return (
    (codeAt(text, c.end) === 58 && isDigit(codeAt(text, c.end + 1))) ||
    (codeAt(text, c.start - 1) === 58 && isDigit(codeAt(text, c.start - 2)))
  );
}

/** "62704" or "62704-1234". */
function isZipShape(c: DigitChunk): boolean {
  const g = c.groups;
  if (g[0] !== 5) return false;
  return g.length === 1 || (g.length === 2 && g[1] === 4 && c.seps[0] === '-');
}
