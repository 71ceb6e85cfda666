import { PASSPORT_HINTS, PASSPORT_WORDS } from '../data/id-hints.ts';
import type { Finding } from '../finding.ts';
import { finding, pushLastFours, type Recognizer } from '../scan-input.ts';
import { alternationOf } from '../text/alternation.ts';
import { codesAfterCues } from '../text/cue-codes.ts';
import { docsElements } from '../text/gds-records.ts';
import { nextLineWithin } from '../text/next-turn.ts';
import { typedDocumentNumbers } from '../text/typed-documents.ts';
import { cellsUnderColumn } from '../text/table-columns.ts';

const HINT = new RegExp(alternationOf(PASSPORT_HINTS));

/**
 * "I need the passport number exactly as printed." answered "Surname is AL-FARSI, given names OMAR KHALID.
 * Number is C03005988.": an answer giving several fields names the number's own. "Number" opens its
 * clause, so "phone number is ..." in the same answer is not it.
 */
const NAMED_NUMBER =
  /(?:^|[.,;:?!] |\b(?:the|my|passport) )(?:number|no\.?)(?: is|:)? ([a-z]{0,2}\d[a-z\d]{4,10})\b/g;
/**
 * "PP 566120984", "PP# A03391577": rosters and bookings write the passport as "PP" before its number. Global
 * only for its lastIndex scan, reset before each use.
 */
const PP_THEN_NUMBER = /(?<![a-z])pp(?: ?#| no\.?| number)?:? ?([a-z]{0,2}\d{6,9})\b/g;
const QUESTION_REACH = 60;
const ANSWER_REACH = 120;

/**
 * "SwiftSeal Passport & Visa | Call ID C-88120447", "Passport & Visa Services\nCase: SW-24-08812": the word names a
 * business or a service, and the code after it is a call's or a case's, set apart by a bar or its own label.
 */
const SERVICE_AFTER = /^(?:s)? ?(?:&|and) visa|^ (?:services?|agency|office|photos?|expedit)/;
const OTHER_FIELD_BETWEEN = /\||(?:call id|case|conf|ref|ticket|order|tag)\b|\d{1,2}\/\d{1,2}\//;
const CUE_REACH = 70;

function namesAnotherCode(lower: string, start: number): boolean {
  const from = Math.max(0, start - CUE_REACH);
  const window = lower.slice(from, start);
  const at = Math.max(window.lastIndexOf('passport'), window.lastIndexOf('pasaporte'));
  if (at < 0) return false;
  const cueEnd = at + (window.startsWith('passport', at) ? 8 : 9);
  return (
    SERVICE_AFTER.test(window.slice(cueEnd, cueEnd + 12)) || OTHER_FIELD_BETWEEN.test(window.slice(cueEnd))
  );
}

/** A passport number's shape in a cell: up to two letters, six to nine digits, perhaps a letter after. */
const CELL_CODE = /(?<![\w-])[A-Za-z]{0,2}\d{6,9}[A-Za-z]?(?![\w-])/g;
/** "passport_no", "Passport #": a column of passport numbers, not of their expiry or issuing country. */
const PASSPORT_HEADER = /passport(?!.*(?:exp|issue|country|date|nation))/;

/** "doc number", "id_no", "Document #": a column of documents' numbers, whose kind another column names. */
const DOCUMENT_NUMBER_HEADER = /(?:doc(?:ument)?|id)[ _-]?(?:number|num|no\.?|#)/;
/** A cell naming a passport ("Passport", "U.S. passport card", "Foreign passport + I-94"): the row's document is one. */
const PASSPORT_CELL = /(?:^|[|,\t])[^|,\t\n]{0,24}(?<![a-z])passport(?![a-z])[^|,\t\n]{0,24}(?:[|,\t]|$)/;

/**
 * "...,nationality,passport_no,passport_exp" over "...,PHL,P6620418B,2034-10-08": a passport column's cells; and
 * "| doc type | ... | doc number |" over "| Passport | Lebanon | RL2290417 |": a document number in a row whose
 * document is a passport.
 */
function passportColumnCells(text: string, lower: string): Array<{ start: number; end: number }> {
  const cells = cellsUnderColumn(text, CELL_CODE, (header) => PASSPORT_HEADER.test(header));
  for (const c of cellsUnderColumn(text, CELL_CODE, (header) => DOCUMENT_NUMBER_HEADER.test(header))) {
    const from = lower.lastIndexOf('\n', c.start) + 1;
    const to = lower.indexOf('\n', c.end);
    if (PASSPORT_CELL.test(lower.slice(from, to < 0 ? lower.length : to))) cells.push(c);
  }
  return cells;
}

/** Passport numbers are 6-9 letters and digits in most countries; the word "passport" must precede. */
/** Exports whose rows carry a document's type: a passenger manifest's, an API check's. */
const DOC_TYPE_HINT = /passport|doc_?type|document type|apis/;
/** A cell "P" or "PASSPORT", then a cell shaped like a passport's number. */
const TYPE_CELL_THEN_NUMBER =
  /(?:^|[,|\t]) *(?:P|PP|PASSPORT|Passport) *[,|\t] *([A-Z]{0,2}\d{6,9})(?=[,|\t\r\n]|$)/dgm;

export const passport: Recognizer = {
  label: 'PASSPORT',
  needsDigit: true,
  find(input) {
    const { text, lower, idCues } = input;
    const out: Finding[] = [];
    // "SSR DOCS M7 HK1/P/USA/A04417823/...": a reservation's travel-document element names no passport in words.
    if (!input.spoken)
      for (const d of docsElements(text))
        if (d.passport !== null)
          out.push(finding(d.passport.start, d.passport.end, 'PASSPORT', 0.85, 'passport/gds'));
    // '"type": "P", "number": "TR8830417"': a document's kind in its own key may be a code, no word for passport.
    if (!input.spoken)
      for (const f of typedDocumentNumbers(lower, 'PASSPORT'))
        out.push(finding(f.start, f.end, 'PASSPORT', 0.8, 'passport'));
    // "...,TWN,P,312845067,2025-02-10": an export's document-type cell, then the document's number.
    if (!input.spoken && DOC_TYPE_HINT.test(lower)) {
      TYPE_CELL_THEN_NUMBER.lastIndex = 0;
      for (let m = TYPE_CELL_THEN_NUMBER.exec(text); m !== null; m = TYPE_CELL_THEN_NUMBER.exec(text)) {
        const at = m.indices?.[1];
        if (at !== undefined) out.push(finding(at[0], at[1], 'PASSPORT', 0.8, 'passport'));
      }
    }
    if (!idCues || !HINT.test(lower)) return out;
    pushLastFours(input, 'PASSPORT', 0.8, 'passport', out);

    for (const c of codesAfterCues(text, lower, PASSPORT_WORDS, 40)) {
      const alnum = c.code.replace(/[- ]/g, '');
      if (alnum.length < 6 || alnum.length > 10 || namesAnotherCode(lower, c.start)) continue;
      out.push(finding(c.start, c.end, 'PASSPORT', 0.8, 'passport'));
    }
    for (const f of passportColumnCells(text, lower))
      out.push(finding(f.start, f.end, 'PASSPORT', 0.8, 'passport'));
    for (let at = lower.indexOf('passport'); at >= 0; at = lower.indexOf('passport', at + 1)) {
      const line = nextLineWithin(lower, at, QUESTION_REACH);
      if (line < 0) continue;
      const window = lower.slice(line, line + ANSWER_REACH);
      const lineEnd = window.indexOf('\n');
      const answer = lineEnd < 0 ? window : window.slice(0, lineEnd);
      NAMED_NUMBER.lastIndex = 0;
      const m = NAMED_NUMBER.exec(answer);
      if (m === null) continue;
      const value = m[1] as string;
      const start = line + m.index + m[0].length - value.length;
      out.push(finding(start, start + value.length, 'PASSPORT', 0.8, 'passport'));
    }
    if (lower.includes('pp')) {
      PP_THEN_NUMBER.lastIndex = 0;
      for (let m = PP_THEN_NUMBER.exec(lower); m !== null; m = PP_THEN_NUMBER.exec(lower)) {
        const value = m[1] as string;
        const start = m.index + m[0].length - value.length;
        out.push(finding(start, start + value.length, 'PASSPORT', 0.8, 'passport'));
      }
    }
    return out;
  },
};
