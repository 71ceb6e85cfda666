import { US_STATE_CODES, US_STATE_NAMES } from '../data/us-states.ts';
import { isAsciiLower } from './chars.ts';

/** Where a licence number sits in the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One letter, then the dashed groups states print on their licences (see statePrintedLicences). */
const PRINTED_SHAPE = '[a-z]\\d{3}-(?:\\d{4}-\\d{4}(?:-\\d{2})?|\\d{3}-\\d{2}-\\d{3}-\\d)';
/**
 * Numbers read out or printed in spaced or dashed groups: Pennsylvania "27 553 910", Colorado "14-207-3385",
 * Michigan "D 516 284 739 104", Wisconsin "S615-337-482-910", New Jersey "V3041 57820 06715", Indiana
 * "4410-27-8835". Letters in lower case; callers reading the text as written widen them. New Hampshire's
 * "09OST81342" mixes the holder's letters into its digits: two digits, three letters, five digits; Washington's
 * newer ones are "WDL" and nine letters and digits.
 */
const GROUPED_SHAPES =
  'wdl[a-z0-9]{9}|\\d{2}[a-z]{3}\\d{5}|\\d{2}(?: \\d{3}){2}|\\d{2}-\\d{3}-\\d{4}|\\d{4}-\\d{2}-\\d{4}|[a-z] \\d{3}(?: \\d{3}){3}|[a-z]-?\\d{3}(?:-\\d{3}){3}|[a-z]\\d{4} \\d{5} \\d{5}';
const STATE_CODES_LOWER = [...US_STATE_CODES].map((c) => c.toLowerCase()).join('|');

/**
 * "DL 41927735", "Texas DL 30418852", "NY DL 492 118 307", "DL TX 40318826", "DL (D08954796)",
 * "FL DL T650-412-92-555-0", "PA DL 27 553 910", "MA lic S48210937", a commercial licence "CDL-A #801442917": the
 * abbreviation as a word of its own, perhaps the issuing state's code (which "lic" needs before it: a contractor's
 * licence is no driver's), then the number at once, whole or in the groups it is read in (a flight, "DL 1187", is
 * never so). Global only for its lastIndex scan, reset before each use.
 */
const DL_THEN_CODE = new RegExp(
  `\\b(?:c?dl(?:-[abc])?(?: #| )\\(?(?:(?:${STATE_CODES_LOWER}) )?|(?:${STATE_CODES_LOWER}) lic\\.? )([a-z]{0,2}\\d{5,17}[a-z]?|\\d{3}(?:[ -]\\d{3,4}){2,3}|${PRINTED_SHAPE}|${GROUPED_SHAPES})\\b`,
  'g',
);

export function shortDlCode(lower: string): Span[] {
  const out: Span[] = [];
  if (!lower.includes('dl ') && !lower.includes('dl-') && !lower.includes(' lic')) return out;
  DL_THEN_CODE.lastIndex = 0;
  for (let m = DL_THEN_CODE.exec(lower); m !== null; m = DL_THEN_CODE.exec(lower)) {
    const start = m.index + m[0].length - (m[1] as string).length;
    out.push({ start, end: start + (m[1] as string).length });
  }
  return out;
}

/**
 * Six or more characters: a five-digit number after a state name is its ZIP. Some states mix letters into
 * the number ("WDL7Q4M29K1B"); then at least five of its characters are digits, so no word passes.
 */
const CODE = /\b(?:[a-z]{0,3}\d[a-z\d]{5,16}|\d{2}-\d{3}-\d{4})\b/g;
const LETTERS_AMONG_DIGITS = /\d[a-z]/;
const MIN_MIXED_DIGITS = 5;
/** How far back the licence was asked for ("your driver's license, can I scan it? ... Okay, Louisiana ..."). */
const CUE_REACH = 160;
/** "Ohio, " or "New Hampshire " before the number: the longest state name and its separator. */
const STATE_REACH = 16;

/**
 * "Okay, Louisiana 009817342", "It's Ohio, RT448209": licences are issued by a state, and people say which
 * one before the number. Only within reach after a licence was named.
 */
export function licenceAfterState(lower: string): Span[] {
  const out: Span[] = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(lower); m !== null; m = CODE.exec(lower)) {
    let at = m.index;
    if (!codeShaped(m[0].replaceAll('-', ''))) continue;
    // "ohio s r417729": letters spelled one by one before the code are its first characters.
    const spelled = spelledLettersBefore(lower, at);
    if (!stateBefore(lower, withoutFiller(lower, spelled))) continue;
    at = spelled;
    // The cue is looked for within reach only: an unbounded look back per code is quadratic on long lines.
    const from = Math.max(0, at - CUE_REACH);
    const found = lower.slice(from, at + 5).lastIndexOf('licen');
    const cue = found < 0 ? -1 : from + found;
    if (cue < 0 || at - cue > CUE_REACH || lower.startsWith(' plate', cue + 7)) continue;
    out.push({ start: at, end: m.index + m[0].length });
  }
  return out;
}

/** The start of up to three letters said one by one right before `at` ("s r", "l a"), or `at` itself. */
function spelledLettersBefore(lower: string, at: number): number {
  let start = at;
  for (let n = 0; n < 3; n++) {
    const letter = start - 2;
    if (lower.charCodeAt(start - 1) !== 32 || !isAsciiLower(lower.charCodeAt(letter))) break;
    if (letter > 0 && lower.charCodeAt(letter - 1) !== 32) break;
    start = letter;
  }
  return start;
}

/** "north dakota uh l a r...", "Colorado, number 09-421-7763": a filler or "number" after the state is passed over. */
const withoutFiller = (lower: string, at: number): number =>
  lower.endsWith(' uh ', at) || lower.endsWith(' um ', at)
    ? at - 3
    : lower.endsWith(' number ', at)
      ? at - 7
      : at;

/** Up to two letters then digits only, or letters among at least five digits. */
function codeShaped(code: string): boolean {
  if (!LETTERS_AMONG_DIGITS.test(code)) return /^[a-z]{0,2}\d+$/.test(code);
  let digits = 0;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) >= 48 && code.charCodeAt(i) <= 57) digits++;
  return digits >= MIN_MIXED_DIGITS;
}

/** The state's name right before, closed by a comma or a full stop ("No, Washington. WDL..."). */
function stateBefore(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - STATE_REACH), at).replace(/[,.]? $/, '');
  const words = before.split(' ');
  const last = words[words.length - 1] ?? '';
  if (US_STATE_NAMES.has(last)) return true;
  return words.length >= 2 && US_STATE_NAMES.has(`${words[words.length - 2]} ${last}`);
}

/**
 * "A123-4567-8901", "A123-456-78-901-2", "A123-4567-8901-23": one letter, then the dashed groups states print
 * on their licences and permits (Illinois, Florida, Wisconsin and others). Nothing else is written so, and a
 * text that names a licence or permit anywhere needs no cue beside it ("she lost her permit" ... "its
 * F255-417-09-811-0"). Global only for its lastIndex scan, reset before each use.
 */
const STATE_PRINTED = new RegExp(`(?<![\\w-])${PRINTED_SHAPE}(?![\\w-])`, 'g');

export function statePrintedLicences(lower: string): Span[] {
  const out: Span[] = [];
  STATE_PRINTED.lastIndex = 0;
  for (let m = STATE_PRINTED.exec(lower); m !== null; m = STATE_PRINTED.exec(lower))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * "NC license 000031874526", "TX Driver's License: 40318826": a state's code in capitals, the word, then the
 * number. Read in the text as written: lower-cased, "in", "or" and "me" would be states too. Global only for
 * its lastIndex scan, reset before each use.
 */
/**
 * The word and the number after a state: " Driver's License No.: #T48291037", " license 000031874526", " license
 * (D11470352)", " DL shown: B70316628".
 */
const LICENCE_AFTER_STATE = ` (?:(?:[Dd]river'?s |[Jj]unior |[Ll]earner'?s |[Pp]rovisional )?[Ll]icen[cs]e|DL)(?: (?:[Nn]umber|[Nn]o\\.?|#|is|shown|on file)|, the number is)?:? ?[#(]?([A-Za-z]{0,2}-?\\d[\\d-]{4,17}\\d|${GROUPED_SHAPES.replaceAll('[a-z]', '[A-Za-z]')})\\b`;
const STATE_CODE_LICENCE = new RegExp(`\\b(?:${[...US_STATE_CODES].join('|')})${LICENCE_AFTER_STATE}`, 'g');

/** "Missouri license K804173925", "Virginia driver's license: T48291037": a state's name, the word, the number. */
const STATE_NAME_LICENCE = new RegExp(`\\b(?:${[...US_STATE_NAMES].join('|')})${LICENCE_AFTER_STATE}`, 'g');

/**
 * "Licence on file NY 721 448 093", "License is WA WDLTA42R8K1B": the word, then the state's code in capitals, then
 * the number, whole or in its groups.
 */
const LICENCE_THEN_STATE_CODE = new RegExp(
  `\\b[Ll]icen[cs]e(?: (?:is|on file|[Nn]umber|[Nn]o\\.?|#))?:? (?:${[...US_STATE_CODES].join('|')}) ([A-Za-z]{0,2}\\d[\\d-]{4,17}\\d|\\d{3}(?: \\d{3}){2}|[Ww][Dd][Ll][A-Za-z0-9]{9}|${GROUPED_SHAPES.replaceAll('[a-z]', '[A-Za-z]')})\\b`,
  'g',
);

/**
 * Licence numbers after a state's code in capitals (read in `text`), a state's name (read in `lower`), or the word
 * and then the state's code.
 */
export function stateCodeLicences(text: string, lower: string): Span[] {
  const out: Span[] = [];
  for (const [pattern, s] of [
    [STATE_CODE_LICENCE, text],
    [STATE_NAME_LICENCE, lower],
    [LICENCE_THEN_STATE_CODE, text],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) {
      const value = m[1] as string;
      const start = m.index + m[0].length - value.length;
      out.push({ start, end: start + value.length });
    }
  }
  return out;
}
