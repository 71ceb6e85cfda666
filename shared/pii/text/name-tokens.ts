import { US_STATE_CODES } from '../data/us-states.ts';
import {
  inIdentifier,
  isApostrophe,
  isAsciiLower,
  isAsciiUpper,
  isDigit,
  isLetter,
  isUpperLetter,
  possessiveAt,
} from './chars.ts';
import { withoutAccents } from './fold-accents.ts';
import { romanizedNameEnd } from './romanized-names.ts';
import { HASH_SEED, hashRange, hashStep, lookupHashed, wordTable } from './word-filter.ts';
import {
  COMMON,
  FIRST,
  flagsAt,
  flagsHashed,
  flagsOf,
  NOT_NAME,
  ORG,
  PARTICLE,
  SURNAME,
} from './word-flags.ts';

/** A word that could be part of a personal name, with its casing facts. */
export interface NameToken {
  readonly start: number;
  /** End of the word without a trailing possessive "'s": the lower-cased text in [start, end) is its key. */
  readonly end: number;
  /** Word-list bits of the key (see word-flags.ts), looked up once here. */
  readonly flags: number;
  readonly title: boolean;
  readonly allCaps: boolean;
  /** A single capital: a middle initial. */
  readonly initial: boolean;
  /** Where the text between the previous token and this one starts. */
  readonly gapStart: number;
}

const MAX_TOKEN = 40;
/** Lower-case words longer than this are never particles. */
const MAX_PARTICLE = 4;
const FIRST_PERSON = wordTable([[["i'm", 'i’m', "i'd", "i've", "i'll"], 1]]);
const isWordLetter = (c: number): boolean => (c < 128 ? isAsciiUpper(c) || isAsciiLower(c) : isLetter(c));
const isWordUpper = (c: number): boolean => (c < 128 ? isAsciiUpper(c) : isUpperLetter(c));
/**
 * Where a capitalised word may start: an ASCII capital or any character beyond ASCII (checked after).
 * The regex engine skips the rest of the text far faster than a loop over its characters.
 */
const MAY_BE_CAPITAL = /[A-Z\u0080-\uffff]/g;

/**
 * Capitalised words and name particles (apostrophes inside, as in O'Brien), in order. Linear time.
 * Words are letters and inner apostrophes; lower-case words matter only as particles inside a name
 * ("Ludwig van Beethoven"), so only those right after a kept word are read, and a skipped word widens
 * the next gap so a name never spans it.
 */
export function nameTokens(text: string, lower: string): NameToken[] {
  const out: NameToken[] = [];
  const n = text.length;
  let prevEnd = 0;
  let from = 0;
  while (from < n) {
    MAY_BE_CAPITAL.lastIndex = from;
    if (!MAY_BE_CAPITAL.test(text)) break;
    let start = MAY_BE_CAPITAL.lastIndex - 1;
    from = start + 1;
    if (!isWordUpper(text.charCodeAt(start)) || !isWordStart(text, start)) continue;
    // A kept word, then any particles right after it ("van der").
    while (start >= 0) {
      const token = readToken(text, lower, start, prevEnd);
      from = scanned.end;
      if (!token) break;
      const previous = out[out.length - 1];
      if (previous !== undefined && isSaint(text, previous, token, out[out.length - 2]))
        out[out.length - 1] = saint(previous);
      out.push(token);
      prevEnd = scanned.end;
      start = particleStart(text, scanned.end);
    }
  }
  return out;
}

/**
 * "DeAndre St. Clair", "Marie St. Pierre": "St." between a given name and a capitalised word opens a surname,
 * and is no street. Read as a particle that, like an initial, takes its dot into the name.
 */
function isSaint(text: string, st: NameToken, next: NameToken, before: NameToken | undefined): boolean {
  return (
    st.end - st.start === 2 &&
    text.startsWith('St. ', st.start) &&
    next.start === st.end + 2 &&
    next.title &&
    before !== undefined &&
    st.start - before.end === 1 &&
    text.charCodeAt(before.end) === 32 &&
    (before.flags & (FIRST | COMMON | NOT_NAME | ORG)) === FIRST &&
    (before.title || before.allCaps)
  );
}

const saintAhead = (text: string, start: number, end: number): boolean =>
  text.startsWith('St. ', start) && isAsciiUpper(text.charCodeAt(end + 2));

const saint = (st: NameToken): NameToken => ({ ...st, flags: PARTICLE, initial: true });

/** Whether a letter at `pos` starts a word rather than continuing one ("Brien" in "O'Brien", "B" in "eBay"). */
function isWordStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const c = text.charCodeAt(pos - 1);
  return !isWordLetter(c) && !(isApostrophe(c) && pos > 1 && isWordLetter(text.charCodeAt(pos - 2)));
}

/**
 * What readWord saw of the last word: one object reused for every word, so reading allocates nothing.
 * `hash` is the lower-cased word's (see word-filter.ts); `keyHash` leaves out a possessive "'s".
 */
const scanned = { end: 0, hash: 0, keyHash: 0, letters: 0, capitals: 0, wide: false, romanized: false };

/** Reads the word at `start` (letters, and apostrophes followed by a letter) into `scanned`. */
function readWord(text: string, lower: string, start: number): void {
  const n = text.length;
  let i = start;
  let hash = HASH_SEED;
  let letters = 0;
  let capitals = 0;
  let wide = false;
  let romanized = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII letters first, without calls: they are nearly every character read here.
    if (c >= 97 && c <= 122) {
      letters++;
      hash = hashStep(hash, c);
    } else if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
      hash = hashStep(hash, c + 32);
    } else if (c === 45 && capitals === 1 && !wide && !romanized) {
      // "Ji-woo", "Mei-ling": a romanized given name's two syllables make one word.
      const end = romanizedNameEnd(text, lower, start, i);
      if (end < 0) break;
      for (let k = i; k < end; k++) hash = hashStep(hash, lower.charCodeAt(k));
      letters += end - i - 1;
      romanized = true;
      i = end;
      continue;
    } else {
      // "Marcus가": a Korean particle joined to a romanized name ends the name; Hangul has no capitals to read.
      if (c >= 0xac00 && c <= 0xd7a3) break;
      if (c >= 128 && isLetter(c)) {
        letters++;
        wide = true;
        if (isUpperLetter(c)) capitals++;
      } else if (!(isApostrophe(c) && i + 1 < n && isLetter(text.charCodeAt(i + 1)))) break;
      hash = hashStep(hash, c < 128 ? c : lower.charCodeAt(i));
    }
    i++;
  }
  scanned.end = i;
  scanned.hash = hash;
  // Rare: the key without "'s" is hashed again rather than tracking every word's earlier hashes.
  scanned.keyHash = hasPossessive(text, start, i) ? hashRange(lower, start, i - 2) : hash;
  scanned.letters = letters;
  scanned.capitals = capitals;
  scanned.wide = wide;
  scanned.romanized = romanized;
}

/** "Maria's": the possessive is no part of the name. */
const hasPossessive = (text: string, start: number, end: number): boolean =>
  end - start > 2 && possessiveAt(text, end - 2);

/** Start of a lower-case word within two characters after `end`, or -1. */
function particleStart(text: string, end: number): number {
  const stop = Math.min(text.length, end + 3);
  for (let i = end + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (isWordLetter(c)) return isWordUpper(c) ? -1 : i;
  }
  return -1;
}

/** The token for the word at `start` (read into `scanned`), or null when it can be no part of a name. */
function readToken(text: string, lower: string, start: number, gapStart: number): NameToken | null {
  readWord(text, lower, start);
  const wordEnd = scanned.end;
  // "a1", "7B", and "LU-26-0048812": letters glued to digits, or opening a code's dashed digits, are a code's.
  const glued =
    (wordEnd < text.length && isDigit(text.charCodeAt(wordEnd))) ||
    (start > 0 && isDigit(text.charCodeAt(start - 1))) ||
    (text.charCodeAt(wordEnd) === 45 && isDigit(text.charCodeAt(wordEnd + 1)));
  if (
    glued ||
    wordEnd - start > MAX_TOKEN ||
    inDottedAbbreviation(text, start, wordEnd) ||
    inIdentifier(text, start, wordEnd) ||
    afterLowerHyphenWord(text, start) ||
    inCodeChain(text, start, wordEnd)
  )
    return null;
  const c = text.charCodeAt(start);
  const firstUpper = isWordUpper(c);
  if (
    !firstUpper &&
    (wordEnd - start > MAX_PARTICLE || (flagsHashed(scanned.hash, lower, start, wordEnd) & PARTICLE) === 0)
  )
    return null;
  const end = hasPossessive(text, start, wordEnd) ? wordEnd - 2 : wordEnd;
  const keyHash = scanned.keyHash;
  // "I'm Jose": the speaker's own contraction is a cue before the name, never part of it. Each has its
  // apostrophe second, so other words starting with "i" skip the lookup.
  if (
    (c | 32) === 105 &&
    end - start > 2 &&
    isApostrophe(text.charCodeAt(start + 1)) &&
    lookupHashed(FIRST_PERSON, keyHash, lower, start, end) !== 0
  )
    return null;
  // "May I return it", "Will I get": the pronoun before a lower-case word is no initial.
  if (end - start === 1 && c === 73 && text.charCodeAt(end) === 32 && isAsciiLower(text.charCodeAt(end + 1)))
    return null;
  let flags = flagsHashed(keyHash, lower, start, end);
  if (flags === 0 && scanned.wide) flags = accentFreeNameFlags(lower, start, end);
  if (flags === 0 && scanned.romanized) flags = FIRST;
  if (flags === 0) flags = unlistedWordFlags(text, lower, start, end, scanned.capitals);
  // "ROs", "VINs", "IDs": capitals with a plural "s" count things, though a list knows the word ("Ros").
  if ((flags & ORG) === 0 && pluralCapitals(text, start, end, scanned.capitals)) flags = COMMON;
  // Two-letter capitalised words are names only when a list knows them ("Al", "Bo"); others are skipped.
  // "St." before a capitalised word is kept, for a saint's surname (see isSaint); a firm's "PC" closes its name.
  if (
    wordEnd - start === 2 &&
    (flags & (FIRST | SURNAME | PARTICLE)) === 0 &&
    !saintAhead(text, start, wordEnd) &&
    !((flags & ORG) !== 0 && scanned.capitals === 2 && !US_STATE_CODES.has(text.slice(start, wordEnd)))
  )
    return null;
  const allCaps = firstUpper && scanned.letters >= 2 && scanned.capitals === scanned.letters;
  // "HOA" is a homeowners' association; "Hoa", written as a name is, a Vietnamese given name.
  if ((flags & ORG) !== 0 && !allCaps && end - start === 3 && lower.startsWith('hoa', start))
    flags = (flags & ~ORG) | FIRST;
  return {
    start,
    end,
    flags,
    title: firstUpper && !allCaps,
    allCaps,
    initial: end - start === 1 && firstUpper,
    gapStart,
  };
}

/** How far a hyphenated code is read on either side of a word. */
const CODE_REACH = 16;

/**
 * "TUI-VOGT-FA25", "REF-SMITH-0042": capitals hyphenated to a part holding digits make a reference code, not a name.
 * Only words with a hyphen beside them pay for the look.
 */
function inCodeChain(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 45 && text.charCodeAt(end) !== 45) return false;
  let from = start;
  while (from > 0 && start - from < CODE_REACH && isCodeChar(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < CODE_REACH && isCodeChar(text.charCodeAt(to))) to++;
  let digits = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLower(c)) return false;
    if (isDigit(c)) digits = true;
  }
  return digits;
}

const isCodeChar = (c: number): boolean => c === 45 || isDigit(c) || isAsciiUpper(c) || isAsciiLower(c);

/**
 * "Next-of-Kin", "Mother-in-Law": a capital after a hyphen and a lower-case word of the same compound is no name's
 * ("Jean-Luc" keeps its capital before the hyphen).
 */
function afterLowerHyphenWord(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 45) return false;
  let i = start - 2;
  while (i >= 0 && start - i < 8 && isAsciiLower(text.charCodeAt(i))) i--;
  return i < start - 2 && text.charCodeAt(i) === 45;
}

/** "M.Ed.", "M.Sc.", "Ph.D.": a word of two letters or more between a letter's dot and its own is a degree's part. */
const inDottedAbbreviation = (text: string, start: number, end: number): boolean =>
  end - start >= 2 &&
  text.charCodeAt(end) === 46 &&
  text.charCodeAt(start - 1) === 46 &&
  isLetter(text.charCodeAt(start - 2));

/** The endings of contractions, after the apostrophe ("we're", "they'll", "should've", "didn't"). */
const CONTRACTION = /(?:['’](?:re|ll|ve|d|m)|n['’]t)$/;

/** Capitals but for a closing lower-case "s": an abbreviation's plural. */
const pluralCapitals = (text: string, start: number, end: number, capitals: number): boolean =>
  capitals >= 2 && capitals === end - start - 1 && text.charCodeAt(end - 1) === 115;

/** Past tenses no list holds ("Dispatched", "Certified", "Requested"); "-eed" and "-med" end given names. */
const INFLECTED = /(?:ied|[cs]hed|[^e]ted|ssed|ized|ated)$/;

/**
 * What a word no list knows still says: a past tense or a contraction is an ordinary word ("Dispatched
 * Greensboro PD", "We're"), a word ending in "bank" is a bank's ("Commerzbank"), and a capital inside a word
 * after three lower-case letters or more, or after capitals, marks a product or a firm ("PowerSeries",
 * "IDQuest"); "McKenzie", "DeShawn", "MacArthur" and "MaryAnn" are names.
 */
function unlistedWordFlags(
  text: string,
  lower: string,
  start: number,
  end: number,
  capitals: number,
): number {
  if (end - start >= 6 && lower.charCodeAt(end - 1) === 100 && INFLECTED.test(lower.slice(end - 5, end)))
    return COMMON;
  // "Commerzbank", "Citibank": a bank's name in one word.
  if (end - start >= 7 && lower.startsWith('bank', end - 4)) return ORG;
  // "We're", "They'll", "Couldn't": a contraction is an ordinary word.
  if (CONTRACTION.test(lower.slice(Math.max(start, end - 4), end))) return COMMON;
  if (capitals < 2) return 0;
  // "IDQuest", "USAJobs": capitals run on into a capitalised word, as firms and products write their names.
  if (isAsciiUpper(text.charCodeAt(start + 1)) && capitals >= 3 && isAsciiLower(text.charCodeAt(end - 1)))
    return ORG;
  for (let i = start + 3; i < end; i++) {
    if (!isAsciiUpper(text.charCodeAt(i)) || !isAsciiLower(text.charCodeAt(i - 1))) continue;
    const prefix = lower.slice(start, i);
    if (prefix === 'mac' || prefix === 'van' || prefix === 'von' || prefix === 'fitz') return 0;
    return (flagsAt(lower, start, i) & FIRST) === 0 ? ORG : 0;
  }
  return 0;
}

/**
 * "Tomás", "Zoë": the name lists hold names as most often typed, without accents. Only the name bits are
 * taken from the accent-free word, so "Café" does not become an ordinary word it never was.
 */
function accentFreeNameFlags(lower: string, start: number, end: number): number {
  const folded = withoutAccents(lower, start, end);
  if (folded.length === end - start && folded === lower.slice(start, end)) return 0;
  const flags = flagsOf(folded);
  return (flags & (COMMON | NOT_NAME)) !== 0 ? 0 : flags & (FIRST | SURNAME);
}

/** True when the text between two name words is a space, a hyphen, or the dot after an initial. */
export function isNameGap(text: string, t: NameToken): boolean {
  const len = t.start - t.gapStart;
  if (len < 1 || len > 2) return false;
  const a = text.charCodeAt(t.gapStart);
  if (len === 1) return a === 32 || a === 45 || a === 46;
  const b = text.charCodeAt(t.gapStart + 1);
  return (a === 46 && b === 32) || (a === 32 && b === 32);
}
