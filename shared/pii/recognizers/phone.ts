import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Finding } from '../finding.ts';
import { finding, pushIvrInputs, pushLastFours, type Recognizer } from '../scan-input.ts';
import { codeAt, isDigit, isLetter, lineReach } from '../text/chars.ts';
import { hasAfter, hasBefore, nearestCue, nearestGroup, nearestNamedNumber } from '../text/context.ts';
import { afterCodeHyphen, type DigitChunk, isCjkSyllable, isDottedQuad } from '../text/digit-chunks.ts';
import { answerStart, opensAnswerTo } from '../text/next-turn.ts';
import { AFTER_WORDS, CUE_GROUPS, PHONE_WORDS } from '../text/phone-cues.ts';
import { nationalRegion } from '../text/national-region.ts';
import { isOtherNumberColumn, isPhoneColumn } from '../text/record-fields.ts';
import { cellHeaders } from '../text/table-columns.ts';
import {
  afterCodePrefix,
  allFours,
  dashedTail,
  idGrouping,
  isNanpGrouped,
  looksLikeOtherNumber,
  sentToBefore,
} from '../text/phone-shapes.ts';
import { nanpImpossible, nanpVerdict, type PhoneVerdict } from '../validators/nanp.ts';

/** "| call ", "[call ", "- Call ", a line's "Call ": the word as a field's label, not as "call me at". */
const CALL_ID_FIELD = /(?:^|\n|[-|[(] ?)call #?$/i;
const AREA_BEFORE = /area code:? ?\d{3}\)?[ ,.-]{0,3}$/;
const AREA_AFTER = /^[ ,.;-]{0,3}(?:in )?area code:? ?\d{3}(?!\d)/;

/** Extension written right after the number ("x4587", " ext. 12"), kept inside the finding. */
function extensionEnd(text: string, end: number): number {
  // Every form starts with "x" or "e", after at most one space: most numbers end otherwise.
  const first = codeAt(text, end);
  const lead = first === 32 ? codeAt(text, end + 1) : first;
  if (lead !== 120 && lead !== 88 && lead !== 101 && lead !== 69) return end;
  const tail = text.slice(end, end + 20).toLowerCase();
  const m = /^(?: ?x| ?ext\.? ?| extension )(\d{1,6})/.exec(tail);
  return m ? end + m[0].length : end;
}

/** Whether a ")" occurs in text[from, to). */
function closes(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 41) return true;
  return false;
}

/** libphonenumber-js's answer; undefined when it finds no number at all. */
function libraryVerdict(raw: string, region: CountryCode | undefined): PhoneVerdict | undefined {
  const parsed = parsePhoneNumberFromString(raw, region);
  return parsed ? { valid: parsed.isValid(), possible: parsed.isPossible() } : undefined;
}

/**
 * The kind the nearest cue word gives the number at `pos`. A cue of another kind across a column bar or a JSON
 * field's end on the same line ("Patient Accounts, ext. 2216 | 1-800-...") speaks for its own column, not for this number, and one
 * on the line before names no number written in a phone's groups (`grouped`).
 */
function nearestKind(
  text: string,
  pos: number,
  lower: string,
  reach: number,
  grouped: boolean,
): 'phone' | 'holder' | 'other' | null {
  const cue = nearestCue(lower, pos, CUE_GROUPS, Math.min(30, reach));
  if (cue === null || cue.key !== 'other') return cue?.key ?? null;
  for (let i = cue.end; i < pos; i++) {
    const c = text.charCodeAt(i);
    // "Voicemail — Fernway Parcel US Care line" over "From: (404) 555-0158": a number in a phone's groups on
    // a line of its own is not the thing the line before names.
    if (c === 10) return grouped ? null : 'other';
    if (c === 124) return null;
    // `"job":"RTR-88117","to":"+15204471386"`: a JSON field's key speaks for its own value, not the next field's.
    if (c === 34 && text.charCodeAt(i + 1) === 44) return null;
  }
  return 'other';
}

/** Words a question asks for a phone number with, wherever they stand in it. */
const PHONE_QUESTION_WORDS = ['phone', 'cell', 'mobile', 'callback', 'call back', 'reach you', 'text you'];

/**
 * Whether the question's line asks for a phone number: a number it names ("your account number?") decides;
 * else a phone word anywhere in it ("Best phone and email for the confirmation?"), else its nearest cue.
 */
function askedForPhone(lower: string, lineEnd: number, window: number): boolean {
  const named = nearestNamedNumber(lower, lineEnd, CUE_GROUPS, window);
  if (named !== null) return named === 'phone';
  return (
    hasBefore(lower, lineEnd, PHONE_QUESTION_WORDS, window) ||
    nearestGroup(lower, lineEnd, CUE_GROUPS, window) === 'phone'
  );
}

/** "What's your number for the reminder call?": a person's number, whatever the sentence goes on about. */
const A_NUMBER_TO_CALL = /\b(?:your|a|best|good) (?:phone |contact |callback |cell )?number\b/;

/** How a line that asks for something ends: a question mark or a request's "please". */
const ASKS = /(?:\?|please|por favor)[ .]*$/;

/** Whether the question's line asks for a number of another kind and not for a phone. */
function askedForOther(lower: string, lineEnd: number, window: number): boolean {
  if (!ASKS.test(lower.slice(Math.max(0, lineEnd - 14), lineEnd))) return false;
  if (A_NUMBER_TO_CALL.test(lower.slice(Math.max(0, lineEnd - window), lineEnd))) return false;
  const named = nearestNamedNumber(lower, lineEnd, CUE_GROUPS, window);
  if (named !== null) return named === 'other';
  return (
    nearestGroup(lower, lineEnd, CUE_GROUPS, window) === 'other' &&
    !hasBefore(lower, lineEnd, PHONE_QUESTION_WORDS, window)
  );
}

/** Whether the words between the answer's opening and the value name another kind ("Acct 771-20418"), or its line's label does. */
function leadNamesOther(lower: string, pos: number): boolean {
  const lineStart = lower.lastIndexOf('\n', pos - 1) + 1;
  // "Phone: 720.555.0119" over "Member Number: 77304118": a field's label that names its number's kind is no
  // speaker's, though it reads as one.
  if (nearestNamedNumber(lower, pos, CUE_GROUPS, pos - lineStart) === 'other') return true;
  const opening = answerStart(lower, lineStart);
  return pos > opening && nearestGroup(lower, pos, CUE_GROUPS, pos - opening) === 'other';
}

/**
 * "card ending 0925, number 561-797-3308", "NPI 1487753920 | Ph 860-555-0121", "(DOB 11/19/2002) at 404.555.0152":
 * another kind's cue already named the value between it and this number written as a phone's groups, so it
 * names nothing here; a list of bare numbers ("order 12345678 and 87654321") all share their cue.
 */
function cueSpent(lower: string, start: number, previous: DigitChunk | undefined): boolean {
  if (previous === undefined) return false;
  const cue = nearestCue(lower, start, CUE_GROUPS, 60);
  return cue !== null && cue.key === 'other' && previous.start >= cue.end && previous.end <= start;
}

/** Two or more single letters said one by one, right before the digits. */
const SPELLED_PREFIX = /(?:^|[^a-z])(?:[a-z] ){2,}$/;

/**
 * "Tracking #: (512) 555-0147", "tracking line 770-555-0100", `"tracking_number": "+17205550193"`: a call-tracking
 * platform's numbers are phone lines; a parcel's tracking number is never written in a phone's groups.
 */
const TRACKING_LINE = /tracking[ _]?(?:line|number|no\.?|#)?["':#\s]*$/;
const trackingLineBefore = (lower: string, start: number): boolean =>
  TRACKING_LINE.test(lower.slice(Math.max(0, start - 24), start));

/** "(419) 555-0913": an area code in brackets, written only in a phone number. */
const areaInBrackets = (text: string, c: DigitChunk): boolean =>
  text.charCodeAt(c.start) === 40 && c.groups[0] === 3 && c.digits.length === 10;

/** Candidates are digit chunks; libphonenumber-js decides what is a possible or valid number. */
const ACCOUNT_HEADER = /^(?:acct|account)(?:[ _]?(?:no|num|number|#))?$/;

export const phone: Recognizer = {
  label: 'PHONE',
  needsDigit: true,
  find(input) {
    const { text, lower, chunks, region } = input;
    const out: Finding[] = [];
    const nanpRegion = region === 'US' || region === 'CA';
    // "...,callback_number,..." over "...,555-409-6615,...": a phone column's cell is a phone, whatever its area code.
    const headerAt = cellHeaders(text);
    const inPhoneColumn = (start: number): boolean => isPhoneColumn(headerAt(start) ?? '');
    // The country whose plan reads a number opening with a trunk prefix; asked once, of texts holding one.
    let textRegion: CountryCode | false | undefined;
    const trunkRegion = (digits: string): CountryCode | false => {
      if (!nanpRegion || digits.charCodeAt(0) !== 48) return false;
      textRegion ??= nationalRegion(text) ?? false;
      return textRegion;
    };
    for (let k = 0; k < chunks.length; k++) {
      const c = dashedTail(text, chunks[k] as DigitChunk);
      const n = c.digits.length;
      if (n < 7 || n > 15 || looksLikeOtherNumber(text, c) || isDottedQuad(text, c)) continue;
      const end = extensionEnd(text, c.end);
      // "213-555-0178입니다", "是213-555-0178": Korean, Chinese and Japanese write on right against a number.
      const before = codeAt(text, c.start - 1);
      const after = codeAt(text, end);
      if ((isLetter(before) && !isCjkSyllable(before)) || (isLetter(after) && !isCjkSyllable(after)))
        continue;
      if (afterCodePrefix(text, c.start) || afterCodeHyphen(text, c.start)) continue;
      // "call 8823910-A": digits a hyphen and one letter close are a code's ("3660170548-Fax" is a fax number).
      if (
        c.groups.length === 1 &&
        codeAt(text, c.end) === 45 &&
        isLetter(codeAt(text, c.end + 1)) &&
        !isLetter(codeAt(text, c.end + 2))
      )
        continue;
      if (
        codeAt(text, c.start - 1) === 46 ||
        (codeAt(text, c.end) === 46 && isDigit(codeAt(text, c.end + 1)))
      )
        continue;
      // "[speech-to-text | call 4471920 | inbound": a log's header numbers the call itself.
      if (
        (n === 7 || n === 8) &&
        c.groups.length === 1 &&
        CALL_ID_FIELD.test(text.slice(Math.max(0, c.start - 8), c.start))
      )
        continue;
      const intl = text.charCodeAt(c.start) === 43; /* + */
      // "[call 154-0001 | ...": a North American exchange never opens with 0 or 1, so seven digits that do are a
      // record's number, whatever "call" stands before them.
      if (n === 7 && !intl && nanpRegion && c.digits.charCodeAt(0) <= 49) continue;
      // "c o i two four zero six six five eight", "r o i two zero two five ...": letters said one by one before
      // the digits make a reference code, not a phone number.
      if (input.spoken && SPELLED_PREFIX.test(lower.slice(Math.max(0, c.start - 12), c.start))) continue;
      if (!intl && !input.spoken && idGrouping(c)) continue;
      // Fours in a row ("5775-1318-8380") are how order, card and account numbers are written; North
      // American numbers are grouped 3-3-4, so libphonenumber's lenient parse must not decide these.
      if (
        !intl &&
        nanpRegion &&
        c.groups.length >= 3 &&
        allFours(c.groups) &&
        trunkRegion(c.digits) === false
      )
        continue;
      // "order number 12345678": a business cue nearer than any phone cue rules the number out.
      // "the phone number on the account": a cue that names the number's kind outranks a nearer bare one.
      // "+1 480-555-0112" under "Delivery report:": a number written with its country code is a phone's,
      // whatever the line before it was about; only a cue on its own line can say otherwise.
      const reach = intl && c.groups.length > 1 ? lineReach(lower, c.start, 60) : 60;
      const named = nearestNamedNumber(lower, c.start, CUE_GROUPS, reach);
      const kind = named ?? nearestKind(text, c.start, lower, reach, isNanpGrouped(c.groups));
      // "And a callback number?" then "Member: Seven eight five, ...": the question names what the answer
      // reads out, whatever word the speaker's label or the answer's lead holds.
      // "Fernway Parcel → +1 902 555 0171", "called member at (419) 555-0913": a number written in groups after its
      // country code or with its area code in brackets is a phone's whatever thing a word before it names; only a
      // number named so ("member id number +1 ...") is not.
      const phoneColumn =
        (n === 7 || n === 10 || n === 11 || intl) && !/^(\d)\1+$/.test(c.digits) && inPhoneColumn(c.start);
      // "loan_no,...,contact_phone" over "0012884471,...": a cell under another number's column is that number.
      const header = headerAt(c.start) ?? '';
      // "acct|seq|contact_name|..." over "5830016|1|...": an account column's cells are the account's numbers.
      if (
        !phoneColumn &&
        (isOtherNumberColumn(header) || ACCOUNT_HEADER.test(header)) &&
        !isPhoneColumn(header)
      )
        continue;
      if (
        kind === 'other' &&
        !phoneColumn &&
        !(isNanpGrouped(c.groups) && sentToBefore(lower, c.start)) &&
        !((intl || areaInBrackets(text, c)) && c.groups.length > 1 && named === null) &&
        !(intl || isNanpGrouped(c.groups) ? trackingLineBefore(lower, c.start) : false) &&
        !(opensAnswerTo(lower, c.start, askedForPhone) && !leadNamesOther(lower, c.start)) &&
        !(c.groups.length >= 3 && cueSpent(lower, c.start, chunks[k - 1]))
      )
        continue;
      // "me da el número de control por favor" then "caller: es el seis cero tres uno, ...": a question
      // that asked for another kind's number names the bare digits of its answer.
      if (kind === null && !intl && opensAnswerTo(lower, c.start, askedForOther)) continue;
      const context =
        hasBefore(lower, c.start, PHONE_WORDS, 40) || hasAfter(lower, end, AFTER_WORDS, 10) || phoneColumn;
      // Parsing is skipped where its answer cannot change the outcome: a grouped number after "call me
      // at" is a phone whatever the metadata says, and a bare run of digits of no national length is not.
      const unformatted = !intl && c.groups.length === 1 && !input.spoken && nanpRegion;
      // Eight or nine digits are no North American number, and a cue before them does not make them one:
      // "his permit number?" answered "nine one two, three three four, five oh six" is the permit, which
      // the licence reading, surer, then keeps.
      const shortOfNanp = (n === 8 || n === 9) && nanpImpossible(c.digits, region, intl);
      let verdict: PhoneVerdict | null | undefined =
        (context && (intl || c.groups.length > 1 || input.spoken) && !shortOfNanp) ||
        (unformatted && !context && n !== 10 && n !== 11)
          ? null
          : nanpImpossible(c.digits, region, intl)
            ? undefined
            : ((end === c.end ? nanpVerdict(c.digits, region, intl) : null) ??
              libraryVerdict(text.slice(c.start, end), intl ? undefined : region));
      // "080-5555-2741" in a Japanese text, "0151 5550 2817" in a German one: a trunk prefix no North American number
      // has, read by the plan of the country the text's language names.
      const national = intl || verdict === null || verdict?.valid ? false : trunkRegion(c.digits);
      if (national !== false) verdict = libraryVerdict(text.slice(c.start, end), national) ?? verdict;
      // "1320-008-0044": a county's parcel number. A North American number with its "1" written onto the area code
      // ("1800-555-0199") still has an area code and an exchange that open with 2 to 9.
      if (
        !intl &&
        n === 11 &&
        c.groups.length === 3 &&
        c.groups[0] === 4 &&
        c.digits.charCodeAt(0) === 49 &&
        (c.digits.charCodeAt(1) < 50 || c.digits.charCodeAt(4) < 50)
      )
        continue;
      let score: number;
      if (verdict === null) score = context ? 0.45 : 0.2;
      else if (verdict?.valid) score = intl || c.groups.length > 1 ? 0.85 : 0.6;
      else if (verdict?.possible) score = intl ? 0.8 : c.groups.length > 1 ? 0.65 : 0.45;
      else if (c.groups.length > 1 || intl) score = 0.3;
      else score = 0.2;
      // "request number is sr44719022" then "Caller: 44719022": eight or nine digits no North American plan can
      // dial need a phone's own word, not a bare "number", to be taken for one.
      // Twelve digits or more typed unbroken are a card's, a barcode's or a record's, as no one writes a phone.
      const longRun = !intl && !input.spoken && c.groups.length === 1 && n >= 12;
      if (
        context &&
        !((shortOfNanp || longRun) && kind !== 'phone' && !hasAfter(lower, end, AFTER_WORDS, 10))
      )
        score += 0.35;
      // Ten digits read aloud in one breath are almost always a phone number.
      if (input.spoken && verdict?.possible && (n === 10 || (n === 11 && c.digits[0] === '1'))) score += 0.15;
      let start = text.charCodeAt(c.start) === 40 && !closes(text, c.start, end) ? c.start + 1 : c.start;
      let stop = end;
      // "area code 415, 555-0123" and "555-0123, area code 312": the area code belongs to the number.
      if (n === 7) {
        const before = AREA_BEFORE.exec(lower.slice(Math.max(0, start - 24), start));
        const after = AREA_AFTER.exec(lower.slice(stop, stop + 24));
        if (before) start -= before[0].length - before[0].indexOf('area');
        else if (after) stop += after[0].length;
        if (before || after) score = Math.max(score, 0.85);
      }
      out.push(finding(start, stop, 'PHONE', score, 'phone'));
    }
    pushLastFours(input, 'PHONE', 0.7, 'phone', out);
    pushIvrInputs(input, 'PHONE', 0.8, 'phone', out);
    return out;
  },
};
