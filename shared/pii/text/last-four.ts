import type { PiiLabel } from '../finding.ts';
import { isAsciiAlnum, isDigit, lineReach } from './chars.ts';
import { nearestGroup } from './context.ts';
import {
  type DigitChunk,
  digitsStart,
  firstChunkFrom,
  firstGroup,
  isDateOrTime,
  lastGroups,
} from './digit-chunks.ts';
import { columnLastFours, inHeaderRow } from './last-four-columns.ts';
import { KINDS, type KINDS_WORDS } from './last-four-kinds.ts';
import { MONTH_STEMS } from './month-pattern.ts';
import { answerStart, NAMES_OWN_KIND, nextLineWithin } from './next-turn.ts';

/** "card ending in 4242", "last four of my social is 6789": a fragment whose kind the nearby words give. */
export interface LastFourMention {
  readonly start: number;
  readonly end: number;
  readonly label: PiiLabel;
}

/**
 * "ending ", "ending: ", "ends in", "ends with" (as words: "sending $42" holds no cue), "last four", "last 4", the
 * one-word field names of logs and forms ("last4", "AUTH_SSN4", "SSN L4") and the Spanish "últimos cuatro" and
 * "termina en", the French "se terminant par" and the Russian "последние цифры" and "заканчивается на", in one pass. Global only for its lastIndex scan, which is reset before every use; nothing inside the
 * loop can reach the pattern. "(ú)ltimos" is matched from its second letter, which only that word holds: a first
 * letter of its own would make the pattern stop at every "u" of the text.
 */
const CUE =
  /last[ _]?(?:four|4)|ltimos (?:cuatro|4)|endziffern:? |ko[ńn]cz(?:y|[aą]c(?:a|ą|ej|y|ego)) si[ęe] na |закінчується на |zakinchu(?:ie|ye|je)t?sia na |nagtatapos (?:po )?sa |ku dhammaad(?:aa|a|ey)? |bốn số cuối[^\n\d]{0,24}?: ?(?=\d)|последние (?:4 |четыре )?цифры:? |заканчивается на |оканчивающейся на |заканчивающейся на |оканчивается на |(?<![a-z0-9])l4(?![a-z0-9])|(?<![a-z])(?:ending:? |ends (?:in |with )?(?=\d)|ended (?:in |with )?(?=\d)|ends (?:in|with)|terminad?[ao]? (?:en|con|em)[ \n]|terminaci[oó]n (?=\d)|ko[ńn]c[óo]wka:? (?=\d)|(?:terminant|finissant) par |terminad[oa] em[ \n]|final (?=\d)|mit endung |endet auf )/g;
/**
 * The Chinese "后四位" and "尾号", the Japanese "下4桁" and "末尾", the Korean "끝 4자리", the Vietnamese "số cuối" and "đuôi" and the
 * Arabic "المنتهية بـ" (ending in), the Turkish "son dört hanesi" (its last four digits) and the Ukrainian
 * "закінчується на" (ends in), the Hindi "आख़िरी चार अंक", the Creole "dènye kat chif" and the Amharic "የመጨረሻ አራት
 * ቁጥሮች" and the Greek "τελευταία ψηφία" (last four digits): scanned
 * only in texts holding one of their last characters, so the common cues keep their one fast scan.
 */
const ASIAN_CUE =
  /后四位|後四位|尾号|尾號|下4桁|末尾|끝 ?4자리|끝 ?네 ?자리|끝번호 |끝자리 |끝자리는 |số cuối |đuôi |(?:المنتهية|تنتهي) بـ? ?|son (?:dört|4) (?:hanesi|hane|rakamı):? |закінчується на |закінчуються на |आख़िरी चार अंक |आखिरी चार अंक |dènye (?:kat|4) chif(?: yo)?(?: se)? |ki fini ak |የመጨረሻ አራት ቁጥሮች |τελευταία ψηφία:? /g;
const ASIAN_HINT =
  /[位号號桁尾리]|cuối|đuôi|نته|hane|rakamı|закінчу|चार अंक|kat chif|4 chif|fini ak|የመጨረሻ|ψηφία/;
/**
 * "AUTH_SSN4", "ssnLast4", a taxpayer's "tin_last4": only texts holding "ssn" or "tin_" are scanned for it, so the
 * common cues keep their one fast scan.
 */
const SSN4 = /(?:ssn|tin)_?(?:last_?)?4(?![0-9])/g;

const REACH = 36;
/** The question may run on to the end of its line ("last four digits of your Social Security number."). */
const QUESTION_REACH = 60;
/** An answer names the value within a few words ("Petrov, and 5521"), before any other number or price. */
const ANSWER_LEAD = 16;

/**
 * "October first, 1969, and 4022": asked for a birth date and the last four at once, the answer gives both;
 * four digits after a month and its day close the date. Read on an anchored slice, so no scan runs back.
 */
const MONTH_AND_DAY = new RegExp(`(?:${MONTH_STEMS})[a-z]*\\.? [a-z\\d-]+,? $`);
const DATE_LEAD = 24;
/** A cue that counts four digits ("last 4", "L4", "SSN4"), not "ending", which counts none. */
const COUNTED_CUE = /four|4|cuatro/;

/**
 * Whether the chunk ends a date given first ("March 3, 1990, and 5102", "8/19/1968, and 5102"): asked for a
 * birth date and the last four together, the answer gives them in order.
 */
function closesDate(lower: string, chunk: DigitChunk): boolean {
  if (chunk.digits.length !== 4) return chunk.groups.length === 3 && isDateOrTime(lower, chunk);
  return MONTH_AND_DAY.test(lower.slice(Math.max(0, chunk.start - DATE_LEAD), chunk.start));
}

/** Asked in one turn and answered at the start of the next: "last four of your social?" then "B: ..., 5521". */
function answersOnNextLine(lower: string, after: number, chunk: DigitChunk): boolean {
  const line = nextLineWithin(lower, after, QUESTION_REACH);
  if (line < 0 || chunk.start < line) return false;
  const answer = answerStart(lower, line);
  return (
    chunk.start >= answer &&
    chunk.start - answer <= ANSWER_LEAD &&
    !/[$\d]/.test(lower.slice(answer, chunk.start))
  );
}

/** Where the answer opens on the line after the cue, or the cue's end when no line break is within reach. */
function answerFrom(lower: string, after: number): number {
  const line = nextLineWithin(lower, after, QUESTION_REACH);
  return line < 0 ? after : answerStart(lower, line);
}

/** "DOB + L4 2207", "Verified: DOB 08/30/1962, L4 7715": checked beside a birth date, a bare last four is a social's. */
const VERIFIED = /dob|verif/;
const VERIFIED_REACH = 40;

/** How far before the cue a kind ("card", "acct") still names the digits itself. */
const KIND_BEFORE_CUE = 25;

function verifiedSocial(lower: string, cue: string, at: number, after: number, value: number): 'SSN' | null {
  if (!COUNTED_CUE.test(cue) || value - after > 3) return null;
  if (!VERIFIED.test(lower.slice(Math.max(0, at - VERIFIED_REACH), at))) return null;
  return nearestGroup(lower, value, KINDS, value - at + KIND_BEFORE_CUE) === null ? 'SSN' : null;
}

/** How far back on its line an answer's cue may stand, and how long the question's line may be. */
const ANSWER_LINE_REACH = 80;
const QUESTION_LINE_REACH = 200;
const ASKED_LAST_FOUR = /last (?:four|4)/;

/**
 * "the last four of her social?" then "... The last four is 7730": an answer's bare "last four" is what the
 * question on the line before asked for. Both lines are read within their reach only.
 */
function askedKind(lower: string, at: number): keyof typeof KINDS_WORDS | null {
  let lineStart = at - 1;
  while (lineStart >= 0 && at - lineStart <= ANSWER_LINE_REACH && lower.charCodeAt(lineStart) !== 10)
    lineStart--;
  if (lineStart < 0 || lower.charCodeAt(lineStart) !== 10) return null;
  let questionStart = lineStart - 1;
  while (
    questionStart >= 0 &&
    lineStart - questionStart <= QUESTION_LINE_REACH &&
    lower.charCodeAt(questionStart) !== 10
  )
    questionStart--;
  const question = lower.slice(questionStart + 1, lineStart);
  if (!ASKED_LAST_FOUR.test(question)) return null;
  return nearestGroup(lower, lineStart, KINDS, question.length);
}

/**
 * "Harborline Mastercard acct ending 6609", "Bluecrest Visa acct ending 2251": a card network's name before "acct"
 * makes the account a card's, though "acct" stands nearer the digits.
 */
function brandedAccount(lower: string, at: number): 'CREDIT_CARD' | null {
  return BRANDED_ACCOUNT.test(lower.slice(Math.max(0, at - BRANDED_REACH), at)) ? 'CREDIT_CARD' : null;
}
const BRANDED_ACCOUNT =
  /(?:visa|mastercard|master card|amex|american express|discover|credit card) +(?:acct|account)\.? *$/;
const BRANDED_REACH = 32;

/** Whether the chunk is a clock time's minutes or seconds (":52") or a clock time opening with its hour. */
const isClockPart = (lower: string, c: DigitChunk): boolean =>
  (lower.charCodeAt(c.start - 1) === 58 && isDigit(lower.charCodeAt(c.start - 2))) ||
  (lower.charCodeAt(c.end) === 58 && isDigit(lower.charCodeAt(c.end + 1)));

/** Only chunks of two to six digits, no letters touching, can be named by a cue. */
function hasFragment(chunks: readonly DigitChunk[]): boolean {
  for (const c of chunks) if (c.digits.length >= 2 && c.digits.length <= 6 && !c.glued) return true;
  return false;
}

/**
 * `masked`: whether digits follow a mask character somewhere ("****4242", "CC x0017"), which the chunk reader
 * notes; such digits glued to an "x" make no chunk, so they are read here.
 */
export function lastFourMentions(
  lower: string,
  chunks: readonly DigitChunk[],
  masked: boolean,
): LastFourMention[] {
  const out: LastFourMention[] = [];
  if (masked) maskedTails(lower, out);
  if (lower.includes('..') || lower.includes('\u2026')) dottedTails(lower, out);
  if (!hasFragment(chunks)) return out;
  let columns = readCues(lower, chunks, CUE, out);
  if (ASIAN_HINT.test(lower)) columns = readCues(lower, chunks, ASIAN_CUE, out) || columns;
  if (lower.includes('ssn') || lower.includes('tin_'))
    columns = readCues(lower, chunks, SSN4, out) || columns;
  // "Method | Card/Acct" over "Visa | 4490": a card's column holds last fours too, though no cue says so; so do
  // masked cells ("...6120") under "acct".
  if (columns || lower.includes('card') || lower.includes('**') || lower.includes('..'))
    columnLastFours(lower, chunks, out);
  return out;
}

const SSN_MASK = /[x*\u2022]{3}-[x*\u2022]{2}-$/;
/** "xxx-xxx-0145", "(***) ***-0145": a mask in a phone number's groups. */
const PHONE_MASK = /[x*\u2022]{3}\)?[- ][x*\u2022]{3}-$/;
const isMaskCode = (c: number): boolean => c === 120 || c === 42 || c === 0x2022;
/** A mask character right before digits, or before a dash or space and digits. */
const MASK_THEN_DIGIT = /[x*\u2022][- ]?\d/;
/** How far back a mask may reach from the digits it hides ("xxxx-xxxx-xxxx-" is 15). */
const MASK_REACH = 20;

/**
 * "Visa ****4242", "XXXX-XXXX-XXXX-4242", "GTD CC x0017": the digits a masked number shows are its last
 * ones, of whatever kind the words around name (a card, an account, a social); an extension ("x4587")
 * or a mask nothing names stays unread.
 */
function maskedTails(lower: string, out: LastFourMention[]): void {
  // The chunk reader's flag also counts a dash before digits ("1-2"): most such texts hold no mask at all.
  if (!MASK_THEN_DIGIT.test(lower)) return;
  const n = lower.length;
  for (let i = 1; i < n; i++) {
    if (!isDigit(lower.charCodeAt(i)) || isDigit(lower.charCodeAt(i - 1))) continue;
    let end = i;
    while (end < n && isDigit(lower.charCodeAt(end))) end++;
    const digits = end - i;
    const start = i;
    i = end;
    if (digits < 2 || digits > 6 || isAsciiAlnum(lower.charCodeAt(end))) continue;
    const before = lower.charCodeAt(start - 1);
    const maskEnd = before === 45 || before === 32 ? start - 2 : start - 1;
    if (!isMaskCode(lower.charCodeAt(maskEnd))) continue;
    // Back over the mask and its dashes; a letter or digit before it makes it a word ("box 12", "amex x").
    let s = maskEnd;
    while (s >= 0 && start - s <= MASK_REACH) {
      const c = lower.charCodeAt(s);
      if (!isMaskCode(c) && !(c === 45 && isMaskCode(lower.charCodeAt(s - 1)))) break;
      s--;
    }
    if (s >= 0 && isAsciiAlnum(lower.charCodeAt(s))) continue;
    // "PPA x 31 pmts": a lone "x" spaced from a number counts it.
    if (s === maskEnd - 1 && before === 32 && lower.charCodeAt(maskEnd) === 120) continue;
    // "***-**-2287": a mask in an SSN's groups is a social's, whatever card a nearby word names.
    // "Agent: Marcy Hollis x4412 | ... acct", "Brandon Lee (x221)": one "x" with no kind before it is an extension,
    // whatever the words after it name.
    const singleX = s === maskEnd - 1 && lower.charCodeAt(maskEnd) === 120;
    const masking = lower.slice(Math.max(0, start - 9), start);
    const phoneMask = PHONE_MASK.test(masking);
    const label = SSN_MASK.test(masking)
      ? 'SSN'
      : phoneMask
        ? 'PHONE'
        : singleX
          ? nearestGroup(lower, s + 1, KINDS, lineReach(lower, s + 1, 40))
          : (nearestGroup(lower, s + 1, KINDS, 40) ?? nearestGroup(lower, Math.min(n, end + 25), KINDS, 25));
    if (label && label !== 'OTHER' && (label !== 'PHONE' || phoneMask)) out.push({ start, end, label });
  }
}

/** "checking ..0425", "acct ...4471", "card …7718": dots or an ellipsis, right before four digits, stand for the rest. */
const DOTTED_TAIL = /(?<![.\w])(?:\.\.\.?|\u2026)(\d{4})(?!\d|\.\d)/g;

/** The last fours shown after dots, of the kind a word on the same line just before names; none without one. */
function dottedTails(lower: string, out: LastFourMention[]): void {
  DOTTED_TAIL.lastIndex = 0;
  for (let m = DOTTED_TAIL.exec(lower); m !== null; m = DOTTED_TAIL.exec(lower)) {
    const start = m.index + m[0].length - 4;
    const label = nearestGroup(lower, m.index, KINDS, lineReach(lower, m.index, 30));
    if (label && label !== 'OTHER') out.push({ start, end: start + 4, label });
  }
}

/**
 * "SSN last 4 5531", "acct last 4 (8593)": the cue's own "4" and the value, one space (and a bracket) apart,
 * were read as one chunk ("4 5531"); the value is the groups after that digit.
 */
function valueAfterCueDigit(c: DigitChunk): DigitChunk | undefined {
  const sep = c.seps[0];
  if (c.groups.length < 2 || c.groups[0] !== 1 || (sep !== ' ' && sep !== ' (')) return undefined;
  return lastGroups(c, c.groups.length - 1);
}

/**
 * "last four of the social on the account", "last 4 of the account holder's SSN": the kind the cue itself
 * names, before any word after it.
 */
const OWNED_KIND =
  /^(?: digits)? of (?:the |your |my |his |her |their |this )?(?:(?:account |card ?)holder'?s )?([a-z]+)/;

function ownedKind(lower: string, after: number): keyof typeof KINDS_WORDS | null {
  const m = OWNED_KIND.exec(lower.slice(after, after + 40));
  if (m === null) return null;
  const wordEnd = after + m[0].length;
  return nearestGroup(lower, wordEnd, KINDS, (m[1] as string).length);
}

/** What joins last fours listed after one cue, and how many may follow the first. */
const LIST_LINK: ReadonlySet<string> = new Set([' / ', ', ', ', and ', ' and ', ' & ']);
const MAX_LISTED = 8;
const EXPIRY = /(?<![a-z])exp(?:iration|iry|ires|\.)?(?![a-z])/;
const ROUTING_BEFORE = /(?:rtn|routing|aba)(?: number| no\.?| #)? $/;

/** Reads the values each cue names; true when a cue named a table's column instead ("acct_last4"). */
function readCues(
  lower: string,
  chunks: readonly DigitChunk[],
  cue: RegExp,
  out: LastFourMention[],
): boolean {
  let inHeader = false;
  cue.lastIndex = 0;
  for (let m = cue.exec(lower); m !== null; m = cue.exec(lower)) {
    const at = m.index;
    const after = at + m[0].length;
    // "...,pay_method,acct_last4": a header's cue names the cells under it, read by column.
    if (inHeaderRow(lower, at)) {
      inHeader = true;
      continue;
    }
    // "RTN ending 6354", "routing ending 0025": the last digits of the routing number itself.
    const routingCue = ROUTING_BEFORE.test(lower.slice(Math.max(0, at - 20), at));
    // The next chunk within a short reach after the cue ("last four of my social are 6789"); on the answer's
    // line, the first after its speaker label and timestamp ("[00:22] Caller entered: 3047").
    let chunk = chunks[firstChunkFrom(chunks, after)];
    const joined = chunks[firstChunkFrom(chunks, after - 1)];
    if (joined && joined.start === after - 1) chunk = valueAfterCueDigit(joined) ?? chunk;
    // "last four of your Social?" then "[00:02:38] Caller: ...": the answer's timestamp is no value.
    const line = nextLineWithin(lower, after, QUESTION_REACH);
    if (chunk && line >= 0 && chunk.start >= line) {
      const answer = answerStart(lower, line);
      if (chunk.start < answer) chunk = chunks[firstChunkFrom(chunks, answer)];
    }
    if (chunk && chunk.start > after + REACH)
      chunk = chunks[firstChunkFrom(chunks, answerFrom(lower, after))];
    // "2024-01-08 08:02:52  DTMF  8819": a log line's clock is no value; the value comes after it.
    while (chunk && isClockPart(lower, chunk)) chunk = chunks[firstChunkFrom(chunks, chunk.end)];
    if (!chunk || (chunk.start > after + REACH && !answersOnNextLine(lower, after, chunk))) continue;
    // "Visa debit ending 2492 - 05/29": a spaced dash parts the last four from the date after it.
    if (chunk.seps[0] === ' - ' && (chunk.groups[0] as number) >= 2) chunk = firstGroup(chunk);
    if (closesDate(lower, chunk)) {
      const next = chunks[firstChunkFrom(chunks, chunk.end)];
      if (!next || next.start - chunk.end > ANSWER_LEAD) continue;
      chunk = next;
    }
    // "your ZIP and the last 4 of the SSN?" then "73112 and 5506": five digits answer the other question.
    if (chunk.digits.length === 5 && COUNTED_CUE.test(m[0])) {
      const next = chunks[firstChunkFrom(chunks, chunk.end)];
      if (next && next.digits.length === 4 && next.start - chunk.end <= ANSWER_LEAD) chunk = next;
    }
    // "same last four okay expiration zero nine twenty eight": the digits after an expiry word are its date.
    if (EXPIRY.test(lower.slice(after, chunk.start))) continue;
    // "the last 4 of the SSN?" then "Customer: pin is 0614": an answer that names what it gives gives that.
    if (line >= 0 && chunk.start >= line && NAMES_OWN_KIND.test(lower.slice(line, chunk.start))) continue;
    // "SSN4 + DOB) ...... 10/10": a score or a date is no value's last digits.
    if (chunk.seps.includes('/')) continue;
    // "per SOP 4.7": a decimal is no value's last digits.
    if (chunk.digits.length < 2 || chunk.digits.length > 6 || chunk.glued || chunk.seps.includes('.'))
      continue;
    // The kind is named before the digits ("card ending in 8022", "last four of my social are 6789"), else
    // just after them ("ending in 4242 on my visa"); a cue for the next value ("... account number") is not it.
    // "L4 SSN / address. 18 DPD": a cue that counts four digits names no shorter number.
    if (COUNTED_CUE.test(m[0]) && chunk.digits.length < 4) continue;
    // "AUTH_SSN4", "ssnLast4": the cue names its kind itself.
    const label: PiiLabel | 'OTHER' | null = routingCue
      ? 'ROUTING'
      : cue === SSN4
        ? 'SSN'
        : (ownedKind(lower, after) ??
          brandedAccount(lower, at) ??
          verifiedSocial(lower, m[0], at, after, chunk.start) ??
          nearestGroup(lower, chunk.start, KINDS, chunk.start - at + 60) ??
          nearestGroup(lower, Math.min(lower.length, chunk.end + 25), KINDS, 25) ??
          askedKind(lower, at));
    if (label && label !== 'OTHER') {
      // "(3318)": the reader opens a chunk at a bracket, as for a phone's area code.
      out.push({ start: digitsStart(lower, chunk), end: chunk.end, label });
      // "SSN (last 4): 7731 / 4052", "cards ending 0417, 8823, 5561": more last fours listed after the first.
      let last = chunk;
      for (let more = 0; more < MAX_LISTED; more++) {
        const next = chunks[firstChunkFrom(chunks, last.end)];
        if (!next || next.digits.length !== chunk.digits.length || next.glued) break;
        if (!LIST_LINK.has(lower.slice(last.end, next.start))) break;
        out.push({ start: next.start, end: next.end, label });
        last = next;
      }
    }
  }
  return inHeader;
}
