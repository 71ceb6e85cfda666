import type { Finding } from '../finding.ts';
import { WEBMAIL } from '../spoken/number-words.ts';
import { isSpeakersWorkplace } from './business-context.ts';
import { cueBefore } from './name-cue.ts';
import { isNameGap, type NameToken } from './name-tokens.ts';
import { COMMON, FIRST, flagsAt, ORG, SURNAME } from './word-flags.ts';

/**
 * A firm's name the text shows to be a firm once ("QuickMed Urgent Care", "this is Grace from Willow
 * Creek Barn") is the firm's at every other mention too: as a speaker label in a message thread
 * ("Willow Creek Barn: Perfect!"), in a heading, or shortened ("at QuickMed Eastgate"). Like a name
 * found in full, one clear mention settles what the words are.
 */

const MAX_RUN = 5;
const NAMED = FIRST | SURNAME;

/** The firms' names found in a text: full names and heads, and first words no name list knows. */
interface Firms {
  /** Lower-cased words joined by one space: the whole run, and the words before its business noun. */
  readonly names: Set<string>;
  /** First words of firms' names that are no first name or surname ("quickmed", "rosehill"). */
  readonly heads: Set<string>;
}

/** The words of `toks[from, to)` lower-cased and joined by one space. */
function key(toks: readonly NameToken[], from: number, to: number, lower: string): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = toks[k] as NameToken;
    s += (k > from ? ' ' : '') + lower.slice(t.start, t.end);
  }
  return s;
}

/**
 * Whether `toks[k]` joins the run before it: a title-case word one space or hyphen on, or a dot after an
 * initial. Words in capitals are left out: in a line of capitals a run goes on past a name into a firm's
 * ("THIS IS RAFAEL WITH SUMMIT RIDGE ROOFING").
 */
const joins = (toks: readonly NameToken[], k: number, text: string): boolean => {
  const t = toks[k] as NameToken;
  if (!t.title) return false;
  if (!isNameGap(text, t)) return false;
  return text.charCodeAt(t.gapStart) !== 46 || (toks[k - 1] as NameToken).initial;
};

/**
 * Each capitalised run that holds a business noun after its first word, or that a speaker gives as
 * where they work and that holds a word no name list knows (so "with Daniel Ortiz" stays a person's).
 */
function firmsIn(toks: readonly NameToken[], text: string, lower: string): Firms | null {
  let firms: Firms | null = null;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as NameToken;
    let j = i + 1;
    while (j < toks.length && j - i < MAX_RUN && joins(toks, j, text)) j++;
    if (j - i >= 2 && t.title) {
      let org = -1;
      let unnamed = false;
      for (let k = i; k < j; k++) {
        const flags = (toks[k] as NameToken).flags;
        if (k > i && org < 0 && (flags & ORG) !== 0) org = k;
        if ((flags & NAMED) === 0) unnamed = true;
      }
      if (org > 0 || (unnamed && isSpeakersWorkplace(lower, t.start))) {
        firms ??= { names: new Set(), heads: new Set() };
        firms.names.add(key(toks, i, j, lower));
        if (org > i + 1) firms.names.add(key(toks, i, org, lower));
        if ((t.flags & NAMED) === 0) firms.heads.add(lower.slice(t.start, t.end));
      }
    }
    i = j;
  }
  return firms;
}

/** The lower-cased words of `text[start, end)` joined by one space, and where the first one ends. */
function wordsOf(lower: string, start: number, end: number): readonly [string, number] {
  let s = '';
  let firstEnd = -1;
  let i = start;
  while (i < end) {
    while (i < end && !isWordCode(lower.charCodeAt(i))) i++;
    const from = i;
    while (i < end && isWordCode(lower.charCodeAt(i))) i++;
    if (i > from) {
      if (firstEnd < 0) firstEnd = i;
      s += (s === '' ? '' : ' ') + lower.slice(from, i);
    }
  }
  return [s, firstEnd];
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || (c >= 0xdf && c <= 0x24f);

/**
 * The first labels of the domains in the text's e-mail and web addresses ("hearthstonefuel" in
 * "billing@hearthstonefuel.example"), less webmail's and the reserved example names, which name no firm.
 */
function domainLabels(lower: string): string[] {
  const labels = new Set<string>();
  if (!lower.includes('@') && !lower.includes('www.') && !lower.includes('://')) return [];
  DOMAIN.lastIndex = 0;
  // A few firms write to or from a text; a list of thousands of addresses is a mailing export, read for none.
  for (let m = DOMAIN.exec(lower); m !== null && labels.size < MAX_DOMAINS; m = DOMAIN.exec(lower)) {
    const label = m[2] as string;
    if (WEBMAIL.has(label) || NO_FIRM_DOMAINS.has(label) || labels.has(label)) continue;
    // "rhaddad@haddadlaw.com": a person's own name before the @ makes the domain a family's or a practice's,
    // whose name is a person's too.
    const local = m[1] ?? '';
    if (local !== '' && sharesHead(local, label)) continue;
    labels.add(label);
  }
  return [...labels];
}
const MAX_DOMAINS = 32;
/** Global for its lastIndex scan, reset before each use. The local part is read back a bounded way only. */
const DOMAIN = /(?:([a-z0-9._-]{1,40})@|www\.|:\/\/)([a-z0-9-]{4,40})\./g;

/** Whether the local part holds the domain's first five letters ("rhaddad" and "haddadlaw"). */
const sharesHead = (local: string, label: string): boolean => local.includes(label.slice(0, MIN_DOMAIN_HEAD));
const NO_FIRM_DOMAINS: ReadonlySet<string> = new Set([
  'example',
  'mail',
  'email',
  'students',
  'live',
  'msn',
  'proton',
  'me',
]);
/** The shortest word that may name a firm by opening its domain ("redline" in "redlinepowersports"). */
const MIN_DOMAIN_HEAD = 5;

/**
 * "[Mon 7:02 AM] Hearthstone: Your delivery ...", "Redline Bot:": a word no name list knows that opens the domain of
 * an address in the same text is the firm's, as a sender of texts or a chat's label.
 */
function opensDomain(lower: string, start: number, firstEnd: number, labels: readonly string[]): boolean {
  if (firstEnd - start < MIN_DOMAIN_HEAD || (flagsAt(lower, start, firstEnd) & NAMED) !== 0) return false;
  const head = lower.slice(start, firstEnd);
  return labels.some((label) => label.startsWith(head));
}

/** The findings less those that name a firm the text shows elsewhere to be one; the list itself when none goes. */
export function withoutFirmMentions(
  found: Finding[],
  toks: readonly NameToken[],
  text: string,
  lower: string,
): Finding[] {
  if (found.length === 0) return found;
  const firms = firmsIn(toks, text, lower);
  const labels = domainLabels(lower);
  if (firms === null && labels.length === 0) {
    const kept = found.filter((f) => !lowerFirmPair(text, lower, f));
    return kept.length === found.length ? found : kept;
  }
  const isFirm = (f: Finding): boolean => {
    if (lowerFirmPair(text, lower, f)) return true;
    // "E. Lindgren" beside "Okafor & Lindgren": a given name's initial makes the partner the person.
    if (lower.charCodeAt(f.start + 1) === 46 && lower.charCodeAt(f.start + 2) === 32) return false;
    const [words, firstEnd] = wordsOf(lower, f.start, f.end);
    if (
      labels.length > 0 &&
      opensDomain(lower, f.start, firstEnd, labels) &&
      cueBefore(lower, f.start) !== 'strong'
    )
      return true;
    if (firms === null) return false;
    if (firms.names.has(words)) return true;
    // "Petrakis Immigration Law ... Atty Petrakis": a firm named for a person leaves the person a title.
    return (
      firstEnd > 0 &&
      firms.heads.has(lower.slice(f.start, firstEnd)) &&
      cueBefore(lower, f.start) !== 'strong'
    );
  };
  const kept = found.filter((f) => !isFirm(f));
  return kept.length === found.length ? found : kept;
}

/**
 * "maddox and quiroga funeral home", "funeraria maddox y quiroga le atiende", "denise from mendel and ostrowski": in a
 * lower-case transcript, a surname joined by "and", "y" or "&" to another, then a business noun, or after a greeting's
 * "calling", a speaker's "from" or a trade named first, is a firm's name. Capitals have their own reading.
 */
function lowerFirmPair(text: string, lower: string, f: Finding): boolean {
  if (text.charCodeAt(f.start) !== lower.charCodeAt(f.start)) return false;
  const m = PAIR_AFTER.exec(lower.slice(f.end, f.end + 50));
  if (m === null) return false;
  const after = f.end + m[0].length;
  // The partner is a name no dictionary holds ("quiroga"), or a firm's "sons": "and the service address" goes on
  // with the sentence.
  const partner = m[1] as string;
  if (
    ((flagsAt(lower, after - partner.length, after) & COMMON) !== 0 || TYPED_SHORT.has(partner)) &&
    !FIRM_PARTNERS.has(partner)
  )
    return false;
  // The words after the partner's: a business noun among the next two ("funeral home", "staffing").
  const tail = NEXT_WORDS.exec(lower.slice(after, after + 40));
  if (tail !== null) {
    let at = after + 1;
    for (const word of tail[0].trim().split(' ')) {
      if ((flagsAt(lower, at, at + word.length) & ORG) !== 0) return true;
      at += word.length + 1;
    }
  }
  return FIRM_LEAD_BEFORE.test(lower.slice(Math.max(0, f.start - 16), f.start));
}
/** " and quiroga", " y ostrowski", " & vail": the partner's word after the link. */
const PAIR_AFTER = /^ (?:and|y|&) ([a-z\u00e0-\u024f-]{2,20})(?![a-z'])/;
const FIRM_PARTNERS: ReadonlySet<string> = new Set([
  'sons',
  'daughters',
  'associates',
  'partners',
  'company',
]);
/** Contractions typed without their apostrophe: "and whats the service address". */
const TYPED_SHORT: ReadonlySet<string> = new Set([
  'whats',
  'thats',
  'hows',
  'wheres',
  'heres',
  'theres',
  'im',
  'ill',
]);
const NEXT_WORDS = /^(?: [a-z\u00e0-\u024f]{2,20}){1,2}/;
/** "for calling ", "it's denise from ", "funeraria ": what opens a firm's name in speech. */
const FIRM_LEAD_BEFORE = /(?:calling|from|at|with|funeraria|agencia|oficina) $/;
