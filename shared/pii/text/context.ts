import { alternationOf } from './alternation.ts';

/** Presidio-style context: words shortly before a candidate raise or lower its score. */

/**
 * Each keyword list compiled once into one alternation: one native scan of the window instead of one
 * `includes` per keyword (NOT_PERSONAL alone has dozens). Keyed by the list itself, which is a constant.
 */
const LIST_PATTERNS = new WeakMap<readonly string[], RegExp>();

function listPattern(keywords: readonly string[]): RegExp {
  let re = LIST_PATTERNS.get(keywords);
  if (re === undefined) {
    // Global for its lastIndex scan, which every use sets first; nothing inside the scan can reach it.
    re = new RegExp(alternationOf(keywords), 'g');
    LIST_PATTERNS.set(keywords, re);
  }
  return re;
}

/** True when any keyword occurs, starting a word, in lower[from, to). */
function hasKeyword(lower: string, from: number, to: number, keywords: readonly string[]): boolean {
  const re = listPattern(keywords);
  const slice = lower.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (startsWord(lower, from + m.index, m[0]) && !inIdiom(lower, from + m.index, m[0])) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** True when any keyword occurs in the `window` characters before `pos` (text already lower-cased). */
export function hasBefore(lower: string, pos: number, keywords: readonly string[], window = 40): boolean {
  return hasKeyword(lower, Math.max(0, pos - window), pos, keywords);
}

/** True when any keyword occurs in the `window` characters after `pos`. */
export function hasAfter(lower: string, pos: number, keywords: readonly string[], window = 30): boolean {
  return hasKeyword(lower, pos, Math.min(lower.length, pos + window), keywords);
}

/**
 * Keywords that open with a letter or digit count only where a word starts: "ring" is no cue inside
 * "Springfield", nor "tel" inside "hotel", "text" inside "context" or "work" inside "network". A keyword
 * may still be the start of a longer word ("callback", "phones"), and "_" joins field names ("date_of_birth",
 * "verify_zip") without hiding their words. Keywords opening with a space or sign say where they start.
 * Checked on each match rather than in the pattern, which keeps the engine's fast scan for literals.
 */
function startsWord(lower: string, at: number, keyword: string): boolean {
  return !isWordCode(keyword.charCodeAt(0)) || at === 0 || !isWordCode(lower.charCodeAt(at - 1));
}

/**
 * "roommate" is no "room", "cardholder" no "card": a keyword ending in a letter is whole when no letter follows
 * or only a plural's "s" ("accounts", "cards").
 */
function joinsLongerWord(lower: string, end: number, keyword: string): boolean {
  if (!isLetterCode(keyword.charCodeAt(keyword.length - 1))) return false;
  const c = lower.charCodeAt(end);
  if (!isLetterCode(c)) return false;
  return !(c === 115 && !isLetterCode(lower.charCodeAt(end + 1)));
}

/** "in case we need you", "in any case": the phrase says when, and names no case's number. */
const CASE_IDIOM = /\bin (?:any |that |which |this )?$/;

/** Whether the keyword at `at` is part of a phrase that uses its word otherwise ("just in case"). */
const inIdiom = (lower: string, at: number, keyword: string): boolean =>
  keyword === 'case' && CASE_IDIOM.test(lower.slice(Math.max(0, at - 9), at));

/** Lower-case ASCII and accented Latin letters; digits after a keyword ("ssn4") leave it whole. */
const isLetterCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** ASCII letters and digits and the accented Latin letters of lower-cased text. */
const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Numbers that belong to a business, not a person: they veto account-like and ID-like readings. */
export const NOT_PERSONAL = [
  'order',
  // A hospital account record, the hospital's own number for a stay: "HAR 40019002211"; a soldier's service number.
  'har',
  'service no',
  'service number',
  // A ride's trip number: "your new trip number is six six four ..."; a carrier's USDOT number.
  'trip number',
  'trip #',
  'usdot',
  // A bag's tag: "tag 0917 620771", Spanish "etiqueta 0917 612044".
  'bag tag',
  'tag ',
  'etiqueta',
  // A trailer's seal, a freight bill's PRO and a bill of lading: the load's numbers, not the driver's.
  'seal',
  'pro #',
  'pro number',
  'bol',
  'bill of lading',
  'case',
  'ticket',
  'tracking',
  'confirmation',
  'invoice',
  'reference',
  // "Her Medicaid application number is 2024-0219-77465": an application's own number.
  'application number',
  // A UPS tracking number, whose groups after "1Z" read like a phone's ("1Z 8F4 2W7 03 1182 5519").
  '1z ',
  'application #',
  'application no',
  'ref ',
  'ref#',
  'ref.',
  'claim',
  ' po ',
  'po#',
  'purchase order',
  'sku',
  'item',
  'model',
  'serial',
  // An appliance's part: "part 5303918493", "part #W10854220".
  'part ',
  'part #',
  'part number',
  // A handset's own numbers (IMEI, MEID, SIM ICCID) name the device, not its owner.
  'imei',
  'meid',
  'iccid',
  'version',
  // A software build, not the building a caller lives in.
  'build ',
  'build:',
  'build#',
  'build_',
  'build-',
  'reservation',
  'booking',
  'policy',
  'member id',
  'shipment',
  'parcel',
  'package',
  'extension',
  'ext.',
  ' ext ',
  'room',
  'flight',
  'store',
  'job',
  'incident',
  'rma',
  'quote',
  'promo',
  'confirmation code',
  // A booking's confirmation, abbreviated in dispositions ("conf 9905518").
  'conf ',
  'conf#',
  'conf:',
  'conf.',
  // An ACH or wire's trace number, which the banks give the transfer ("trace 091000010448812").
  'trace',
  // A money transfer's tracking number ("MTCN", "número de control"), which the sender reads out to collect it.
  'control number',
  'control #',
  'control no',
  'número de control',
  'numero de control',
  'mtcn',
  'access code',
  // A one-time passcode: '"otp":"481902"', "otp=552019".
  'otp',
  'verification code',
  'discount code',
  // Whole words only: " pin" would read "palmetto pines" and "pink" as a PIN's cue.
  'pin ',
  'pin:',
  'pin#',
  'pin.',
  'pin,',
  'account id',
  'customer id',
  'customer number',
  'transaction',
  // A hospital's encounter (visit) number: "Acct: SA-00418872 | Enc: 7730021945".
  'encounter',
  'enc:',
  'enc #',
  'prescription',
  // Spanish: "Números de receta: 6031120".
  'receta',
  // A pharmacy's shorthand for the prescription ("Rx number", "Rx #").
  'rx ',
  'rx#',
  'meter',
  // Files a business keeps on its customer: their numbers index the business's records, not a person.
  'report',
  'loan',
  'frequent flyer',
  'frequent flier',
  'loyalty',
  'rewards',
  // Call-tracking exports number their calls and sessions ("Call ID 8841207").
  'call id',
  'call #',
  'call no.',
  'session id',
  'agreement',
  // A hospital's medical record number ("MRN 001554912"), nine digits as an SSN is; an arrival record's I-94 number.
  'mrn',
  'i94',
  'i-94',
  // A school lunch account: "lunch accounts (600-221-0457 and ...)".
  'lunch account',
  // A checked bag's tag: '"tag_numbers": ["0526 118842"]', "bag tag 0526 118843".
  'tag_number',
  'tag number',
  'bag tag',
];

/** Keyword groups compiled once into one alternation each, so a lookup is a few regex passes. */
export interface CueGroups<K extends string> {
  readonly keys: readonly K[];
  readonly patterns: readonly RegExp[];
}

export function cueGroups<K extends string>(groups: Readonly<Record<K, readonly string[]>>): CueGroups<K> {
  const keys = Object.keys(groups) as K[];
  // No global or sticky flag: exec then never reads or writes lastIndex, so the shared patterns hold no state.
  const patterns = keys.map((k) => new RegExp(alternationOf(groups[k])));
  return { keys, patterns };
}

/** A line's opening: optional timestamp in brackets, then spaces. */
const LINE_OPENING = /^(?:\[[\d:. apm]*\] *)?$/;

/**
 * A keyword that only begins the speaker's label ("Claimant:", "Policyholder:") names who speaks, not a
 * number: the turn's numbers are whatever was asked before it.
 */
function beginsSpeakerLabel(lower: string, at: number, keyword: string): boolean {
  let end = at + keyword.length;
  if (end >= lower.length || !isWordCode(lower.charCodeAt(end))) return false;
  while (end < lower.length && isWordCode(lower.charCodeAt(end))) end++;
  if (lower[end] !== ':') return false;
  // Only the 24 characters a label may follow are read back: an unbounded look back per hit is quadratic.
  const from = Math.max(0, at - 25);
  const lineStart = from + lower.slice(from, at).lastIndexOf('\n') + 1;
  if (lineStart === from && from > 0) return false;
  return at - lineStart <= 24 && LINE_OPENING.test(lower.slice(lineStart, at));
}

/** The group whose keyword occurs last (nearest) in the `window` characters before `pos`, or null. */
export function nearestGroup<K extends string>(
  lower: string,
  pos: number,
  groups: CueGroups<K>,
  window = 50,
): K | null {
  return nearestCue(lower, pos, groups, window)?.key ?? null;
}

/** The nearest keyword's group and where the keyword ends, as nearestGroup finds it; null when none. */
export function nearestCue<K extends string>(
  lower: string,
  pos: number,
  groups: CueGroups<K>,
  window = 50,
): { readonly key: K; readonly end: number } | null {
  const start = Math.max(0, pos - window);
  const slice = lower.slice(start, pos);
  let best: K | null = null;
  let bestAt = -1;
  let bestEnd = -1;
  for (let g = 0; g < groups.patterns.length; g++) {
    const re = groups.patterns[g] as RegExp;
    // Left-to-right, non-overlapping, as a global scan would go, without cloning the pattern per call.
    let from = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice.slice(from))) {
      const at = from + m.index;
      if (
        !startsWord(lower, start + at, m[0]) ||
        inIdiom(lower, start + at, m[0]) ||
        joinsLongerWord(lower, start + at + m[0].length, m[0]) ||
        beginsSpeakerLabel(lower, start + at, m[0])
      ) {
        from = at + 1;
        continue;
      }
      // At one position the longer keyword wins: "call id" names an id, not a phone to call.
      if (at > bestAt || (at === bestAt && start + at + m[0].length > bestEnd)) {
        bestAt = at;
        bestEnd = start + at + m[0].length;
        best = groups.keys[g] ?? null;
      }
      from = at + Math.max(1, m[0].length);
    }
  }
  return best === null ? null : { key: best, end: bestEnd };
}

/**
 * Per group, its keywords where they name one number: followed by "number", "#" or "no" ("phone number",
 * "account #", "licence no."), or ending in "number" themselves ("my number"). Built once per group list.
 */
const NAMER = /num|#|no/;
const NAMED_PATTERNS = new WeakMap<CueGroups<string>, readonly RegExp[]>();

function namedPatterns(groups: CueGroups<string>): readonly RegExp[] {
  let patterns = NAMED_PATTERNS.get(groups);
  if (patterns === undefined) {
    patterns = groups.patterns.map(
      (re) =>
        new RegExp(
          `(?:${re.source})(?:(?= ?(?:number(?![a-z])|num(?![a-z])|#|no\\.?(?![a-z])))|(?<=number))`,
          'g',
        ),
    );
    NAMED_PATTERNS.set(groups, patterns);
  }
  return patterns;
}

/**
 * The group of the nearest keyword that names the kind of a number ("the phone number on the account": a
 * phone number, though "account" is nearer), within `window` characters before `pos`; null when no keyword
 * there names a number.
 */
export function nearestNamedNumber<K extends string>(
  lower: string,
  pos: number,
  groups: CueGroups<K>,
  window = 45,
): K | null {
  const from = Math.max(0, pos - window);
  const slice = lower.slice(from, pos);
  // Most windows hold no word that names a number: one scan for its forms decides.
  if (!NAMER.test(slice)) return null;
  const patterns = namedPatterns(groups);
  let best: K | null = null;
  let bestAt = -1;
  let bestEnd = -1;
  for (let g = 0; g < patterns.length; g++) {
    const re = patterns[g] as RegExp;
    // Global for its lastIndex scan, which starts at 0 here; nothing inside the loop can reach the pattern.
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (!startsWord(lower, from + m.index, m[0])) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (m.index > bestAt) {
        bestAt = m.index;
        bestEnd = m.index + m[0].length;
        best = groups.keys[g] ?? null;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (best === null) return null;
  // "order number 12345, call me at ...": a named number already given its value names nothing after it.
  // Digits in the word that holds the value ("W426-" before "545-30-761-0") are that same value.
  const between = slice.slice(bestEnd);
  const valueWord = Math.max(between.lastIndexOf(' '), between.lastIndexOf('\n'));
  if (ANY_DIGIT.test(between.slice(0, Math.max(0, valueWord)))) return null;
  // An answer that names its own kind ("phone number on the account?" then "checking account 6083...")
  // is taken at its word: a cue on a later line than the named number leaves the nearest cue to decide.
  const nextLine = between.indexOf('\n');
  if (nextLine >= 0 && groups.patterns.some((re) => re.test(between.slice(nextLine)))) return null;
  return best;
}

const ANY_DIGIT = /[0-9]/;
