import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { gluedWord, isApostrophe, isAsciiLetter, isAsciiLower, possessiveAt } from './chars.ts';
import {
  closesName,
  closesRelationName,
  introducedWithWorkplace,
  notBeforeName,
  wordNameAfterCue,
  orgWordAfter,
} from './lower-name-context.ts';
import {
  brandAt,
  dotStaysAt,
  isFiller,
  jsonKeyAt,
  keyEnd,
  possessedPlace,
  repeatedEnd,
  wordEnd,
} from './lower-name-words.ts';
import { isLatinLower, isWordCode, lowerFlags, MAX_WORD, withSurname } from './lower-surnames.ts';
import { type LowerCueKind, lowerCueBefore, nextLowerCueWord } from './name-cue.ts';
import { isForeignLine } from './foreign-lines.ts';
import { pronounNotName } from './pronoun-names.ts';
import { hyphenSpelledNames, spelledNames } from './spelled-names.ts';
import { isHeaderRow } from './table-columns.ts';
import { HASH_SEED, hashRange, hashStep } from './word-filter.ts';
import {
  BRAND,
  COMMON,
  FIRST,
  firstNameOnly,
  flagsHashed,
  mayBeFirstNameOnly,
  NOT_NAME,
  ORG,
  SURNAME,
} from './word-flags.ts';

/**
 * Names as speech-to-text writes them: lower case, after a cue, on lower-case lines, or spelled out.
 *
 * Words here are ASCII and Latin-1 letters and apostrophes, with the dot after a short word ("dr."). A known first
 * name that is not an ordinary word is a name after a cue ("my name is maria garcia") or anywhere on a
 * line with no capitals (speech-to-text writes whole turns in lower case); a surname-like word after a
 * title is one too ("dr patel"). Lower-case lines are read word by word; on other lines only the words
 * after a cue can be names, so the regex engine finds the cues and the rest of the line is never read.
 */

const KELVIN_SIGN = '\u212a';

/** The kin words Vietnamese uses as pronouns, some also given names elsewhere ("Anh"). */
const VIETNAMESE_KIN_WORDS: ReadonlySet<string> = new Set([
  'anh',
  'chị',
  'chi',
  'em',
  'bà',
  'ông',
  'cô',
  'chú',
  'bác',
  'con',
  'cháu',
]);

/** Letters only Vietnamese writes: "ạ", "ầ", "ơ", "ư", "đ". */
const VIETNAMESE = /[\u1ea0-\u1ef9\u0111\u01a1\u01b0]/;

/** The first capital or line break at or after `lastIndex`; the regex engine skips the rest fast. */
const CAPITAL_OR_BREAK = /[A-Z\u00c0-\u00de\n]/g;

/**
 * Whether the line from `pos` (after any short "Speaker:" label) has no capital letter. `label` is
 * the first ": " at or after `pos` (searched once for many lines, so the text is read once).
 */
function lineIsLower(text: string, pos: number, lineEnd: number, label: number): boolean {
  // The label's ": " must lie within the line's first 30 characters.
  const from = label + 1 < Math.min(lineEnd, pos + 30) ? label + 2 : pos;
  CAPITAL_OR_BREAK.lastIndex = from;
  return !CAPITAL_OR_BREAK.test(text) || CAPITAL_OR_BREAK.lastIndex > lineEnd;
}

/** Adds the names found to `out` (a new list by default) and returns it. */
export function lowerCaseNames(text: string, lower: string, out: Finding[] = []): Finding[] {
  const n = text.length;
  // One cue search runs ahead over the whole text; lines take the hits that fall in them. It reads the
  // lower-cased text, where a Kelvin sign has become a "k": such rare texts are read word by word.
  const searchCues = !text.includes(KELVIN_SIGN);
  let cueHit = -1;
  let label = -1;
  for (let from = 0; from <= n; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = n;
    // An empty line holds no name: a text of blank lines is read as fast as one long line.
    if (to === from) {
      from = to + 1;
      continue;
    }
    if (label < from) {
      label = text.indexOf(': ', from);
      if (label < 0) label = n;
    }
    // "slip,dock,loa_ft,tenant_name": a table's header row names columns, not people.
    // Vietnamese, German or Creole written in lower case is full of words that are given names elsewhere ("anh",
    // "xin", "ede"): there only a cue makes a name.
    const isLower = lineIsLower(text, from, to, label);
    const vietnamese = isLower && VIETNAMESE.test(text.slice(from, to));
    const lowerLine = isLower && !isForeignLine(lower, from, to) && !isHeaderRow(text, from, to);
    if (lowerLine || !searchCues) namesOnLine(text, lower, from, to, lowerLine, out);
    else {
      if (cueHit < from) cueHit = nextLowerCueWord(lower, from);
      while (cueHit < to) {
        const resume = cuedName(text, lower, cueHit, to, out, vietnamese);
        cueHit = nextLowerCueWord(lower, resume);
      }
    }
    from = to + 1;
  }
  if (lower.includes('spell')) for (const f of spelledNames(lower)) out.push(f);
  hyphenSpelledNames(text, lower, out);
  restartedNames(text, out);
  return out;
}

/** A filler between a given name and the same name said again: "rose uh rose", "will, um, will". */
const FILLER_RESTART = /^,? (?:uh|um|er|erm|ah)[,.]* /;

/**
 * "my name is rose uh rose pinkney": a speaker who starts a name over after a filler says it whole the second time,
 * so the name said again is read with the surname after it.
 */
function restartedNames(text: string, out: Finding[]): void {
  const found = out.length;
  for (let k = 0; k < found; k++) {
    const f = out[k] as Finding;
    if (f.label !== 'PERSON' || !isAsciiLower(text.charCodeAt(f.start))) continue;
    const filler = FILLER_RESTART.exec(text.slice(f.end, f.end + 10));
    if (filler === null) continue;
    const start = f.end + filler[0].length;
    const given = text.slice(f.start, f.end);
    const end = start + given.length;
    if (!text.startsWith(given, start) || isAsciiLetter(text.charCodeAt(end))) continue;
    out.push(finding(start, withSurname(text, end), 'PERSON', f.score, f.source));
  }
}

const ARTICLE_BEFORE = /(?:^|[^a-z])(?:la|el|al|del|una?) $/;
const articleBefore = (lower: string, at: number): boolean =>
  ARTICLE_BEFORE.test(lower.slice(Math.max(0, at - 5), at));

/** "o. siddiqui": a lower-case letter, its dot, a space and a lower-case word. */
const initialAt = (text: string, start: number): boolean =>
  text.charCodeAt(start + 1) === 46 &&
  text.charCodeAt(start + 2) === 32 &&
  isAsciiLower(text.charCodeAt(start + 3)) &&
  !isAsciiLetter(text.charCodeAt(start - 1));

/**
 * "o. siddiqui" after a first-name cue: the initial and the surname, added to `out`; returns where the name
 * ends, or -1 when no surname follows.
 */
function initialAndSurname(text: string, start: number, cue: LowerCueKind | null, out: Finding[]): number {
  if (cue !== 'first') return -1;
  const stop = withSurname(text, start + 2);
  if (stop === start + 2) return -1;
  out.push(finding(start, stop, 'PERSON', 0.75, 'person'));
  return stop;
}

/**
 * On a line with capitals: the name after the possible cue word at `at`, if any. Reads the cue word
 * and the word after it as the word-by-word scan does, so both find the same names; returns where
 * the search for the next cue word goes on.
 */
function cuedName(
  text: string,
  lower: string,
  at: number,
  to: number,
  out: Finding[],
  vietnamese = false,
): number {
  const scanEnd = wordEnd(text, at);
  // Inside a longer word ("o'hi"): every hit up to its end is too.
  if (!isWordStart(text, at)) return scanEnd;
  const end = keyEnd(text, scanEnd);
  // The next word must start within two characters of the cue word.
  let start = scanEnd;
  const limit = Math.min(to, end + 3);
  while (start < limit && !isAsciiLetter(text.charCodeAt(start))) start++;
  if (start >= limit) return scanEnd;
  const wordStop = keyEnd(text, wordEnd(text, start));
  const c = text.charCodeAt(start);
  const len = wordStop - start;
  if (!isAsciiLower(c) || (len < 3 && !initialAt(text, start)) || len > MAX_WORD) return start;
  const cue = lowerCueBefore(lower, start, at, end, hashRange(lower, at, end), lower.charCodeAt(at));
  if (cue === null) return start;
  // "dạ chào em anh tên là ...": Vietnamese speakers call themselves and each other by kin words.
  if (vietnamese && VIETNAMESE_KIN_WORDS.has(lower.slice(start, wordStop))) return start;
  // "agent: o. siddiqui": a given name's initial, then the surname.
  if (len === 1) return Math.max(start + 2, initialAndSurname(text, start, cue, out));
  // After "this is", a first name that is also a word ("frank", "will") needs the table too: with a
  // listed surname after it, it is a name.
  const flags = lowerFlags(text, start, wordStop);
  // "La señora entendió": after an article a title is a noun; an unlisted lower-case word after it, on a line with
  // capitals, is no surname.
  if (cue === 'surname' && (flags & (FIRST | SURNAME)) === 0 && articleBefore(lower, at)) return start;
  if (
    (cue === 'first' || cue === 'relation') &&
    !firstNameOnly(flags) &&
    wordNameAfterCue(cue, flags, lower, wordStop)
  ) {
    const stop = withSurname(text, wordStop, cue === 'first');
    if (stop > wordStop || closedAfter(cue, lower, start, wordStop))
      out.push(finding(start, stop, 'PERSON', 0.75, 'person'));
    return stop > wordStop ? stop : start;
  }
  if (firstNameOnly(flags)) {
    const stop = withSurname(text, wordStop);
    out.push(finding(start, stop, 'PERSON', 0.8, 'person'));
    // The name alone can cue the next word, as any word can; with its surname it cannot.
    if (stop === wordStop) return start;
    // A surname cut at its length cap leaves the scan inside a word: go on word by word from there.
    if (stop < to && isWordCode(text.charCodeAt(stop))) {
      namesOnLine(text, lower, stop, to, false, out, start, stop);
      return to;
    }
    return stop;
  }
  if (cue !== 'first' && cue !== 'relation' && acceptsAfter(cue, flags)) {
    const stop = cue === 'named' ? withSurname(text, wordStop) : wordStop;
    out.push(finding(start, stop, 'PERSON', 0.75, 'person'));
    if (stop > wordStop) return stop;
  }
  return start;
}

/** Whether a given name that is also a word, after a first-name or relation cue, ends the name there. */
const closedAfter = (cue: LowerCueKind, lower: string, start: number, end: number): boolean =>
  cue === 'first'
    ? closesName(lower, start, end)
    : cue === 'relation' && closesRelationName(lower, start, end);

/**
 * Whether a word after a surname or naming cue is a name: no ordinary word ("dr patel"), or, after "my name
 * is", any first name even when it is also a word or a place ("my name is grace kim", "my name is jordan").
 */
const acceptsAfter = (cue: LowerCueKind, flags: number): boolean =>
  (flags & (COMMON | NOT_NAME | ORG)) === 0 || (cue === 'named' && (flags & FIRST) !== 0);

/** Whether the scan starts a word at the letter at `pos`: not after a letter or a word's apostrophe. */
function isWordStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && isApostrophe(text.charCodeAt(i - 1))) i--;
  return i === 0 || !(isAsciiLetter(text.charCodeAt(i - 1)) || isLatinLower(text.charCodeAt(i - 1)));
}

/**
 * Word by word over `text[from, to)` (one line): every name a cue or, on a lower-case line, the first
 * name lists make. `prevStart`/`prevEnd` is the word before `from`, if any.
 */
function namesOnLine(
  text: string,
  lower: string,
  from: number,
  to: number,
  lowerLine: boolean,
  out: Finding[],
  prevStart = -1,
  prevEnd = -1,
): void {
  let prevHash = prevStart < 0 ? 0 : hashRange(lower, prevStart, prevEnd);
  let prevFirst = prevStart < 0 ? 0 : lower.charCodeAt(prevStart);
  // "doctor uh feld", "my name is um maria": a filler between a cue and the name leaves the cue before it.
  let afterFiller = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // "señor óscar villarreal": a word may open with an accented lower-case letter.
    const accented = isLatinLower(c);
    if (!isAsciiLetter(c) && !(accented && !isWordCode(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i;
    const first = c | 32;
    // The lower-cased word's hash, read along the way, so the lists are asked without reading it again;
    // a word with a capital is on no list (they hold lower-case words) but may still be a cue.
    let hash = hashStep(HASH_SEED, first);
    let hashBeforeLast = HASH_SEED;
    let hashBeforeTwo = HASH_SEED;
    let capitals = c === first ? 0 : 1;
    let wide = accented;
    i++;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (!isWordCode(d) && !(d === 46 && i - start <= 3 && dotStaysAt(text, i))) break;
      if (d >= 128) wide = true;
      const l = d >= 65 && d <= 90 ? d + 32 : d;
      if (l !== d) capitals++;
      hashBeforeTwo = hashBeforeLast;
      hashBeforeLast = hash;
      hash = hashStep(hash, l);
      i++;
    }
    const dotted = text.charCodeAt(i - 1) === 46;
    // "can i get irene's date of birth": the possessive is no part of the name.
    const possessive = !dotted && i - start > 4 && possessiveAt(text, i - 2);
    const end = dotted ? i - 1 : possessive ? i - 2 : i;
    const keyHash = dotted ? hashBeforeLast : possessive ? hashBeforeTwo : hash;
    // As a cue for the next word the word is read whole: "name's" is a cue, "name" another one.
    const cueEnd = possessive ? i : end;
    const cueHash = possessive ? hash : keyHash;
    const len = end - start;
    // `"meta": {`: a JSON key in quotes is a field's name, never a person's.
    const glued = gluedWord(text, start, i) || jsonKeyAt(text, start, i);
    if (len <= 3 && !glued && isFiller(lower, start, end) && prevStart >= 0 && !afterFiller) {
      afterFiller = true;
      continue;
    }
    // Where the cue word before would have to end for this word to follow it.
    const cueGapFrom = afterFiller ? prevEnd + 1 : start;
    afterFiller = false;
    // Where a name read here ends, when the scan goes on after it as after one word.
    let taken = -1;
    // "agent: o. siddiqui": a given name's initial after a first-name cue, then the surname.
    if (c === first && len === 1 && dotted && initialAt(text, start)) {
      const cue = lowerCueBefore(lower, cueGapFrom, prevStart, prevEnd, prevHash, prevFirst);
      taken = initialAndSurname(text, start, cue, out);
    } else if (c === first && len >= 3 && len <= MAX_WORD && !glued) {
      const cue = lowerCueBefore(lower, cueGapFrom, prevStart, prevEnd, prevHash, prevFirst);
      // A name is a listed first name (after a cue or on a lower-case line) or a word after a surname cue.
      if (cue !== null || lowerLine) {
        // Most words are no first name: the filter says so without the table, unless a surname cue needs the bits.
        const asked = capitals === 0 && (cue !== null || wide || mayBeFirstNameOnly(keyHash));
        const flags = !asked
          ? 0
          : wide
            ? lowerFlags(text, start, end)
            : flagsHashed(keyHash, text, start, end);
        // "the vin", "in madison", "my buddy": after an article, a place's preposition or a possessive the word
        // is a thing, a place or a relation, whatever the lists say.
        // "foxglove barn this is ramona": with no cue, a business noun that some list also has as a name is the noun.
        // "el inversor marcó un error": a Spanish past tense ("-ó") is no given name without its accent ("Marco").
        const firstName =
          firstNameOnly(flags) &&
          !(cue === null && ((flags & (ORG | BRAND)) !== 0 || notBeforeName(lower, prevStart, prevEnd))) &&
          !(cue === null && wide && lower.charCodeAt(end - 1) === 0xf3) &&
          !pronounNotName(lower, start, end);
        const named =
          (!firstName && cue !== null && cue !== 'first' && cue !== 'relation' && acceptsAfter(cue, flags)) ||
          introducedWithWorkplace(cue, flags, lower, start, end);
        // "this is frank delgado": a first name that is also a word, made a name by a listed surname.
        const wordName =
          !firstName && (cue === 'first' || cue === 'relation') && wordNameAfterCue(cue, flags, lower, end);
        // "this is will will hartigan": a speaker who stumbles on the name says it twice; the surname follows both.
        const nameEnd = wordName ? repeatedEnd(lower, start, end) : end;
        const stop =
          firstName || (named && cue === 'named')
            ? withSurname(text, nameEnd)
            : wordName
              ? withSurname(text, nameEnd, cue === 'first')
              : end;
        const closed = wordName && stop === end && closedAfter(cue, lower, start, end);
        if (
          (firstName || named || (wordName && stop > nameEnd) || closed) &&
          !orgWordAfter(lower, stop) &&
          !brandAt(lower, start, stop) &&
          !(possessive && possessedPlace(lower, start, end, flags))
        ) {
          const score = firstName ? (cue !== null ? 0.8 : 0.55) : 0.75;
          // The name said twice is two mentions, the first alone.
          if (nameEnd > end) out.push(finding(start, end, 'PERSON', score, 'person'));
          out.push(finding(nameEnd > end ? end + 1 : start, stop, 'PERSON', score, 'person'));
        }
        // A first name, or a name with its surname, is read as one word before the next cue.
        if (firstName || ((named || wordName) && stop > end)) taken = stop;
      }
    }
    if (taken >= 0) {
      prevStart = start;
      prevEnd = taken;
      prevHash = hashRange(lower, start, taken);
      prevFirst = first;
      i = taken;
      continue;
    }
    prevStart = start;
    prevEnd = cueEnd;
    prevHash = cueHash;
    prevFirst = first;
  }
}
