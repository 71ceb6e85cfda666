import { codeAt, isApostrophe, isAsciiLetter, isAsciiLower } from './chars.ts';
import { withoutAccents } from './fold-accents.ts';
import { orgWordAfter } from './lower-name-context.ts';
import { COMMON, FIRST, flagsAt, flagsOf, NOT_NAME, ORG, PARTICLE, PLACE, SURNAME } from './word-flags.ts';

/**
 * Words of lower-case speech as the name readers see them (ASCII and Latin-1 letters, apostrophes), their list
 * bits, and the surname read after a given name ("maria garcia", "josé luis ramírez", "marisol ybarra-kent").
 */

/** "tomás", "señor", "díaz": speech-to-text writes Spanish words with their accented lower-case letters. */
export const isLatinLower = (c: number): boolean => c >= 0xdf && c <= 0xff && c !== 0xf7;
export const isWordCode = (c: number): boolean => isAsciiLetter(c) || isApostrophe(c) || isLatinLower(c);

/** Whether `text[from, to)` holds a character beyond ASCII. */
function beyondAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return true;
  return false;
}

/**
 * The list bits of a lower-case word; an accented one the lists do not hold as written ("doña", "mío") by its
 * letters without accents ("mejía" as "mejia").
 */
export function lowerFlags(text: string, from: number, to: number): number {
  const flags = flagsAt(text, from, to);
  return flags !== 0 || !beyondAscii(text, from, to) ? flags : flagsOf(withoutAccents(text, from, to));
}
/** The longest word read as a name. */
export const MAX_WORD = 20;

/**
 * End of the name after a first name ending at `end`: a surname (after an optional middle initial), if
 * any. `listedOnly`: only a surname the lists know that is no ordinary word ("frank delgado", not "frank talk").
 */
export function withSurname(text: string, end: number, listedOnly = false): number {
  let at = end;
  // "emidio p lombardo": skip a one-letter middle initial ("y", Spanish for "and", is none: "rosa y cuál es").
  if (
    codeAt(text, at) === 32 &&
    isAsciiLower(codeAt(text, at + 1)) &&
    codeAt(text, at + 1) !== 121 &&
    codeAt(text, at + 2) === 32
  )
    at += 2;
  if (codeAt(text, at) !== 32 || !isAsciiLower(codeAt(text, at + 1))) return end;
  let j = at + 1;
  while (j < text.length && j - at <= MAX_WORD && isWordCode(text.charCodeAt(j))) j++;
  // "o'sullivan", "o'shea": "O'" before a word that is no ordinary one ("o'clock") makes an Irish surname.
  const irish = j - at > 4 && codeAt(text, at + 1) === 111 && isApostrophe(codeAt(text, at + 2));
  const flags = irish
    ? (lowerFlags(text, at + 3, j) & (COMMON | NOT_NAME)) === 0
      ? SURNAME
      : COMMON
    : lowerFlags(text, at + 1, j);
  // "my wife angela angela ruiz": a given name said again starts over, and the second is read as a name of its
  // own; a surname may repeat ("nguyen nguyen").
  if ((flags & SURNAME) === 0 && sameWordBefore(text, end, at + 1, j)) return end;
  // "jen it's tom": a contraction is no surname; an apostrophe after the first letter may be (o'brien).
  const contraction = hasApostropheAfter(text, at + 3, j);
  // After "this is", a word no list knows, four letters or more, is a surname too ("this is will ashworth");
  // an ordinary word is not ("this is will be fine").
  const unlisted =
    (flags & (COMMON | NOT_NAME | PLACE | ORG | FIRST)) === 0 && j - at - 1 > 3 && !contraction;
  const surname = listedOnly
    ? (flags & (SURNAME | COMMON | NOT_NAME)) === SURNAME || unlisted
    : (flags & SURNAME) !== 0 ||
      ((flags & (COMMON | NOT_NAME | PLACE | ORG)) === 0 && j - at - 1 > 3 && !contraction);
  if (!surname) return end;
  // "marisol ybarra-kent": a second surname joined by a hyphen is part of the name.
  if (codeAt(text, j) === 45 && isAsciiLower(codeAt(text, j + 1))) {
    let k = j + 1;
    while (k < text.length && k - j <= MAX_WORD && isAsciiLetter(text.charCodeAt(k))) k++;
    if (k - j > 2 && (lowerFlags(text, j + 1, k) & (COMMON | NOT_NAME)) === 0) return k;
  }
  return listedSurnamesAfter(text, j);
}

/** Whether the word `text[from, to)` occurs among the few words before `end`. */
function saidJustBefore(text: string, end: number, from: number, to: number): boolean {
  const word = text.slice(from, to);
  for (
    let at = text.lastIndexOf(word, end - word.length);
    at >= 0 && at >= end - 40;
    at = text.lastIndexOf(word, at - 1)
  ) {
    if (!isWordCode(codeAt(text, at - 1)) && !isWordCode(codeAt(text, at + word.length))) return true;
    if (at === 0) break;
  }
  return false;
}

/** Whether `text[from, to)` is the word that ends at `end` said again. */
function sameWordBefore(text: string, end: number, from: number, to: number): boolean {
  const start = end - (to - from);
  return start >= 0 && !isWordCode(codeAt(text, start - 1)) && text.startsWith(text.slice(from, to), start);
}

/**
 * "josé luis ramírez", "rosa maría villanueva hernández": after a second given name or a first surname, up to two
 * more words the surname lists hold (and no ordinary word) are the rest of the name.
 */
function listedSurnamesAfter(text: string, end: number): number {
  let stop = end;
  for (let more = 0; more < 2; more++) {
    if (codeAt(text, stop) !== 32 || !isAsciiLower(codeAt(text, stop + 1))) break;
    let k = stop + 1;
    while (k < text.length && k - stop <= MAX_WORD && isWordCode(text.charCodeAt(k))) k++;
    // "habla consuelo aguirre le llamo": a particle ("le", "de") is no surname of its own here.
    if ((lowerFlags(text, stop + 1, k) & (SURNAME | COMMON | NOT_NAME | PARTICLE)) !== SURNAME) break;
    // "rosa delgado ibarra delgado": a word of the name said again reads it back, and adds nothing.
    if (saidJustBefore(text, stop, stop + 1, k)) break;
    // "it's aaron goldberg patterson law": a surname before a trade's noun names the firm.
    if (orgWordAfter(text, k)) break;
    stop = k;
  }
  return stop;
}

function hasApostropheAfter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isApostrophe(text.charCodeAt(i))) return true;
  return false;
}
