import {
  codeAt,
  isAsciiAlnum,
  isAsciiLetter,
  isAsciiLower,
  isAsciiUpper,
  isDigit,
  isLetter,
} from './chars.ts';

/** A run of digit groups joined by the separators people type inside numbers ("555-0123", "4111 1111"). */
export interface DigitChunk {
  readonly start: number;
  readonly end: number;
  /** The digits alone, in order. */
  readonly digits: string;
  /** Digit count of each group. */
  readonly groups: readonly number[];
  /** The separator text between consecutive groups (groups.length - 1 entries). */
  readonly seps: readonly string[];
  /** True when a letter touches either end (part of a code like "A1234567" or "v2"). */
  readonly glued: boolean;
}

/**
 * The chunk made of `c`'s last `count` groups and the separators between them: what is left when the reader
 * joined a number before it that belongs to something else ("03:11:40  185.220.101.47", "9/9/1979 45140").
 */
export function lastGroups(c: DigitChunk, count: number): DigitChunk {
  const from = c.groups.length - count;
  const groups = c.groups.slice(from);
  const seps = c.seps.slice(from);
  let digits = 0;
  for (const g of groups) digits += g;
  let length = digits;
  for (const sep of seps) length += sep.length;
  return {
    start: c.end - length,
    end: c.end,
    digits: c.digits.slice(c.digits.length - digits),
    groups,
    seps,
    glued: c.glued,
  };
}

/** The chunk made of `c`'s first group alone: "2492" of "ending 2492 - 05/29", where a spaced dash parts two values. */
export function firstGroup(c: DigitChunk): DigitChunk {
  const g = c.groups[0] as number;
  const start = c.end - c.digits.length - c.seps.reduce((n, sep) => n + sep.length, 0);
  return { start, end: start + g, digits: c.digits.slice(0, g), groups: [g], seps: [], glued: c.glued };
}

/**
 * Where a chunk's first digit is: a chunk opens with the "(" of a phone's area code, which a date or an SSN in
 * brackets ("(09/23/1961)", "(529-81-4407)") does not hold.
 */
export const digitsStart = (text: string, c: DigitChunk): number =>
  text.charCodeAt(c.start) === 40 ? c.start + 1 : c.start;

const SEPARATORS = new Set([' ', '-', '.', '/', ' - ', ') ', ')', ' (', '(', ')-', ') - ', '  ', '\u2013']);
const MAX_DIGITS = 40;
/** Shared by every one-group chunk so plain numbers allocate no separator list. */
const NO_SEPS: readonly string[] = Object.freeze([]);
const MAX_SEP = 4;

/** Every digit chunk in `text`, left to right, in one linear pass. */
export function digitChunks(text: string): DigitChunk[] {
  const out: DigitChunk[] = [];
  readDigitChunks(text, out);
  return out;
}

/** Bits of what `readDigitChunks` saw, digits that make no chunk included. */
export const SAW_DIGIT = 1;
const isMaskAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c === 42 || c === 0x2022 || c === 120 || c === 88;
};

/** A digit run right after "x", "X", "*" or "-": where the shown digits of a masked number begin ("xxx-xx-6789"). */
export const SAW_DIGITS_AFTER_MASK = 2;
/** Two or more digits right after two ASCII letters: where an IBAN's check digits are ("DE89 ..."). */
export const SAW_DIGITS_AFTER_LETTERS = 4;

/**
 * Appends every digit chunk in `text` to `out`, and returns SAW_* bits: whether any ASCII digit occurs at all
 * (lone digits and digits glued to letters make no chunk) and where digit runs begin, so recognizers that
 * read such runs skip texts without them instead of scanning again.
 */
export function readDigitChunks(text: string, out: DigitChunk[]): number {
  const n = text.length;
  let saw = 0;
  let i = 0;
  while (i < n) {
    i = nextDigit(text, i);
    if (i < 0) break;
    saw |= SAW_DIGIT;
    // Every run that starts after a non-digit is found here: runs inside a chunk follow a separator.
    const before = codeAt(text, i - 1);
    // "**** 4471", "•••• 4471": a mask may stand a space before the digits shown.
    if (isMaskAt(text, i - 1) || before === 45 || (before === 32 && isMaskAt(text, i - 2)))
      saw |= SAW_DIGITS_AFTER_MASK;
    // Digits glued to a preceding letter ("a1", "v2", "A1234567") are codes read by their own
    // recognizers (IBAN, licence, passport); no chunk reader wants them, so none is built.
    // "cust_7701452": an identifier's digits after its underscore are as glued as after a letter. Chinese, Japanese
    // and Korean write numbers right after their words ("尾号5529"), which glues nothing.
    if ((isLetter(before) && !isCjkSyllable(before)) || before === 95) {
      const run = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      if (i - run >= 2 && isAsciiLetter(before) && isAsciiLetter(codeAt(text, run - 2)))
        saw |= SAW_DIGITS_AFTER_LETTERS;
      continue;
    }
    let start = i;
    if (codeAt(text, i - 1) === 40 /* ( */) start = i - 1;
    if (codeAt(text, start - 1) === 43 /* + */) start -= 1;
    const groups: number[] = [];
    let seps: string[] | null = null;
    // The digits are copied into a buffer and made one string at the end: a string built group by group
    // costs an allocation per group, which a long line of "1-2-3-..." turns into most of the work.
    let count = 0;
    const first = i;
    let end = i;
    for (;;) {
      const g0 = i;
      while (i < n && count < MAX_DIGITS) {
        const c = text.charCodeAt(i);
        if (!isDigit(c)) break;
        DIGIT_BUFFER[count++] = c;
        i++;
      }
      groups.push(i - g0);
      end = i;
      if (count >= MAX_DIGITS || isDigit(codeAt(text, i))) break;
      let j = i;
      while (j < n && j - i < MAX_SEP && !isDigit(text.charCodeAt(j)) && isSepChar(text.charCodeAt(j))) j++;
      // Every single separator character is a listed separator; only longer runs need the lookup.
      if (
        j < n &&
        isDigit(text.charCodeAt(j)) &&
        (j - i === 1 || SEPARATORS.has(text.slice(i, j))) &&
        !endsPhoneBeforeField(text, i, j, groups, count) &&
        !codeBeforeBracket(text, start, i, j)
      ) {
        seps ??= [];
        seps.push(text.slice(i, j));
        i = j;
        continue;
      }
      break;
    }
    const digits = seps === null ? text.slice(first, end) : digitString(count);
    // "9012334877로", "是213-555-0157": Korean particles, and Chinese or Japanese written without spaces, touch
    // a number without making it part of a code.
    const prior = codeAt(text, start - 1);
    const after = codeAt(text, end);
    const glued = (isLetter(prior) && !isCjkSyllable(prior)) || (isLetter(after) && !isCjkSyllable(after));
    // A lone digit matters only as a house number ("5 Oak Street"): one followed by a space and a letter.
    if (digits.length === 1 && !(codeAt(text, end) === 32 && isLetter(codeAt(text, end + 1)))) {
      i = end;
      continue;
    }
    // "5 1 2 3 8 4 4 1 7": digits read out one at a time, as some speech-to-text writes them, are one number.
    if (groups.length >= 4 && seps !== null && isOneByOne(groups, seps)) {
      out.push({ start, end, digits, groups: [digits.length], seps: NO_SEPS, glued });
    } else out.push({ start, end, digits, groups, seps: seps ?? NO_SEPS, glued });
    i = end;
  }
  return saw;
}

/** Where a chunk's digits are gathered: a chunk holds at most MAX_DIGITS of them. */
const DIGIT_BUFFER = new Uint16Array(MAX_DIGITS);

function digitString(count: number): string {
  return String.fromCharCode.apply(null, DIGIT_BUFFER.subarray(0, count) as unknown as number[]);
}

/**
 * "Publix #0651 (904) 555-0126", "22:47 (262) 555-0113:": a number after "#" is a store's or a code's, the
 * minutes of a clock time are a time's, and a bracket after either opens a phone of its own.
 */
function codeBeforeBracket(text: string, start: number, from: number, to: number): boolean {
  if (to - from !== 2 || text.charCodeAt(from) !== 32 || text.charCodeAt(from + 1) !== 40) return false;
  const before = text.charCodeAt(start - 1);
  return before === 35 || (before === 58 && isDigit(text.charCodeAt(start - 2)));
}

/**
 * "from +1 (612) 555-0133 - 06/03 18:29", "from +1 (503) 555-0143 (0:31)", "cell 630-390-7716 02:26": a spaced
 * dash, a spaced bracket, two spaces or a clock time after a complete North American number (ten or eleven digits ending
 * 3-4, or unbroken before a clock) separates the fields of a header; the number does not go on past it.
 */
function endsPhoneBeforeField(
  text: string,
  from: number,
  to: number,
  groups: readonly number[],
  digitCount: number,
): boolean {
  const spacedDash = to - from >= 3 && text.charCodeAt(to - 2) === 45 && text.charCodeAt(to - 1) === 32;
  const spacedBracket = to - from === 2 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 40;
  // "Called cell 630-390-7716 02:26", "From 555-302-8841 05/06 08:15": a clock time or a day after the number.
  const spacedClock =
    to - from === 1 && text.charCodeAt(from) === 32 && (clockAt(text, to) || dayAt(text, to));
  // "ani=6235550127  2024-05-02": two spaces part a log line's fields.
  const twoSpaces = to - from === 2 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 32;
  if (!spacedDash && !spacedBracket && !spacedClock && !twoSpaces) return false;
  if (digitCount !== 10 && digitCount !== 11) return false;
  // "from=+15135550139 10:14": a number written unbroken ends before the clock just as a grouped one does.
  if (groups.length === 1) return spacedClock || twoSpaces;
  return groups[groups.length - 1] === 4 && groups[groups.length - 2] === 3;
}

/** Whether a month and day parted by a slash start at `at` ("05/06", "5/6"). */
function dayAt(text: string, at: number): boolean {
  const slash = isDigit(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  if (text.charCodeAt(slash) !== 47 || !isDigit(text.charCodeAt(slash + 1))) return false;
  return true;
}

/** Whether one or two digits and a colon, then two digits, start at `at` ("02:26", "9:05"). */
function clockAt(text: string, at: number): boolean {
  const colon = isDigit(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  return (
    text.charCodeAt(colon) === 58 &&
    isDigit(text.charCodeAt(colon + 1)) &&
    isDigit(text.charCodeAt(colon + 2))
  );
}

/**
 * Most text is words: the regex engine's scan finds the next digit faster than a loop over every character.
 * Global only for its lastIndex, which is set before every use.
 */
const DIGIT = /[0-9]/g;

function nextDigit(text: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
}

function isOneByOne(groups: readonly number[], seps: readonly string[]): boolean {
  for (const g of groups) if (g !== 1) return false;
  for (const sep of seps) if (sep !== ' ') return false;
  return true;
}

function isSepChar(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 0x2013;
}

/** True when every separator equals `sep`. */
export const allSeps = (chunk: DigitChunk, sep: string): boolean => chunk.seps.every((s) => s === sep);

/**
 * A dotted quad as addresses are written ("198.51.100.23"): four groups of one to three digits, each at most
 * 255 and without a leading zero. No phone plan writes numbers so, and asking the phone library about one
 * takes it down its slowest path (a hundred times the cost of any other candidate).
 */
export function isDottedQuad(text: string, c: DigitChunk): boolean {
  if (c.groups.length !== 4 || !allSeps(c, '.') || !isDigit(text.charCodeAt(c.start))) return false;
  let at = c.start;
  for (const g of c.groups) {
    if (g > 3 || (g > 1 && text.charCodeAt(at) === 48)) return false;
    if (Number(text.slice(at, at + g)) > 255) return false;
    at += g + 1;
  }
  return true;
}

/** Index of the first chunk starting at or after `pos` (binary search; chunks are sorted). */
export function firstChunkFrom(chunks: readonly DigitChunk[], pos: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((chunks[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Dates ("2025-04-06", "4/6/2025"), timestamps ("2025-04-06 22:14") and clock times are not identifiers. */
export function isDateOrTime(text: string, c: DigitChunk): boolean {
  if (startsLikeDate(c.groups) && startsWithTwoDateSeps(c.seps)) return true;
  for (const sep of c.seps) if (sep === '/') return true;
  const after = text.charCodeAt(c.end);
  return after === 58 && isDigit(text.charCodeAt(c.end + 1));
}

/**
 * Group lengths that begin like a date, "4-[12]-[12]" or "[12]-[12]-(2|4)" read as text from the left: the
 * third length need only start with that digit.
 */
function startsLikeDate(groups: readonly number[]): boolean {
  if (groups.length < 3) return false;
  const a = groups[0] as number;
  const b = groups[1] as number;
  const c = leadingDigit(groups[2] as number);
  if (b !== 1 && b !== 2) return false;
  if (a === 4) return c === 1 || c === 2;
  return (a === 1 || a === 2) && (c === 2 || c === 4);
}

function leadingDigit(n: number): number {
  let d = n;
  while (d >= 10) d = Math.floor(d / 10);
  return d;
}

/** Whether the separators, read as one string, begin with two of "-", "/" and ".". */
function startsWithTwoDateSeps(seps: readonly string[]): boolean {
  let seen = 0;
  for (const sep of seps) {
    for (let i = 0; i < sep.length; i++) {
      const ch = sep.charCodeAt(i);
      if (ch !== 45 && ch !== 47 && ch !== 46) return false;
      if (++seen === 2) return true;
    }
  }
  return false;
}

/** Longest capital-letter prefix of a code read before its hyphen ("I-", "VT-", "W252-"). */
const MAX_CODE_PREFIX = 8;

/**
 * Whether the digits at `start` follow a hyphen joined to a code of capitals and digits holding a letter:
 * "I-70", "US-101", "#VT-33018", "W252-4418-1736" name a road, a request or a licence, and the digits after
 * the hyphen are the rest of that code, not a house number, a ZIP or a phone number.
 */
export function afterCodeHyphen(text: string, start: number): boolean {
  if (codeAt(text, start - 1) !== 45) return false;
  let i = start - 2;
  let letter = false;
  while (i >= 0 && i > start - 2 - MAX_CODE_PREFIX && isAsciiAlnum(text.charCodeAt(i))) {
    const c = text.charCodeAt(i);
    if (isAsciiLower(c)) return false;
    if (isAsciiUpper(c)) letter = true;
    i--;
  }
  return letter && i < start - 2 && !isAsciiAlnum(codeAt(text, i)) && !isLetter(codeAt(text, i));
}

/** Hangul syllables, CJK ideographs and kana: scripts that write particles and counters right after a number. */
export const isCjkSyllable = (c: number): boolean =>
  (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff);
