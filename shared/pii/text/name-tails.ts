import { ROLE_LABELS } from '../data/name-cues.ts';
import { NOT_PERSON_AFTER } from '../data/not-person-after.ts';
import { isAsciiLower } from './chars.ts';
import { lookup, wordTable } from './word-filter.ts';
import { phraseEndsAt } from './words.ts';

/**
 * What comes right before or after a name candidate: a line start, a speaker label's colon, "speaking".
 * Each checks a character or two first, so most candidates are answered without a slice or a regex.
 */

// Tagalog says "this is Mark" as "Mark po ito".
const SELF_NAMED = /^,? (?:speaking|here|po ito|ito po)\b/;
const SPEAKER_TAIL = /^(?: ?\([^()\n]{1,20}\))?:/;
const NOT_AFTER = wordTable([[NOT_PERSON_AFTER, 1]]);

/** At the start of the text or of a line (after spaces, tabs or quote marks, up to four characters back). */
export function atLineStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const floor = Math.max(0, pos - 4);
  let i = pos - 1;
  while (i >= floor) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 62) break;
    i--;
  }
  if (i < 0) return true;
  if (text.charCodeAt(i) === 10) return i >= floor;
  // "[19:04] Will Ashby:", "09:12:31 Dana:": a chat's or a log's clock opens the line before the speaker.
  const clock = CLOCK_BEFORE.exec(text.slice(Math.max(0, i - 15), i + 1));
  if (clock === null) return false;
  const at = i + 1 - clock[0].length;
  return at === 0 || text.charCodeAt(at - 1) === 10;
}

/** A clock time, bracketed or not, ending a slice: "[19:04]", "09:12:31", "[2:14 PM]". */
const CLOCK_BEFORE = /(?:\[\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]m)?\]|\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]m)?)$/i;

/** "Bill speaking", "this is Ann here": how agents and callers name themselves. */
export function selfNamedAfter(text: string, end: number): boolean {
  const i = text.charCodeAt(end) === 44 ? end + 1 : end;
  if (text.charCodeAt(i) !== 32) return false;
  const c = text.charCodeAt(i + 1);
  return (c === 115 || c === 104 || c === 112 || c === 105) && SELF_NAMED.test(text.slice(end, end + 12));
}

/** A speaker label's colon, optionally after a short role in parentheses: "Maria:", "Maria (support):". */
export function speakerTailAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 58) return true;
  if (c !== 40 && !(c === 32 && text.charCodeAt(end + 1) === 40)) return false;
  return SPEAKER_TAIL.test(text.slice(end, end + 24));
}

/** Whether the lower-case word one or two spaces after `from` says the words before are no person. */
export function notPersonAfter(lower: string, from: number): boolean {
  let i = from;
  if (lower.charCodeAt(i) !== 32) return false;
  i++;
  if (lower.charCodeAt(i) === 32) i++;
  // The word is read within 20 characters of `from`, as far as a short look-ahead would see it.
  const stop = Math.min(lower.length, from + 20);
  let j = i;
  while (j < stop && isAsciiLower(lower.charCodeAt(j))) j++;
  return j > i && lookup(NOT_AFTER, lower, i, j) !== 0;
}

/** Speaker labels that are name cues too ("Customer: Maria Lopez"), by their word before the colon. */
const LABEL_CUES = ['customer', 'user', 'from', ...ROLE_LABELS];

/** Whether a speaker label ("Customer:") ends right before `start`, after one or two spaces. */
export function labelCueBefore(lower: string, start: number): boolean {
  let colon = start - 1;
  if (lower.charCodeAt(colon) === 32) colon--;
  if (lower.charCodeAt(colon) === 32) colon--;
  if (colon === start - 1 || lower.charCodeAt(colon) !== 58) return false;
  return LABEL_CUES.some((label) => phraseEndsAt(lower, label, colon));
}

/** The pronoun "I" standing alone or contracted ("I'm") at `at`. */
function pronounAt(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 73) return false;
  const next = text.charCodeAt(at + 1);
  return next === 32 || next === 39 || next === 0x2019;
}

/**
 * Whether the word ending at `end` goes on into a sentence on its line ("Hope it doesn't rain",
 * "Yeah, around five", "Nope. June twelfth"): after a speaker label such a word opens what is said.
 */
export function sentenceGoesOn(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  // "May I return it": the pronoun goes on as a lower-case word would.
  if (c === 32) return isAsciiLower(text.charCodeAt(end + 1)) || pronounAt(text, end + 1);
  // After a stop or comma any word goes on; right after the word a capital may be its surname.
  if (!(c === 44 || c === 46 || c === 33 || c === 63) || text.charCodeAt(end + 1) !== 32) return false;
  const d = text.charCodeAt(end + 2) | 32;
  return d >= 97 && d <= 122;
}
