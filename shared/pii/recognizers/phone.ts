import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { codeAt, isDigit, isLetter } from '../text/chars.ts';
import {
  cueGroups,
  hasAfter,
  hasBefore,
  NOT_PERSONAL,
  nearestGroup,
  nearestNamedNumber,
} from '../text/context.ts';
import { type DigitChunk, isDottedQuad } from '../text/digit-chunks.ts';
import { nanpImpossible, nanpTenDigitVerdict, type PhoneVerdict } from '../validators/nanp.ts';

const PHONE_WORDS = [
  'phone',
  // Every form of "call" but "caller", the speaker label of call transcripts.
  'call ',
  'call,',
  'call.',
  'call-',
  'call:',
  'callback',
  'calling',
  'called',
  'voicemail',
  'sms',
  'cb#',
  'cb #',
  'cell',
  'mobile',
  'tel',
  'fax',
  'desk',
  'office',
  'reach',
  'text',
  'number',
  'contact',
  'dial',
  'messages to',
  'answering at',
  'whatsapp',
  'landline',
  'home',
  'work',
  'ring',
  'no.',
  'no:',
  // Spanish-speaking callers: "mi número es", "mi teléfono", "mi celular".
  'número',
  'numero',
  'teléfono',
  'telefono',
  'celular',
];
/** The nearest cue wins: "order number 12345678" is an order, "call me at ... order" is a phone. */
const CUE_GROUPS_WORDS = {
  phone: [
    ...PHONE_WORDS.filter((w) => w !== 'number' && w !== 'no.' && w !== 'no:'),
    'my number',
    'phone number',
    'cell number',
    'reach me',
  ],
  other: [
    ...NOT_PERSONAL,
    'account',
    'acct',
    'routing',
    'social',
    'security number',
    'ssn',
    'card',
    'license',
    'licence',
    'passport',
    'member',
    'born',
    'birth',
    'dob',
    'd.o.b',
  ],
} as const;
const CUE_GROUPS = cueGroups(CUE_GROUPS_WORDS);
const AFTER_WORDS = ['office', 'fax', 'mobile', 'cell', 'home', 'work', 'desk'];

/** Shapes that are dates, times or prices rather than phone numbers. */
function looksLikeOtherNumber(text: string, c: DigitChunk): boolean {
  const shape = c.groups.join('-');
  const seps = c.seps.join('');
  if (
    (shape === '4-2-2' || shape === '2-2-4' || shape === '1-2-4' || shape === '2-1-4' || shape === '1-1-4') &&
    /^[-/.]+$/.test(seps)
  )
    return true;
  if (c.seps.includes('/')) return true;
  // A date followed by a clock time ("2000-04-16 11:20") is a timestamp.
  if (c.groups[0] === 4 && c.groups[1] === 2 && c.seps[0] === '-') return true;
  if (text.charCodeAt(c.end) === 58 && isDigit(codeAt(text, c.end + 1))) return true;
  const before = codeAt(text, c.start - 1);
  return before === 36 /* $ */ || before === 0x20ac || before === 0xa3 || before === 35 /* # */;
}

const AREA_BEFORE = /area code:? ?\d{3}\)?[ ,.-]{0,3}$/;
const AREA_AFTER = /^[ ,.;-]{0,3}(?:in )?area code:? ?\d{3}(?!\d)/;

/** Extension written right after the number ("x4587", " ext. 12"), kept inside the finding. */
function extensionEnd(text: string, end: number): number {
  const tail = text.slice(end, end + 20).toLowerCase();
  const m = /^(?: ?x| ?ext\.? ?| extension )(\d{1,6})/.exec(tail);
  return m ? end + m[0].length : end;
}

/** libphonenumber-js's answer; undefined when it finds no number at all. */
function libraryVerdict(raw: string, region: CountryCode | undefined): PhoneVerdict | undefined {
  const parsed = parsePhoneNumberFromString(raw, region);
  return parsed ? { valid: parsed.isValid(), possible: parsed.isPossible() } : undefined;
}

/** Candidates are digit chunks; libphonenumber-js decides what is a possible or valid number. */
export const phone: Recognizer = {
  label: 'PHONE',
  needsDigit: true,
  find(input) {
    const { text, lower, chunks, region } = input;
    const out: Finding[] = [];
    for (const c of chunks) {
      const n = c.digits.length;
      if (n < 7 || n > 15 || looksLikeOtherNumber(text, c) || isDottedQuad(text, c)) continue;
      const end = extensionEnd(text, c.end);
      if (isLetter(codeAt(text, c.start - 1)) || isLetter(codeAt(text, end))) continue;
      if (
        codeAt(text, c.start - 1) === 46 ||
        (codeAt(text, c.end) === 46 && isDigit(codeAt(text, c.end + 1)))
      )
        continue;
      const raw = text.slice(c.start, end);
      const intl = raw.startsWith('+');
      // Fours in a row ("5775-1318-8380") are how order, card and account numbers are written; North
      // American numbers are grouped 3-3-4, so libphonenumber's lenient parse must not decide these.
      if (
        !intl &&
        (region === 'US' || region === 'CA') &&
        c.groups.length >= 3 &&
        c.groups.every((g) => g === 4)
      )
        continue;
      // "order number 12345678": a business cue nearer than any phone cue rules the number out.
      // "the phone number on the account": a cue that names the number's kind outranks a nearer bare one.
      const kind =
        nearestNamedNumber(lower, c.start, CUE_GROUPS, 60) ?? nearestGroup(lower, c.start, CUE_GROUPS, 30);
      if (kind === 'other') continue;
      const context = hasBefore(lower, c.start, PHONE_WORDS, 40) || hasAfter(lower, end, AFTER_WORDS, 10);
      // Parsing is skipped where its answer cannot change the outcome: a grouped number after "call me
      // at" is a phone whatever the metadata says, and a bare run of digits of no national length is not.
      const unformatted =
        !intl && c.groups.length === 1 && !input.spoken && (region === 'US' || region === 'CA');
      const verdict: PhoneVerdict | null | undefined =
        (context && (intl || c.groups.length > 1 || input.spoken)) ||
        (unformatted && !context && n !== 10 && n !== 11)
          ? null
          : nanpImpossible(c.digits, region, intl)
            ? undefined
            : ((end === c.end ? nanpTenDigitVerdict(c.digits, region, intl) : null) ??
              libraryVerdict(raw, intl ? undefined : region));
      let score: number;
      if (verdict === null) score = context ? 0.45 : 0.2;
      else if (verdict?.valid) score = intl || c.groups.length > 1 ? 0.85 : 0.6;
      else if (verdict?.possible) score = intl ? 0.8 : c.groups.length > 1 ? 0.65 : 0.45;
      else if (c.groups.length > 1 || intl) score = 0.3;
      else score = 0.2;
      if (context) score += 0.35;
      // Ten digits read aloud in one breath are almost always a phone number.
      if (input.spoken && verdict?.possible && (n === 10 || (n === 11 && c.digits[0] === '1'))) score += 0.15;
      let start = text[c.start] === '(' && !raw.includes(')') ? c.start + 1 : c.start;
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
    for (const m of input.lastFour) {
      if (m.label === 'PHONE') out.push(finding(m.start, m.end, 'PHONE', 0.7, 'phone', true));
    }
    return out;
  },
};
