import { LICENCE_HINTS, LICENCE_WORDS_ABROAD } from '../data/id-hints.ts';
import { US_STATE_CODES } from '../data/us-states.ts';
import type { Finding } from '../finding.ts';
import { finding, pushIvrInputs, pushLastFours, type Recognizer } from '../scan-input.ts';
import { alternationOf } from '../text/alternation.ts';
import { codesAfterCues } from '../text/cue-codes.ts';
import { typedDocumentNumbers } from '../text/typed-documents.ts';
import {
  licenceAfterState,
  shortDlCode,
  stateCodeLicences,
  statePrintedLicences,
} from '../text/licence-shapes.ts';
import { cellsUnderColumn } from '../text/table-columns.ts';

const HINT = new RegExp(alternationOf(LICENCE_HINTS));
const CUES = [
  "driver's license",
  'drivers license',
  'driver license',
  "driver's licence",
  'driving licence',
  'license number',
  'licence number',
  'dl#',
  'dl #',
  'dl number',
  'dl no',
  'dl is',
  'dl:',
  'dl=',
  'license #',
  // '"current_dl":"D-402-118-337-905"' (its key's "_" read as a space).
  'dl":"',
  'dl": "',
  'license no',
  'licence no',
  'dln',
  // A learner's or instruction permit is the licence a new driver holds.
  "learner's permit",
  'learners permit',
  'learner permit',
  'instruction permit',
  // "permit_no=P7730418" (read with its underscore as a space), "permit number".
  'permit no',
  'permit number',
  'permit #',
  // "what's the number on his license?", "read me the number off your license": the question names the
  // licence after the number.
  ...['his', 'her', 'your', 'my', 'the', 'their'].flatMap((owner) =>
    ['on', 'off', 'from'].flatMap((place) => [
      `number ${place} ${owner} license`,
      `number ${place} ${owner} licence`,
    ]),
  ),
  // "License state and number?": asked for both, the answer gives the state, then the number.
  'license state and',
  'licence state and',
  // Spanish: "número de licencia de conducir: D11047725", "la licencia es D08412937".
  'licencia de conducir',
  'licencia de manejo',
  'número de licencia',
  'numero de licencia',
  'la licencia es',
  // French: "mon permis de conduire du Massachusetts (S48219930)", "numéro de permis".
  'permis de conduire',
  'numéro de permis',
  // "Primary DL on file: OYELAMA281PQ"; "DL (KS) K07441928", the issuing state in brackets.
  'dl on file',
  'dl (',
  ...LICENCE_WORDS_ABROAD,
];

/**
 * "her license, it's D4471902": a person's licence, named by a possessive, then only words that hand over a
 * value ("mi licencia, el número es 38715204"). Whatever else follows the bare word ("license plate", "license was
 * suspended") is not its number.
 */
const OWNED_LICENCE =
  /\b(?:(?:my|his|her|your|their|our|the) licen[cs]e|(?:mi|su) licencia)(?:[,?]? (?:it's|its|it is|is|was|number|no\.?|#|el número es|el numero es|es|número|numero):?)+ ([a-z]{0,2}\d[\d-]{3,17}\d[a-z]?)\b/g;

/**
 * "permiso 48271936W", "su permiso es el 50367128K": a Spanish licence carries its holder's DNI (eight digits and a
 * letter); "QC permis L5324-760918-08": Quebec's letter, four, six and two digits. The bare word is as often
 * "permission", so only these shapes count after it.
 */
const PERMIT_CODE =
  /(?<![a-z])permis(?:o)?(?: de conducir| de conduire)?(?: es| est)?(?: el| le)?:? (\d{8}[a-z]|[a-z]\d{4}-?\d{6}-?\d{2})(?![a-z0-9])/g;

/** Licence numbers vary by state (1-19 characters): only a licence cue right before makes one. */
export const driversLicense: Recognizer = {
  label: 'DRIVERS_LICENSE',
  needsDigit: true,
  find(input) {
    const { text, lower, idCues } = input;
    const out: Finding[] = [];
    if (!idCues || !HINT.test(lower)) return out;
    pushLastFours(input, 'DRIVERS_LICENSE', 0.8, 'drivers-license', out);
    pushIvrInputs(input, 'DRIVERS_LICENSE', 0.8, 'drivers-license', out);
    // Field names join their words with "_" ("dl_number", "drivers_license"): read as spaces, same offsets.
    const cueText = lower.includes('_') ? lower.replaceAll('_', ' ') : lower;
    for (const c of codesAfterCues(text, cueText, CUES, 35)) {
      const alnum = c.code.replace(/[- ]/g, '');
      if (alnum.length < 5 || alnum.length > 19) continue;
      // "Licensed Bail Agent, License No. IN-BA-20417": a trade's licence, not a driver's.
      if (TRADE_LICENCE.test(lower.slice(Math.max(0, c.start - OTHER_LICENCE_REACH), c.start))) continue;
      out.push(finding(c.start, c.end, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    }
    for (const f of shortDlCode(lower))
      out.push(finding(f.start, f.end, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    if (lower.includes('licen') || lower.includes('permi') || lower.includes('dl'))
      for (const f of statePrintedLicences(lower))
        out.push(finding(f.start, f.end, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    for (const f of typedDocumentNumbers(lower, 'DRIVERS_LICENSE'))
      out.push(finding(f.start, f.end, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    for (const f of afterIdTypeCell(text))
      out.push(finding(f.start, f.end, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    for (const f of licenceColumnCells(text))
      out.push(finding(f.start, f.end, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    for (const f of stateCodeLicences(text, lower))
      out.push(finding(f.start, f.end, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    if (lower.includes('licen')) bareLicences(lower, out);
    if (lower.includes('permis')) {
      PERMIT_CODE.lastIndex = 0;
      for (let m = PERMIT_CODE.exec(lower); m !== null; m = PERMIT_CODE.exec(lower)) {
        const start = m.index + m[0].length - (m[1] as string).length;
        out.push(finding(start, m.index + m[0].length, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
      }
    }
    // "dl" alone lets most texts through the hint ("handle", "middle"); the owned form needs the word itself.
    if (!lower.includes('licen')) return out;
    OWNED_LICENCE.lastIndex = 0;
    for (let m = OWNED_LICENCE.exec(lower); m !== null; m = OWNED_LICENCE.exec(lower)) {
      const value = m[1] as string;
      const start = m.index + m[0].length - value.length;
      out.push(finding(start, start + value.length, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    }
    for (const f of licenceAfterState(lower))
      out.push(finding(f.start, f.end, 'DRIVERS_LICENSE', 0.8, 'drivers-license'));
    return out;
  },
};

/**
 * A licence number's shape in a cell: letters (Washington's older numbers open with seven of the holder's name,
 * its newer ones with "WDL"), then a digit, then digits, letters or dashes; perhaps after the issuing state's
 * code ("NH 09OST81342"), which is no part of the number.
 */
const CELL_CODE = /(?<![\w-])(?:[A-Z]{2} (?=[A-Za-z]{0,2}\d))?[A-Za-z]{0,7}\d[\dA-Za-z-]{3,18}(?![\w-])/g;
const LICENCE_HEADER = /licen[cs]e|(?:^|[^a-z])c?dl(?:$|[^a-z])|driv[a-z']*[ _-]?lic/;
/** "dl_expires", "license_issued", "dl_class": a column of a fact about the licence, not its number. */
const LICENCE_FACT_HEADER = /exp|issue|date|class|status|type/;

/**
 * A cell naming the document ("GA_DL", "MO DL", "DL", "DL CO"), perhaps one with the issuing state ("US-CO"), then
 * the cell with its number: an export's ID columns, their bars perhaps padded with spaces.
 */
const ID_TYPE_THEN_NUMBER =
  /(?:^|[,|\t]) *(?:[A-Z]{2}[_ ])?DL(?:[- ][A-Z]{2})? *[,|\t] *(?:(?:US-)?[A-Z]{2} *[,|\t] *)?([A-Z]{0,2}\d[\d -]{4,13}\d[A-Z]?|WDL[A-Z0-9]{9}) *(?=[,|\t\r\n]|$)/dgm;

function afterIdTypeCell(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!/DL(?:[- ][A-Z]{2})? *[,|\t]/.test(text)) return out;
  ID_TYPE_THEN_NUMBER.lastIndex = 0;
  for (let m = ID_TYPE_THEN_NUMBER.exec(text); m !== null; m = ID_TYPE_THEN_NUMBER.exec(text)) {
    const at = m.indices?.[1];
    if (at !== undefined) out.push({ start: at[0], end: at[1] });
  }
  return out;
}

/** "Driver | DOB | St | License #" over "Aaron Whitley | 03/08/1979 | VA | T61482207": a licence column's cells. */
const licenceColumnCells = (text: string): Array<{ start: number; end: number }> =>
  cellsUnderColumn(
    text,
    CELL_CODE,
    (header) => LICENCE_HEADER.test(header) && !LICENCE_FACT_HEADER.test(header),
  ).map((cell) =>
    US_STATE_CODES.has(text.slice(cell.start, cell.start + 2)) && text.charCodeAt(cell.start + 2) === 32
      ? { start: cell.start + 3, end: cell.end }
      : cell,
  );

/**
 * "German licence B072RR3E2I5", "licence J01058WX7M2", Spanish "la licencia es CHIH-0492218" (a Mexican state's
 * letters, a dash and digits): the word right before a code of letters and digits names a
 * driver's licence, unless a trade's, a shop's, a plate's or a pet's licence is meant ("liquor license 44817201").
 */
const BARE_LICENCE =
  /(?<![a-z])licen(?:[cs]e|cia(?: es)?):? #?([a-z]{0,3}\d[a-z\d-]{4,16}|[a-z]{4}-\d{6,10}|[a-z]-\d{3}(?:-\d{3}){3})(?![a-z\d-])/g;
/** Trades and businesses licensed by a number of their own: "Licensed Bail Agent, License No.", "liquor license". */
const TRADE_WORDS = [
  'bail',
  'business',
  'contractor',
  'liquor',
  'professional',
  'real estate',
  'insurance',
  'broker',
  'cosmetology',
  'nursing',
  'medical',
  'firearm',
  'vendor',
  'trade',
  'pilot',
];
/** A trade's word shortly before the licence word, as a cue's code has it. */
const TRADE_LICENCE = new RegExp(`(?:${TRADE_WORDS.join('|')})\\b[^\\n]{0,20}licen`);
const OTHER_LICENCE_REACH = 40;
/** Before a bare "licence", a trade's or a plate's, a pet's, a marriage's or a program's licence too. */
const OTHER_LICENCE = new RegExp(
  [
    ...TRADE_WORDS,
    'plate',
    'software',
    'marriage',
    'fishing',
    'hunting',
    'pet',
    'dog',
    'tax',
    'agent',
    'radio',
  ].join('|'),
);

function bareLicences(lower: string, out: Finding[]): void {
  BARE_LICENCE.lastIndex = 0;
  for (let m = BARE_LICENCE.exec(lower); m !== null; m = BARE_LICENCE.exec(lower)) {
    const value = m[1] as string;
    // Letters among the digits, or seven digits and more: "license 12345" is a fee's or a count's.
    const digits = value.replace(/\D/g, '').length;
    if (digits < 4 || (digits < 7 && !/[a-z]/.test(value))) continue;
    if (OTHER_LICENCE.test(lower.slice(Math.max(0, m.index - 25), m.index))) continue;
    const start = m.index + m[0].length - value.length;
    out.push(finding(start, start + value.length, 'DRIVERS_LICENSE', 0.75, 'drivers-license'));
  }
}
