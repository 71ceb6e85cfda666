import { MONTH_NAME_SET as MONTHS } from '../data/months.ts';
import { GREETINGS } from '../data/name-cues.ts';
import { ownNameCueBefore } from './business-context.ts';
import { isAsciiLower } from './chars.ts';
import { cueBefore } from './name-cue.ts';
import { relationBefore } from './name-relations.ts';
import { atLineStart, speakerTailAt } from './name-tails.ts';
import { isNameGap, type NameToken } from './name-tokens.ts';
import { COMMON, FIRST, firstNameOnly, NOT_NAME, ORG, PLACE, SURNAME } from './word-flags.ts';
import { numberAfter } from './words.ts';

/**
 * Words the lists rule out as names, or would not score as one, that name a person all the same: a greeted or
 * filled-in first name, a place or a month that is a given name after a strong cue or before a surname.
 */

/** Whether a token is on the lists marked by `bits` (any of them). */
const on = (t: NameToken, bits: number): boolean => (t.flags & bits) !== 0;

const MIN_FILLED_IN = 4;
const LINE_REACH = 40;

/** "Hi MARGARET", "Dear MARGARET": a greeting or a letter's salutation right before a name. */
const GREETING_BEFORE = new RegExp(`(?:^|[^a-z])(?:${[...GREETINGS, 'dear'].join('|')}),? $`);
/** "A prescription for JOANNA is ready": a template fills in its reader after a greeting or "for". */
const FILLED_IN_BEFORE = new RegExp(`(?:^|[^a-z])(?:${[...GREETINGS, 'dear', 'for'].join('|')}),? $`);

/**
 * A first name of four letters or more in capitals (no ordinary word), greeted ("Hi MARGARET, your Rx
 * is ready") or followed by a surname's initial ("for LIAM O."), with lower case on its line: a name a
 * mixed-case message fills in, not a heading or a place in capitals.
 */
export function isFilledInFirstName(
  toks: readonly NameToken[],
  to: number,
  text: string,
  lower: string,
  t: NameToken,
): boolean {
  if (!firstNameOnly(t.flags) || t.end - t.start < MIN_FILLED_IN) return false;
  const after = toks[to];
  const initialAfter = after?.initial === true && isNameGap(text, after) && text.charCodeAt(after.end) === 46;
  if (!initialAfter && !FILLED_IN_BEFORE.test(lower.slice(Math.max(0, t.start - 11), t.start))) return false;
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
export function greetedAlone(text: string, lower: string, t: NameToken): boolean {
  const c = text.charCodeAt(t.end);
  if (c !== 44 && c !== 33 && c !== 46 && c !== 10 && t.end < text.length) return false;
  return GREETING_BEFORE.test(lower.slice(Math.max(0, t.start - 11), t.start));
}

/**
 * "This is Jordan", "Dallas (support): ...": a place that is also a first name, after a strong cue or as a
 * speaker's label, names a person; elsewhere ("flights to Jordan") it stays a place. A place that is only a
 * surname ("Washington") needs the strong cue.
 */
export function placeNamedPerson(t: NameToken, text: string, lower: string): boolean {
  // Greetings ("Hi") and months ("April 28") are not-names of their own, left to their own rules.
  if (
    (!t.title && !t.allCaps) ||
    !on(t, FIRST | SURNAME) ||
    // "Assunto:", "Mobile:": a field's label that is also an ordinary word labels a field.
    on(t, COMMON) ||
    t.end - t.start < 4 ||
    MONTHS.has(lower.slice(t.start, t.end))
  )
    return false;
  // 'cnam="WASHINGTON D"', "Mr. Washington": a place that is also a surname, in a name's field or after a title.
  if (t.allCaps || !on(t, FIRST)) return cueBefore(lower, t.start) === 'strong';
  return (
    (atLineStart(text, t.start) && speakerTailAt(text, t.end)) ||
    cueBefore(lower, t.start) === 'strong' ||
    relationBefore(text, t.start)
  );
}

/** What follows a month that names a speaker: where they work, or the end of the clause ("this is June with Heartland."). */
const INTRODUCED_AFTER = /^(?: (?:with|from|at|here|in) |[,.!]|$|\n)/;

/**
 * "Hi, this is June with Heartland billing", "my name is April.": a month that is also a given name, right after a
 * speaker's own-name cue and before their workplace or the clause's end, is the speaker's name ("this is June 5th"
 * is a date).
 */
export function monthNamedSpeaker(t: NameToken, text: string, lower: string): boolean {
  return (
    t.title &&
    on(t, FIRST) &&
    MONTHS.has(lower.slice(t.start, t.end)) &&
    ownNameCueBefore(lower, t.start) &&
    INTRODUCED_AFTER.test(text.slice(t.end, t.end + 7))
  );
}

/** Short forms of months and a weekday that are also given names: "Jun Tanaka", Vietnamese "Thu Nguyen". */
export const GIVEN_NAME_MONTHS: ReadonlySet<string> = new Set(['jan', 'jun', 'mar', 'thu']);

/**
 * "April Nakamura", "Jordan Whitfield-Amadi": a month or a place that is also a given name, before a surname-like
 * word and no day or year, is the name ("April 28", "May Day", "Virginia Beach" are dates, days and places).
 */
export function givenNameBeforeSurname(
  toks: readonly NameToken[],
  i: number,
  text: string,
  lower: string,
): boolean {
  const t = toks[i] as NameToken;
  const next = toks[i + 1];
  if (!t.title || next === undefined || !next.title || !isNameGap(text, next)) return false;
  // "Jun Tanaka", "Jan Kowalski", "Mar Ortega": a month's short form that is also a given name, before a
  // listed surname.
  const word = lower.slice(t.start, t.end);
  const shortMonth = GIVEN_NAME_MONTHS.has(word) && on(next, SURNAME);
  if (!on(t, FIRST) && !shortMonth) return false;
  // "Hi", "Mr": short not-names are greetings and titles; "May" is a month and a given name.
  if (t.end - t.start < 4 && !MONTHS.has(word) && !shortMonth) return false;
  // "Jun Park": after a month's short form, a surname that is also a word ("Park", "Young") is the surname.
  if (
    on(next, NOT_NAME | PLACE | ORG) ||
    (on(next, COMMON) && !(shortMonth && !t.allCaps)) ||
    next.start !== t.end + 1 ||
    text.charCodeAt(t.end) !== 32
  )
    return false;
  return !numberAfter(text, next.end);
}
