import { STREET_SUFFIXES } from '../data/street-words.ts';
import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isAsciiLetter, isAsciiLower, isLetter } from './chars.ts';
import type { NameToken } from './name-tokens.ts';
import { COMMON, FIRST, flagsAt, flagsOf, NOT_NAME, PLACE } from './word-flags.ts';
import { spacedWordAfter } from './words.ts';

/**
 * A word confirmed letter by letter in capitals soon after it is said: "Kowalska spelled
 * K-O-W-A-L-S-K-A", "Mai is M-A-I", "Bui." then "B as in boy, U, I". People spell their names; the
 * spelling and the word it spells are a name. A spelling that matches no word before it (an email's
 * letters, a code) says nothing. The capitals are the name tokens' initials, so no extra pass reads
 * the text.
 */

const MAX_LETTERS = 30;
/** How far before a spelling the word it spells may stand. */
const REACH = 200;

/** Adds the confirmed names and their spellings to `out`. */
export function spelledConfirmations(
  text: string,
  lower: string,
  toks: readonly NameToken[],
  out: Finding[],
): void {
  let found: Set<number> | null = null;
  let read = 0;
  for (const t of toks) {
    // Two capitals said one at a time open a spelling; one is an initial ("J. Smith").
    if (!t.initial || t.start < read || !isSpellingGap(text, t.end)) continue;
    const from = t.start;
    const seq = readSpelling(text, from);
    read = seq.end;
    if (seq.letters.length < 2 || !seq.capitals) continue;
    const word = spelledWordBefore(text, lower, from, seq.letters);
    if (word < 0) continue;
    const wordEnd = word + wordLength(text, word);
    if (isNoName(text, lower, word, wordEnd)) continue;
    // "conf PMT-5531774" then "P M T five five three ...": letters spelled before a code's digits spell a code.
    if (
      CODE_DIGITS_AFTER.test(text.slice(wordEnd, wordEnd + 2)) ||
      NUMBER_AFTER.test(lower.slice(seq.end, seq.end + 7))
    )
      continue;
    // Names found already (the spelling after "spelled", "Shah, S-H-A-H") are not found twice.
    found ??= new Set(out.map((f) => f.start));
    if (!found.has(word)) out.push(finding(word, wordEnd, 'PERSON', 0.7, 'person'));
    if (!found.has(from)) out.push(finding(from, seq.end, 'PERSON', 0.7, 'person'));
  }
}

const CODE_DIGITS_AFTER = /^-?\d/;
const NUMBER_AFTER = /^ (?:\d|zero|oh |one|two|three|four|five|six|seven|eight|nine)/;

/** Whether what follows a capital at `end` may lead to the next spelled letter: "-", ",", " as in", " ". */
function isSpellingGap(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 45 || c === 44) return true;
  return c === 32 && (isAsciiLetter(text.charCodeAt(end + 2)) ? text.startsWith(' as in ', end) : true);
}

/** What `readSpelling` read: the letters, lower-cased, and where the spelling ends. */
interface Spelling {
  readonly letters: string;
  readonly end: number;
  /** Every letter was a capital. */
  readonly capitals: boolean;
}

const isWordCode = (c: number): boolean =>
  isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || (c >= 128 && isLetter(c));

/** Whether the letter at `i` stands alone: no letter, digit or apostrophe right after it. */
const standsAlone = (text: string, i: number): boolean =>
  isAsciiLetter(text.charCodeAt(i)) && !isWordCode(text.charCodeAt(i + 1));

/** The letters said one at a time from `start`, each perhaps with its aid, up to MAX_LETTERS. */
function readSpelling(text: string, start: number): Spelling {
  let letters = '';
  let i = start;
  let end = start;
  let capitals = true;
  while (letters.length < MAX_LETTERS && standsAlone(text, i)) {
    const c = text.charCodeAt(i);
    if (c >= 97) capitals = false;
    letters += String.fromCharCode(c | 32);
    i++;
    end = i;
    i = skipAid(text, i);
    if (i > end) end = i;
    const next = skipSeparator(text, i);
    if (next === i) break;
    i = next;
  }
  return { letters, end, capitals };
}

/** Past " as in boy" or " for boy" at `i`, or `i`. */
function skipAid(text: string, i: number): number {
  const at = text.startsWith(' as in ', i) ? i + 7 : text.startsWith(' for ', i) ? i + 5 : -1;
  if (at < 0) return i;
  let j = at;
  while (j < text.length && j - at < 15 && (isAsciiLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 45))
    j++;
  return j > at ? j : i;
}

/** Past the separator between two spelled letters at `i` ("-", " ", ", ", ". ", " - "), or `i`. */
function skipSeparator(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 45) return text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
  if (c === 44 || c === 46) return text.charCodeAt(i + 1) === 32 ? i + 2 : i;
  if (c === 32) return text.charCodeAt(i + 1) === 45 && text.charCodeAt(i + 2) === 32 ? i + 3 : i + 1;
  return i;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const folded = new Map<number, number>();

/** The character's lower-case letter without accents ("ć" to "c"), when that is one character. */
function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = folded.get(c);
  if (f === undefined) {
    const s = String.fromCharCode(c).toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
    f = s.length === 1 ? s.charCodeAt(0) : c;
    folded.set(c, f);
  }
  return f;
}

/** Where the nearest word before `before` (within REACH) spelling `letters` starts, or -1. */
function spelledWordBefore(text: string, lower: string, before: number, letters: string): number {
  const floor = Math.max(0, before - REACH);
  const n = letters.length;
  // Words end where a word character is followed by none: try each such end from the nearest back.
  for (let end = before - 1; end - n >= floor; end--) {
    if (!isWordCode(text.charCodeAt(end - 1)) || isWordCode(text.charCodeAt(end))) continue;
    const start = end - n;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
    let same = true;
    for (let k = 0; k < n && same; k++)
      same = foldCode(lower.charCodeAt(start + k)) === letters.charCodeAt(k);
    if (same) return start;
  }
  return -1;
}

function wordLength(text: string, start: number): number {
  let i = start;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i - start;
}

/**
 * Whether the spelled word is no name: an ordinary word, part of an email ("jsmith at ...",
 * "@example") or a street's name ("Kessler Boulevard").
 */
function isNoName(text: string, lower: string, start: number, end: number): boolean {
  if ((flagsAt(lower, start, end) & (COMMON | NOT_NAME)) !== 0) return true;
  const before = text.charCodeAt(start - 1);
  if (before === 64 || before === 46 || text.charCodeAt(end) === 64) return true;
  if (lower.startsWith(' at ', end) || lower.startsWith(' dot ', end)) return true;
  let j = end + 1;
  while (j < lower.length && j - end < 12 && isAsciiLetter(lower.charCodeAt(j))) j++;
  return text.charCodeAt(end) === 32 && j > end + 1 && (flagsAt(lower, end + 1, j) & PLACE) !== 0;
}

/**
 * Lower-case letters said one at a time, as speech-to-text writes a spelling ("a b e r n a t h y", "v o g e l
 * hyphen h a r t m a n n"): three or more, each standing alone.
 */
const LOWER_SPELLING = /(?<![A-Za-z0-9'])[a-z](?:(?:, | | hyphen | dash )[a-z](?![A-Za-z0-9'])){2,29}/y;
const SPELLING_HINT = / [a-z](?:,? | hyphen | dash )[a-z](?![A-Za-z0-9'])/g;
const isSpellingWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
/** A spelling that runs on into an e-mail address ("c o l e eight eight at yahoo dot com") is the address's. */
const EMAIL_AFTER = /^(?: [a-z]+){0,4} at [a-z]+ dot /;
/** Words a spelling may confirm at once: "dmitri volkov d m i t r i v o l k o v". */
const MAX_SPELLED_WORDS = 3;

/**
 * "it's joy abernathy that's a b e r n a t h y": in lower-case speech a spelling that matches the words said
 * just before it confirms them as a name, with a first name said right before them.
 */
export function lowerSpelledConfirmations(text: string, lower: string, out: Finding[]): void {
  let found: Set<number> | null = null;
  // A spelling holds a space, a letter standing alone and another: a search led by that space skips the rest
  // of the text fast, and the full pattern is tried only where one is.
  SPELLING_HINT.lastIndex = 0;
  for (let h = SPELLING_HINT.exec(text); h !== null; h = SPELLING_HINT.exec(text)) {
    const before = h.index - 1;
    LOWER_SPELLING.lastIndex =
      isAsciiLower(text.charCodeAt(before)) && !isSpellingWordCode(text.charCodeAt(before - 1))
        ? before
        : h.index + 1;
    const m = LOWER_SPELLING.exec(text);
    if (m === null) continue;
    SPELLING_HINT.lastIndex = m.index + m[0].length;
    const start = m.index;
    const end = start + m[0].length;
    if (EMAIL_AFTER.test(lower.slice(end, end + 40)) || placeWordAfter(lower, end)) continue;
    const spelled = spelledWithin(lower, start, m[0]);
    if (spelled === null) continue;
    const { words } = spelled;
    found ??= new Set(out.map((f) => f.start));
    if (!found.has(words.start)) out.push(finding(words.start, words.end, 'PERSON', 0.7, 'person'));
    if (!found.has(spelled.start)) out.push(finding(spelled.start, spelled.end, 'PERSON', 0.7, 'person'));
  }
}

/** Letters the run may hold around the spelling: "with a k, k r y s t a l", "s a l a z a r i got it". */
const MAX_STRAY_LETTERS = 2;
const SINGLE_LETTERS = /(?<![a-z])[a-z](?![a-z])/g;

/**
 * The spelling inside the run at `start` that matches words said before it, nearest stray letters dropped
 * first, with the words it spells; null when none does.
 */
function spelledWithin(
  lower: string,
  start: number,
  run: string,
): { start: number; end: number; words: { start: number; end: number } } | null {
  const at: number[] = [];
  for (const m of run.matchAll(SINGLE_LETTERS)) at.push(start + m.index);
  const letters = at.map((i) => lower.charAt(i)).join('');
  for (let dropped = 0; dropped <= 2 * MAX_STRAY_LETTERS; dropped++) {
    for (
      let lead = Math.min(dropped, MAX_STRAY_LETTERS);
      lead >= 0 && dropped - lead <= MAX_STRAY_LETTERS;
      lead--
    ) {
      const last = at.length - 1 - (dropped - lead);
      // Three letters spell a word only as the whole run; with strays dropped, four at least.
      if (last - lead < (dropped === 0 ? 2 : 3)) continue;
      const words = spelledWordsBefore(lower, start, letters.slice(lead, last + 1));
      if (words !== null) return { start: at[lead] as number, end: (at[last] as number) + 1, words };
    }
  }
  return null;
}

/** "h o l d r e g e street", "downing court": a street or place word after a word makes it a place's. */
function placeWordAfter(lower: string, end: number): boolean {
  const word = spacedWordAfter(lower, end);
  return word !== '' && ((flagsOf(word) & PLACE) !== 0 || STREET_SUFFIXES.has(word));
}

/** Lower-case ASCII words of `lower[from, to)`, as start and end offsets, nearest last. */
function wordsIn(lower: string, from: number, to: number): number[] {
  const bounds: number[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isAsciiLetter(lower.charCodeAt(i))) i++;
    const s = i;
    while (i < to && (isAsciiLetter(lower.charCodeAt(i)) || lower.charCodeAt(i) === 39)) i++;
    // Single letters are an earlier spelling's, never the word spelled.
    if (i > s + 1) bounds.push(s, i);
  }
  return bounds;
}

/**
 * The words (one to three, in a row) within REACH before `before` whose letters are `letters`, widened by a
 * first name said right before them; null when none, or when the word is an ordinary one or an e-mail's.
 */
function spelledWordsBefore(
  lower: string,
  before: number,
  letters: string,
): { start: number; end: number } | null {
  const bounds = wordsIn(lower, Math.max(0, before - REACH), before);
  const count = bounds.length / 2;
  for (let last = count - 1; last >= 0; last--) {
    let joined = '';
    for (let k = 0; k < MAX_SPELLED_WORDS && last - k >= 0; k++) {
      const w = last - k;
      joined = lower.slice(bounds[2 * w] as number, bounds[2 * w + 1] as number).replace("'", '') + joined;
      if (joined.length > letters.length) break;
      if (joined !== letters) continue;
      let start = bounds[2 * w] as number;
      const end = bounds[2 * last + 1] as number;
      if ((k === 0 && isNoName(lower, lower, start, end)) || placeWordAfter(lower, end)) return null;
      const prev = w - 1;
      if (prev >= 0) {
        const ps = bounds[2 * prev] as number;
        const pe = bounds[2 * prev + 1] as number;
        if (
          pe + 1 === start &&
          (flagsAt(lower, ps, pe) & FIRST) !== 0 &&
          (flagsAt(lower, ps, pe) & NOT_NAME) === 0
        )
          start = ps;
      }
      return { start, end };
    }
  }
  return null;
}
