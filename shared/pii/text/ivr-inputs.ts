import type { PiiLabel } from '../finding.ts';

/** A value keyed in on a phone menu, read off the IVR log line that records it, with the kind its prompt asked for. */
export interface IvrInput {
  readonly start: number;
  readonly end: number;
  readonly label: PiiLabel;
  readonly partial: boolean;
}

/**
 * "DTMF 32207 -> zip MATCH", "INPUT dtmf=\"44107\"", "input=7046", "DTMF_INPUT digits=\"7712\"": the digits a caller keyed in. Global for its
 * lastIndex scan, reset before each use; bounded, so linear.
 */
const KEYED =
  /(?:dtmf|input)(?:_input)?(?: *[=:] *| +)(?:(?:digits|value|keys)[=:] *)?"?(\d{4,19}|\d(?: \d){3,18})#?"?/g;
/** How far back the prompt that asked may stand: its own line and the two before. */
const PROMPT_LINES = 2;
/** How much of a log line is read for a kind: a prompt's words and a result's sit near the start and the value. */
const MAX_LINE = 120;
const AFTER_REACH = 60;

/**
 * The kinds a prompt or a result names, first match wins ("the ZIP code on your policy" asks for the ZIP); words of
 * kinds that are no one's, named alone, stop the reading.
 */
const KINDS: ReadonlyArray<readonly [RegExp, PiiLabel | null]> = [
  // A card's expiry, an amount, a firm's tax id: numbers of a kind no one is known by, whatever else the prompt names.
  [/exp\b|expir|cvv|cvc|amount|refund|balance|payment|tax|\bein\b/, null],
  [/ssn|social/, 'SSN'],
  [/zip|postal/, 'ZIP'],
  [/dob|birth/, 'DOB'],
  [/routing/, 'ROUTING'],
  // "PROMPT enter_dl_or_permit": a licence's or a learner's permit's number keyed in.
  [/(?:^|[^a-z])dl(?:[^a-z]|$)|licen[cs]e|permit/, 'DRIVERS_LICENSE'],
  [/card/, 'CREDIT_CARD'],
  [/phone|callback|\bani\b/, 'PHONE'],
  [
    /(?:acct|account).*(?:checking|savings|dda|bank|ach)|(?:checking|savings|dda|bank|ach).*(?:acct|account)/,
    'BANK_ACCOUNT',
  ],
  [/pin\b|passcode|member|policy|claim|order|menu|option|press|extension|confirm|loan|file/, null],
  // "PROMPT_LAST4 -> DTMF 8815": a menu asks for a last four without naming its kind only to find a payment card;
  // an account's last four ("acct_last4") may be a store's or a utility's, no one's card.
  [/(?:acct|account)[ _]?last/, null],
  [/last[ _]?(?:4|four)/, 'CREDIT_CARD'],
];

/** The kind named in `s`, or undefined when it names none. */
function kindIn(s: string): PiiLabel | null | undefined {
  for (const [pattern, label] of KINDS) if (pattern.test(s)) return label;
  return undefined;
}

/** Whether `digits` keyed in for `label` is its whole value (false) or its last digits (true); null for neither. */
function partOf(label: PiiLabel, n: number): boolean | null {
  switch (label) {
    case 'ZIP':
      return n === 5 || n === 9 ? false : null;
    case 'SSN':
    case 'CREDIT_CARD':
      return n === 4 ? true : (label === 'SSN' ? n === 9 : n >= 13) ? false : null;
    case 'DOB':
      return n === 4 || n === 6 || n === 8 ? false : null;
    case 'ROUTING':
      return n === 9 ? false : null;
    case 'PHONE':
      return n === 4 ? true : n === 10 || n === 11 ? false : null;
    case 'BANK_ACCOUNT':
      return n === 4 ? true : n >= 6 && n <= 17 ? false : null;
    case 'DRIVERS_LICENSE':
      return n === 4 ? true : n >= 5 && n <= 19 ? false : null;
    default:
      return null;
  }
}

/**
 * The values keyed in on an IVR log's lines, each of the kind the result after it ("-> zip MATCH", "(ssn_last4)")
 * or else the prompt before it ("PROMPT verify_zip \"Please enter the ZIP code ...\"") names.
 */
export function ivrInputs(lower: string): IvrInput[] {
  const out: IvrInput[] = [];
  KEYED.lastIndex = 0;
  for (let m = KEYED.exec(lower); m !== null; m = KEYED.exec(lower)) {
    // "DTMF 7 5 2 0 6": a log may space the keys pressed.
    const keys = m[1] as string;
    const digits = keys.replaceAll(' ', '');
    const end = m.index + m[0].length;
    const start = lower.indexOf(keys, m.index);
    const after = lower.slice(start + keys.length, lineEndWithin(lower, end, AFTER_REACH));
    const named = kindIn(after);
    const kind = named === undefined ? promptKind(lower, m.index) : named;
    if (kind === undefined || kind === null) continue;
    const partial = partOf(kind, digits.length);
    if (partial !== null) out.push({ start, end: start + keys.length, label: kind, partial });
  }
  return out;
}

/** The kind the nearest prompt names: this line up to the keyed value, then each line before it, within reach. */
function promptKind(lower: string, at: number): PiiLabel | null | undefined {
  let to = at;
  for (let lines = 0; lines <= PROMPT_LINES && to > 0; lines++) {
    const from = lineStartWithin(lower, to);
    const kind = kindIn(lower.slice(from, to));
    if (kind !== undefined) return kind;
    to = from - 1;
  }
  return undefined;
}

/** Where the line holding `at` ends, looking no further than a line's reach: a text of one long line stays linear. */
function lineEndWithin(lower: string, at: number, reach: number): number {
  const limit = Math.min(lower.length, at + reach);
  for (let i = at; i < limit; i++) if (lower.charCodeAt(i) === 10) return i;
  return limit;
}

/** Where the line holding the character before `at` starts, looking no further back than a line's reach. */
function lineStartWithin(lower: string, at: number): number {
  const limit = Math.max(0, at - MAX_LINE);
  for (let i = at - 1; i >= limit; i--) if (lower.charCodeAt(i) === 10) return i + 1;
  return limit;
}
