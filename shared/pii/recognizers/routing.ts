import type { Finding } from '../finding.ts';
import { finding, pushIvrInputs, pushLastFours, type Recognizer } from '../scan-input.ts';
import { hasBefore } from '../text/context.ts';
import type { DigitChunk } from '../text/digit-chunks.ts';
import { ifscCodes } from '../text/ifsc-codes.ts';
import { isNationalBankCode } from '../text/national-bank-codes.ts';
import { isRoutingColumn } from '../text/record-fields.ts';
import { cellHeaders } from '../text/table-columns.ts';
import { abaValid } from '../validators/aba.ts';

/**
 * "RT 101318222": a bank's shorthand; the checksum still has to hold, so "RT 9" as a road costs nothing. Spanish-speaking
 * callers give the "número de ruta".
 */
const ROUTING_WORDS = [
  'routing',
  'aba',
  'rtn',
  'rtg',
  'rt ',
  'rt#',
  'transit',
  'bank number',
  'sort code',
  'de ruta',
  // "cooperativa de crédito — ruta 325170628, cuenta ...".
  'ruta ',
  // Korean: "라우팅 번호 122487301"; Haitian Creole "nimewo routaj".
  '라우팅',
  'routaj',
];

/**
 * Words that name the number after them a routing number even when its checksum fails; "transit" and "rt" are
 * left out, freight and roads use them for numbers of their own.
 */
const NAMED_ROUTING_WORDS = ['routing', 'aba', 'rtn', 'de ruta', '라우팅'];
const NAMED_REACH = 25;

/** The first two digits of every ABA number: 00-12 (banks), 21-32 (thrifts), 61-72 (electronic), 80 (travellers' cheques). */
function hasFedPrefix(digits: string): boolean {
  const p = Number(digits.slice(0, 2));
  return p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

/** Every cue of a sort code, a transit or an institution number holds one of these. */
const NATIONAL_HINT = /sort|transit|institution/;

/** "0-7-1-0-0-0-0-1-3": a number read back one digit at a time. */
const digitByDigit = (c: DigitChunk): boolean => c.groups.every((g) => g === 1);

/** ABA routing numbers: nine digits passing the checksum, and words that say so nearby. */
export const routing: Recognizer = {
  label: 'ROUTING',
  needsDigit: true,
  find(input) {
    const { lower, chunks, text } = input;
    const out: Finding[] = [];
    const headerAt = cellHeaders(text);
    // Asked only where a word or a column could name such a code: most texts have none.
    const national = NATIONAL_HINT.test(lower);
    for (const c of chunks) {
      if (national && c.digits.length !== 9) {
        // "routing_or_sort", "sort_code": a column of UK sort codes.
        const sortColumn = c.digits.length === 6 && headerAt(c.start)?.includes('sort') === true;
        if (isNationalBankCode(lower, c, sortColumn))
          out.push(finding(c.start, c.end, 'ROUTING', 0.85, 'routing'));
        continue;
      }
      if (
        c.digits.length !== 9 ||
        c.glued ||
        (c.groups.length > 1 && !digitByDigit(c)) ||
        text[c.start] === '(' ||
        text[c.start] === '+'
      )
        continue;
      const routingColumn = (): boolean => {
        const header = headerAt(c.start);
        return header !== null && isRoutingColumn(header);
      };
      if (!abaValid(c.digits)) {
        // "routing is 071923146", a routing column's cell: a number misheard, mistyped or mis-keyed is still
        // the customer's bank, so one named right before it as a routing number is one if its Federal Reserve
        // prefix could be.
        if (!hasFedPrefix(c.digits)) continue;
        // A routing column's header outranks a payment word nearby ("ACH-1,...,104907553") that reads an account.
        if (hasBefore(lower, c.start, NAMED_ROUTING_WORDS, NAMED_REACH))
          out.push(finding(c.start, c.end, 'ROUTING', 0.65, 'routing'));
        else if (routingColumn()) out.push(finding(c.start, c.end, 'ROUTING', 0.85, 'routing'));
        continue;
      }
      // "...,routing,account" over "...,063100277,8801743392": a cell under a routing column is one.
      // A checksum that holds makes a routing word on this line or the question's line before enough ("i need
      // the routing number ..." then "hold on ... okay it says oh seven one ...").
      const cued =
        hasBefore(lower, c.start, ROUTING_WORDS, 50) || routingAskedBefore(lower, c.start) || routingColumn();
      const score = cued ? 0.9 : 0.3;
      out.push(finding(c.start, c.end, 'ROUTING', score, 'routing'));
    }
    pushLastFours(input, 'ROUTING', 0.75, 'routing', out);
    pushIvrInputs(input, 'ROUTING', 0.8, 'routing', out);
    if (!input.spoken)
      for (const [start, end] of ifscCodes(text, lower))
        out.push(finding(start, end, 'ROUTING', 0.85, 'routing'));
    return out;
  },
};

/** How far back, within this line and the one before, a routing word may stand before a checksummed number. */
const ASKED_REACH = 220;

function routingAskedBefore(lower: string, start: number): boolean {
  // Back to the start of the line before this one, within reach: a scan back over a long line would make every
  // checksummed number on it cost the whole line.
  const from = Math.max(0, start - ASKED_REACH);
  let windowStart = from;
  let breaks = 0;
  for (let i = start - 1; i >= from; i--) {
    if (lower.charCodeAt(i) === 10 && ++breaks === 2) {
      windowStart = i + 1;
      break;
    }
  }
  return hasBefore(lower, start, ROUTING_WORDS, start - windowStart);
}
