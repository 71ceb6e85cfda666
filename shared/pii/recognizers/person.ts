import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { isAsciiLower, isLetter } from '../text/chars.ts';
import { answeredNames, roleLabelNames } from '../text/answered-names.ts';
import {
  answersAsBusiness,
  firmAcrossAmpersand,
  firmListAfter,
  inFirmPair,
  isSpeakersWorkplace,
  ownNameCueBefore,
  possessiveAfterOwnNameCue,
  possessiveFirmAfter,
  workplaceAfter,
} from '../text/business-context.ts';
import { withoutFirmMentions } from '../text/business-mentions.ts';
import { lowerCaseNames } from '../text/lower-case-names.ts';
import { cueBefore } from '../text/name-cue.ts';
import {
  atLineStart,
  labelCueBefore,
  notPersonAfter,
  selfNamedAfter,
  sentenceGoesOn,
  speakerTailAt,
} from '../text/name-tails.ts';
import { relationBefore } from '../text/name-relations.ts';
import { isNameGap, type NameToken, nameTokens } from '../text/name-tokens.ts';
import { withoutNamedThings } from '../text/named-things.ts';
import { namedAsPlace } from '../text/place-cues.ts';
import { spelledConfirmations } from '../text/spelled-confirmations.ts';
import {
  BRAND,
  COMMON,
  FIRST,
  firstNameOnly,
  flagsAt,
  flagsOf,
  NOT_NAME,
  ORG,
  PARTICLE,
  PLACE,
  PLACE_PREFIX,
  SURNAME,
} from '../text/word-flags.ts';

const MAX_WORDS = 4;
/** Whether a token is on the lists marked by `bits` (any of them). */
const on = (t: NameToken, bits: number): boolean => (t.flags & bits) !== 0;
const isCap = (t: NameToken): boolean => t.title || (t.allCaps && on(t, FIRST | SURNAME));

/**
 * Person names: runs of capitalised words scored by first-name and surname lists, ordinary-word
 * lists and the cue before them ("my name is", "Mr.", speaker labels). Every capitalised word is not a name.
 */
export const person: Recognizer = {
  label: 'PERSON',
  find({ text, lower }) {
    const toks = nameTokens(text, lower);
    const out: Finding[] = [];
    let i = 0;
    while (i < toks.length) {
      const t = toks[i] as NameToken;
      const next = toks[i + 1];
      // "J. Alvarez", "T. Mills": a first initial opens a name when its dot and a capitalised word follow.
      const leadingInitial =
        t.initial && text.charCodeAt(t.end) === 46 && next?.title === true && isNameGap(text, next);
      // "Surname is AL-FARSI": after a strong cue, capitals the lists do not know are a name too.
      const capsMayJoin = t.allCaps && !on(t, NOT_NAME);
      let cuedCaps = capsMayJoin && !isCap(t) && cueBefore(lower, t.start) === 'strong';
      const greeted = t.title && on(t, FIRST) && !firstNameOnly(t.flags) && greetedAlone(text, lower, t);
      if ((!isCap(t) && !leadingInitial && !cuedCaps) || (on(t, NOT_NAME) && !greeted)) {
        i++;
        continue;
      }
      // A lone capitalised ordinary word ("The", "What") can never become a name: skip the scoring.
      if (
        on(t, COMMON) &&
        !on(t, FIRST) &&
        !(next && isNameGap(text, next) && (isCap(next) || next.initial || on(next, PARTICLE)))
      ) {
        i++;
        continue;
      }
      let j = i + 1;
      let words = 1;
      while (j < toks.length && words < MAX_WORDS) {
        const n = toks[j] as NameToken;
        if (!isNameGap(text, n) || on(n, NOT_NAME)) break;
        // A dot joins words only after an initial ("Faina D. Yefremova"); otherwise it ends the sentence.
        if (text.charCodeAt(n.gapStart) === 46 && !(toks[j - 1] as NameToken).initial) break;
        const after = toks[j + 1];
        if (on(n, PARTICLE) && !n.title) {
          if (!after?.title || !isNameGap(text, after)) break;
        } else if (!isCap(n) && !n.initial) {
          // Asked only here, where it matters: most runs in capitals have no unlisted word after their first.
          if (n.allCaps && capsMayJoin && !cuedCaps) cuedCaps = cueBefore(lower, t.start) === 'strong';
          if (!(n.allCaps && cuedCaps)) break;
        }
        if (!n.initial && !on(n, PARTICLE)) words++;
        j++;
      }
      const lastTok = toks[j - 1] as NameToken;
      // "it's Bronwyn at Fairway ...": a speaker naming their workplace has just named themselves.
      let cue = cueBefore(lower, t.start);
      if (cue !== 'strong' && (relationBefore(text, t.start) || (greeted && j === i + 1))) cue = 'strong';
      else if (cue === 'weak' && workplaceAfter(text, lastTok.end) && ownNameCueBefore(lower, t.start))
        cue = 'strong';
      // "Customer: Hope it doesn't rain": one word after a speaker label that goes on into a sentence
      // opens what is said; the label names its speaker only when a name stands alone or in full.
      else if (
        cue === 'strong' &&
        j === i + 1 &&
        labelCueBefore(lower, t.start) &&
        sentenceGoesOn(text, t.end)
      )
        cue = 'weak';
      else if (cue === 'strong' && possessiveAfterOwnNameCue(text, lower, t.start, lastTok.end)) cue = 'weak';
      const speaker = atLineStart(text, t.start) && speakerTailAt(text, lastTok.end);
      const selfNamed = selfNamedAfter(text, lastTok.end);
      trim(toks, i, j, cue === 'strong' || speaker || selfNamed);
      const from = kept.from;
      const to = kept.to;
      // "New York", "Fort Myers": a place's first word dropped as an ordinary word leaves a place.
      const placeHead = from > i && on(toks[from - 1] as NameToken, PLACE_PREFIX);
      // "Cedar Creek Animal Hospital", "Hartwell Moving & Storage": a business noun after the kept words,
      // though trimmed away as an ordinary word, names a business.
      // Capitals joined after a strong cue run on past the name ("I'M VICTOR CHEN WITH APEX REALTY"): there
      // the words after the name are no part of it.
      const business =
        to > from &&
        !cuedCaps &&
        (orgAmong(toks, to, j) ||
          orgSoonAfter(toks, j, text) ||
          namesFirmAfter(text, lower, lastTok.end) ||
          possessiveFirmAfter(text, lower, (toks[from] as NameToken).end) ||
          possessiveFirmAfter(text, lower, (toks[to - 1] as NameToken).end));
      if (to > from && !placeHead && !business) {
        const first = toks[from] as NameToken;
        const last = toks[to - 1] as NameToken;
        const score = scoreName(
          toks,
          from,
          to,
          first === t ? cue : cueBefore(lower, first.start),
          lower,
          text,
          last.end,
        );
        if (score >= 0.5 && !namesNoPerson(toks, from, to, first === t ? cue : undefined, text, lower))
          out.push(finding(first.start, last.end, 'PERSON', Math.min(0.95, score), 'person'));
      }
      i = Math.max(j, i + 1);
    }
    lowerCaseNames(text, lower, out);
    answeredNames(text, lower, out);
    roleLabelNames(text, lower, out);
    spelledConfirmations(text, lower, toks, out);
    // Firms go first, so no word of a firm's name is taken for a name's later mention.
    const people = withoutFirmMentions(out, toks, text, lower);
    // A loop, not spread arguments: a long text can hold more findings than the call stack takes arguments.
    for (const f of laterMentions(toks, people, text, lower)) people.push(f);
    const named = withoutNamedThings(people, toks, text, lower);
    return lower.includes('as in ') ? named.filter((f) => !isSpellingAid(lower, f.start)) : named;
  },
};

/** Whether a word of `toks[from, to)` is a business noun. */
function orgAmong(toks: readonly NameToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (on(toks[k] as NameToken, ORG)) return true;
  return false;
}

const MAX_FIRM_TAIL = 3;

/**
 * "Baptiste LLP", "Helios Home Energy": whether the word right after a run, in capitals or not, or one of
 * the few title-case words joined after it is a business noun. Capitals run on past a name
 * ("FAVIAN RANGEL FROM DRAKE PLC"), so only the first word after the run is read in capitals.
 */
function orgSoonAfter(toks: readonly NameToken[], j: number, text: string): boolean {
  for (let k = j; k < j + MAX_FIRM_TAIL && k < toks.length; k++) {
    const n = toks[k] as NameToken;
    if (!isNameGap(text, n) || (k > j && !n.title)) return false;
    if (on(n, ORG)) return true;
  }
  return false;
}

/** Whether one of the few capitalised words right after `toks[i]`, joined to it, is a business noun. */
function orgInRunAfter(toks: readonly NameToken[], i: number, text: string): boolean {
  for (let k = i + 1; k <= i + MAX_FIRM_TAIL && k < toks.length; k++) {
    const n = toks[k] as NameToken;
    if (!isNameGap(text, n)) return false;
    if (on(n, ORG)) return true;
  }
  return false;
}

/**
 * "Weiss & Ortega LLP", "Pruitt, Haas & Lindqvist CPAs", "Hank's Lock & Key": whether what follows the
 * word or run ending at `end` makes it part of a firm's name.
 */
const namesFirmAfter = (text: string, lower: string, end: number): boolean =>
  firmAcrossAmpersand(text, lower, end) ||
  firmListAfter(text, lower, end) ||
  possessiveFirmAfter(text, lower, end);

/** "Osteria Benedetta", "Hotel Marguerite": whether a business noun opens the run `toks[i]` is joined to. */
function orgInRunBefore(toks: readonly NameToken[], i: number, text: string): boolean {
  for (let k = i; k > i - MAX_FIRM_TAIL && k > 0; k--) {
    if (!isNameGap(text, toks[k] as NameToken)) return false;
    if (on(toks[k - 1] as NameToken, ORG)) return true;
  }
  return false;
}

/** "j as in juliet": the word after a spelling aid stands for a letter, not a person. */
const isSpellingAid = (lower: string, start: number): boolean =>
  start >= 6 && lower.startsWith('as in ', start - 6);

/** A name found in full makes its parts names elsewhere in the text: "Asya Godina ... Asya said". */
function laterMentions(
  toks: readonly NameToken[],
  found: readonly Finding[],
  text: string,
  lower: string,
): Finding[] {
  const parts = nameParts(found, text, lower);
  if (parts === null) return [];
  const out: Finding[] = [];
  let k = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as NameToken;
    while (k < found.length && (found[k] as Finding).end <= t.start) k++;
    const f = found[k];
    if (f && f.start <= t.start) continue;
    // "Reyes Landscaping LLC", "Petrakis Immigration Law": a name's part that names a business is the business's.
    if (
      (t.title || t.allCaps) &&
      parts.has(lower, t.start, t.end) &&
      !orgInRunAfter(toks, i, text) &&
      !orgInRunBefore(toks, i, text) &&
      !inFirmPair(text, t.start, t.end) &&
      !namesFirmAfter(text, lower, t.end)
    )
      out.push(finding(t.start, t.end, 'PERSON', 0.7, 'person'));
  }
  return out;
}

/**
 * The words of found names, looked up by hash: a long text holds hundreds of names and thousands of
 * capitalised words, and comparing each word with every part would take time growing with their product.
 * Word lengths are kept as bits so most words are ruled out before their text is sliced.
 */
class NameParts {
  private readonly words = new Set<string>();
  private lengths = 0;
  add(lower: string, start: number, end: number): void {
    this.words.add(lower.slice(start, end));
    this.lengths |= lengthBit(end - start);
  }
  has(lower: string, start: number, end: number): boolean {
    return (this.lengths & lengthBit(end - start)) !== 0 && this.words.has(lower.slice(start, end));
  }
}

/** One bit per word length up to 30; longer words share the last bit. */
const lengthBit = (len: number): number => 1 << Math.min(len, 30);

/**
 * The words of every multi-word name found, and of every one-word name a strong cue in a sentence gives
 * ("this is Zoltan ... Thanks, Zoltan"), longer than two letters and not ordinary words; null when there are none,
 * so a text without such a name allocates nothing.
 */
function nameParts(found: readonly Finding[], text: string, lower: string): NameParts | null {
  let parts: NameParts | null = null;
  for (const f of found) {
    // "I'm StubHaven's virtual assistant": a possessive after the cue names what the speaker is, not who.
    if (
      !hasSpace(text, f.start, f.end) &&
      !(spokenCueBefore(text, lower, f.start) && !possessiveAt(text, f.end))
    )
      continue;
    let i = f.start;
    while (i < f.end) {
      while (i < f.end && isPartBreak(lower.charCodeAt(i))) i++;
      const start = i;
      let comparable = true;
      while (i < f.end && !isPartBreak(lower.charCodeAt(i))) {
        // "İ" lower-cases to two code units, so such a part never equals a word of the text.
        if (lower.charCodeAt(i) === 0x130) comparable = false;
        i++;
      }
      if (i - start > 2 && comparable && (flagsAt(lower, start, i) & COMMON) === 0) {
        parts ??= new NameParts();
        parts.add(lower, start, i);
      }
    }
  }
  return parts;
}

/**
 * Whether a strong cue said in a sentence ("this is", "I'm") stands before `start`: a field label's value
 * ("From: HomePro") may as well be a firm's.
 */
/** "'s" or "’s" at `at`. */
const possessiveAt = (text: string, at: number): boolean =>
  (text.charCodeAt(at) === 39 || text.charCodeAt(at) === 0x2019) && (text.charCodeAt(at + 1) | 32) === 115;

function spokenCueBefore(text: string, lower: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && lower.charCodeAt(at) === 32) at--;
  return lower.charCodeAt(at) !== 58 && (cueBefore(lower, start) === 'strong' || relationBefore(text, start));
}

function hasSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 32) return true;
  return false;
}

/** Where a found name splits into parts: white space (as `\s` reads it) and dots. */
const isPartBreak = (c: number): boolean =>
  c === 32 ||
  c === 46 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** "Wells Fargo", "Dr Pepper": the first two words are a business named like a person. */
function isBrandPair(lower: string, first: NameToken, second: NameToken, text: string): boolean {
  // Words one space apart are their own key in the text: look it up there rather than build it.
  if (second.start === first.end + 1 && lower.charCodeAt(first.end) === 32) {
    if ((flagsAt(lower, first.start, second.end) & BRAND) !== 0) return true;
  } else if (
    (flagsOf(`${lower.slice(first.start, first.end)} ${lower.slice(second.start, second.end)}`) & BRAND) !==
    0
  )
    return true;
  // "Trader Joe's": a brand's possessive, listed without its apostrophe ("trader joes").
  return (
    isApostrophe(text.charCodeAt(second.end)) &&
    lower.charCodeAt(second.end + 1) === 115 &&
    (flagsOf(`${lower.slice(first.start, first.end)} ${lower.slice(second.start, second.end)}s`) & BRAND) !==
      0
  );
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Whether the run `toks[from, to)`, scored as a name, is named where a business, a brand or a saint is:
 * asked only of runs that would be reported, so most words never pay for it.
 */
function namesNoPerson(
  toks: readonly NameToken[],
  from: number,
  to: number,
  cue: 'strong' | 'weak' | null | undefined,
  text: string,
  lower: string,
): boolean {
  const first = toks[from] as NameToken;
  const start = first.start;
  const end = (toks[to - 1] as NameToken).end;
  if (to - from === 1 && (inFirmPair(text, start, end) || namedAsPlace(text, lower, start, end))) return true;
  if (afterSaint(text, start) || brandWithWordBefore(lower, start, first)) return true;
  const addressed =
    (cue === undefined ? cueBefore(lower, start) : cue) !== null || firstNameOnly(first.flags);
  return answersAsBusiness(lower, start, end, addressed) || isSpeakersWorkplace(lower, start);
}

/** "St. Vincent's", "St Louis": a saint's name names a church, hospital or place. */
function afterSaint(text: string, start: number): boolean {
  const at = text.charCodeAt(start - 2) === 46 ? start - 4 : start - 3;
  return (
    at >= 0 &&
    text.charCodeAt(at) === 83 &&
    text.charCodeAt(at + 1) === 116 &&
    (at === 0 || !isLetter(text.charCodeAt(at - 1))) &&
    text.charCodeAt(start - 1) === 32
  );
}

/**
 * "a Dr Pepper": the word before the run (a title, which is no token) and the run's first word name a
 * brand together.
 */
function brandWithWordBefore(lower: string, start: number, first: NameToken): boolean {
  let end = start - 1;
  if (lower.charCodeAt(end) !== 32) return false;
  if (lower.charCodeAt(end - 1) === 46) end--;
  let begin = end;
  while (begin > 0 && end - begin < 4 && isAsciiLower(lower.charCodeAt(begin - 1))) begin--;
  // Titles are short ("dr", "mr", "st"), on the not-a-name list and no tokens; other words were read with the run.
  if (begin === end || end - begin > 3 || (begin > 0 && isAsciiLower(lower.charCodeAt(begin - 1))))
    return false;
  if ((flagsAt(lower, begin, end) & NOT_NAME) === 0) return false;
  return (flagsOf(`${lower.slice(begin, end)} ${lower.slice(first.start, first.end)}`) & BRAND) !== 0;
}

/** A word an initial signs with ("T. Mills", "J. Achterberg"): a surname, or a word no list knows. */
const signsWith = (t: NameToken): boolean => on(t, SURNAME) || !on(t, COMMON | FIRST | NOT_NAME);

const MIN_FILLED_IN = 4;
const LINE_REACH = 40;

/** "Hi MARGARET": a greeting right before a name. */
const GREETING_BEFORE = /(?:^|[^a-z])(?:hi|hello|hey|dear|thanks|thank you),? $/;

/**
 * A first name of four letters or more in capitals (no ordinary word), greeted ("Hi MARGARET, your Rx
 * is ready") or followed by a surname's initial ("for LIAM O."), with lower case on its line: a name a
 * mixed-case message fills in, not a heading or a place in capitals.
 */
function isFilledInFirstName(
  toks: readonly NameToken[],
  to: number,
  text: string,
  lower: string,
  t: NameToken,
): boolean {
  if (!firstNameOnly(t.flags) || t.end - t.start < MIN_FILLED_IN) return false;
  const after = toks[to];
  const initialAfter = after?.initial === true && isNameGap(text, after) && text.charCodeAt(after.end) === 46;
  if (!initialAfter && !GREETING_BEFORE.test(lower.slice(Math.max(0, t.start - 11), t.start))) return false;
  for (let i = t.end; i < text.length && i < t.end + LINE_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (isAsciiLower(c)) return true;
  }
  for (let i = t.start - 1; i >= 0 && i >= t.start - LINE_REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (isAsciiLower(c)) return true;
  }
  return false;
}

/**
 * "Hi Pat!", "Thanks, Dawn.", "Hello June,": a greeting before a lone capitalised word that a first-name list
 * knows, with the clause ending right after it, addresses a person even when the word is also a month or
 * an ordinary word ("Hi Will you ..." goes on, so it is not read this way).
 */
function greetedAlone(text: string, lower: string, t: NameToken): boolean {
  const c = text.charCodeAt(t.end);
  if (c !== 44 && c !== 33 && c !== 46 && c !== 10 && t.end < text.length) return false;
  return GREETING_BEFORE.test(lower.slice(Math.max(0, t.start - 11), t.start));
}

/** The range of tokens `trim` keeps, `[from, to)`: one object reused, so trimming allocates nothing. */
const kept = { from: 0, to: 0 };

/**
 * Drops ordinary capitalised words at either end of `toks[i, j)` ("Have", "Thanks") unless they open a
 * full name; the rest is left in `kept`.
 */
function trim(toks: readonly NameToken[], i: number, j: number, cued: boolean): void {
  kept.from = i;
  kept.to = j;
  const head = toks[i] as NameToken;
  // "this is Mark.": a strong cue makes a first name that is also a word a name.
  if (cued && on(head, FIRST)) return;
  let a = i;
  let b = j - 1;
  while (a <= b) {
    const t = toks[a] as NameToken;
    const next = a + 1 < j ? (toks[a + 1] as NameToken) : undefined;
    const opensName = on(t, FIRST) && next?.title && (on(next, SURNAME) || !on(next, COMMON));
    // "T. Mills": an initial stays before a surname that ends the name.
    const signs = t.initial && next !== undefined && a + 1 === b && signsWith(next);
    if (signs) break;
    if ((on(t, COMMON) && !opensName) || t.initial || on(t, PARTICLE)) a++;
    else break;
  }
  while (b > a) {
    const t = toks[b] as NameToken;
    if ((on(t, COMMON) && !on(t, SURNAME)) || on(t, PARTICLE) || t.initial) b--;
    else break;
  }
  kept.from = a;
  kept.to = Math.max(a, b + 1);
}

/** Whether a sentence, line or quote opens at `at`, after at most a couple of spaces. */
const opensSentence = (text: string, at: number): boolean =>
  /[\n.!?:"]\s*$|^\s*$/.test(text.slice(Math.max(0, at - 3), at));

/** "at Faith Lutheran", "and King Forges": after these a capitalised pair is as likely a place or a church. */
const PLACE_WORD_BEFORE = /(?:^|[^a-z])(?:at|in|on|of|and|from|near) +$/;

/** "Grace Pointe Senior Living": whether a capitalised word goes on right after `end`, one space on. */
const joinsCapitalAfter = (text: string, end: number): boolean => {
  const c = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && c >= 65 && c <= 90;
};

/** The score of the name `toks[from, to)`. */
function scoreName(
  toks: readonly NameToken[],
  from: number,
  to: number,
  cue: 'strong' | 'weak' | null,
  lower: string,
  text: string,
  end: number,
): number {
  // The words are the tokens that are no initial and no particle; one pass gathers what is asked of them.
  let words = 0;
  let first: NameToken | undefined;
  let second: NameToken | undefined;
  let last: NameToken | undefined;
  let shortUnknown = false;
  let org = false;
  let lowerParticle = false;
  let initial = false;
  let allCaps = false;
  for (let k = from; k < to; k++) {
    const t = toks[k] as NameToken;
    if (on(t, ORG)) org = true;
    if (t.initial) initial = true;
    if (t.allCaps) allCaps = true;
    if (on(t, PARTICLE) && !t.title) lowerParticle = true;
    if (t.initial || on(t, PARTICLE)) continue;
    words++;
    if (first === undefined) first = t;
    else if (second === undefined) second = t;
    last = t;
    // Two-letter words are names only when a list knows them ("Al", "Bo"); unknown ones are codes or noise.
    if (t.end - t.start < 3 && !on(t, FIRST) && !on(t, SURNAME)) shortUnknown = true;
  }
  if (!first || !last) return 0;
  if (org) return 0;
  // Place names: a street word at either end, a place prefix first, or "X de Y" without a given name.
  if (on(last, PLACE) || on(first, PLACE) || (words > 1 && on(first, PLACE_PREFIX))) return 0;
  if (cue !== 'strong' && lowerParticle && !on(first, FIRST)) return 0;
  if (second !== undefined ? isBrandPair(lower, first, second, text) : on(first, BRAND) && cue !== 'strong')
    return 0;
  // "Jeep Cherokee", "Toyota Camry": a brand no one is named opens a product's name.
  if (second !== undefined && on(first, BRAND) && !on(first, FIRST | SURNAME)) return 0;
  const firstKnown = on(first, FIRST);
  if (shortUnknown) return 0;
  const opening = (toks[from] as NameToken).start;
  const firstCommon = on(first, COMMON);
  let s = firstKnown && !firstCommon ? 0.5 : firstKnown ? 0.15 : firstCommon ? 0 : 0.1;
  if (words >= 2) {
    const lastCommon = on(last, COMMON);
    s += on(last, SURNAME) ? 0.3 : lastCommon ? -0.1 : 0.2;
    // "manager Rich Andersen", "roommate Sunny Kaur": mid-sentence, a first name that is also a word before
    // a surname that is none is a name; opening a sentence the word may be a verb ("Will Mendoza call?").
    if (firstKnown && firstCommon && on(last, SURNAME) && !lastCommon && !opensSentence(text, opening))
      s += 0.1;
    // "with Pat Donnelly", "attorney Grace Whitfield": as with an unknown first word, a capitalised word no
    // list knows after it names the person; opening a sentence the first word may still be a verb.
    else if (
      firstKnown &&
      firstCommon &&
      words === 2 &&
      last.title &&
      (last.flags & (FIRST | SURNAME | COMMON | NOT_NAME | BRAND)) === 0 &&
      !opensSentence(text, opening) &&
      !PLACE_WORD_BEFORE.test(lower.slice(Math.max(0, opening - 7), opening)) &&
      !joinsCapitalAfter(text, end)
    )
      s += 0.15;
    if (!firstKnown && !firstCommon && !lastCommon) s += 0.25;
  } else if (on(first, SURNAME) && !firstCommon) {
    // A known surname alone mid-sentence ("says Murphy") is a name; at a sentence start it may be anything.
    s += opensSentence(text, opening) ? 0.1 : 0.4;
  }
  // An initial before a surname ("T. Mills") is how people sign, even when the surname is also a word.
  // A word no list knows needs a cue as well ("by J. Achterberg"): "vitamin D. Xarelto" is no signature.
  if (
    (toks[from] as NameToken).initial &&
    words === 1 &&
    (on(first, SURNAME) || (cue !== null && signsWith(first)))
  )
    s += 0.3;
  if (selfNamedAfter(text, end)) s += 0.45;
  if (cue === 'strong') s += 0.45;
  else if (cue === 'weak') s += 0.1;
  if (initial) s += 0.1;
  // "Mayo-Walters" with no given name is how firms are named; people give a first name too.
  if (words === 2 && last.start - last.gapStart === 1 && text.charCodeAt(last.gapStart) === 45 && !firstKnown)
    s -= 0.3;
  // Capitals read as shouting or a heading, but a mixed-case line that fills in a first name in
  // capitals ("Hi MARGARET, your Rx is ready") is a template naming its reader.
  if (allCaps && cue !== 'strong' && !(words === 1 && isFilledInFirstName(toks, to, text, lower, first)))
    s -= 0.2;
  if (notPersonAfter(lower, end)) s -= 0.7;
  // A speaker label at the start of a line: "Maria: I can help", "Maria (support): ...".
  if (speakerTailAt(text, end) && atLineStart(text, first.start)) s += firstKnown ? 0.35 : 0.1;
  return s;
}
