import { amountBefore } from '../text/chars.ts';
import { DIGIT_WORDS, EMAIL_SYMBOLS, LOCAL_STOP, TLDS, WEBMAIL } from './number-words.ts';
import type { Token } from './tokens.ts';
import type { Replacement } from './view.ts';
import { wordTable } from './word-table.ts';

const MAX_LOCAL_WORDS = 4;
/** Tokens read back from "at" at most, letters spelled one by one included. */
const MAX_LOCAL_TOKENS = 32;
const MAX_DOMAIN_WORDS = 6;
/** Spanish-speaking callers say "arroba" for the at sign and "punto" for the dot. */
const AT_SIGNS = wordTable(['at', 'arroba']);

/**
 * Spelled-out emails: "j doe at gmail dot com" -> "jdoe@gmail.com", "john dot smith at example dot org",
 * "j as in john doe at ...". One replacement per word; the gaps inside the address are deleted.
 */
/** How far back an amount before a local part is read ("$1,249.99"). */
const AMOUNT_REACH = 16;

export function emailReplacements(text: string, tokens: readonly Token[]): Replacement[] {
  const out: Replacement[] = [];
  let lastEnd = -1;
  for (let k = 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).indexIn(AT_SIGNS) < 0) continue;
    const domainFrom = afterAtSign(tokens, k);
    let domainEnd = readDomain(text, tokens, domainFrom);
    const localStart = readLocal(text, tokens, k - 1, lastEnd);
    // "$912.44 at BESTBUY.COM": an amount spent at a shop's site is no mailbox.
    if (localStart < 0 || amountBefore(text, (tokens[localStart] as Token).start, AMOUNT_REACH)) continue;
    // "update your card at pay.example.gov": one word owned or named by an article is a thing, kept at a site.
    if (localStart === k - 1 && ownedWord(text, tokens, localStart)) continue;
    // "my email is jsmith at gmail": a webmail provider said without its ".com", after a word for e-mail.
    const bareProvider =
      domainEnd < 0 && isBareProvider(text, tokens, domainFrom) && emailSaidBefore(tokens, localStart);
    if (bareProvider) domainEnd = domainFrom;
    // "Pay at example.com/pay": a domain with a path after it is a web address, not a mailbox.
    if (domainEnd < 0 || text.charCodeAt((tokens[domainEnd] as Token).end) === 47) continue;
    const parts: Replacement[] = [];
    for (let m = localStart; m <= domainEnd; m++) {
      const t = tokens[m] as Token;
      const word = m > k && m < domainFrom ? '' : wordText(tokens, m, k);
      parts.push({
        start: t.start,
        end: t.end,
        text: bareProvider && m === domainEnd ? `${word}.com` : word,
      });
      const next = tokens[m + 1];
      if (m < domainEnd && next)
        parts.push({
          start: t.end,
          end: next.start,
          text: dotGap(text, tokens, m) ? '.' : hyphenGap(text, tokens, m) && m > k ? '-' : '',
        });
    }
    for (const p of parts) out.push(p);
    lastEnd = domainEnd;
    k = domainEnd;
  }
  return out;
}

/** Index of the domain's first token after the "at" at `k`: Indian English also says "at the rate (of)". */
function afterAtSign(tokens: readonly Token[], k: number): number {
  if (tokens[k + 1]?.lower !== 'the' || tokens[k + 2]?.lower !== 'rate') return k + 1;
  return tokens[k + 3]?.lower === 'of' ? k + 4 : k + 3;
}

const EMAIL_WORDS: ReadonlySet<string> = new Set(['email', 'mail', 'emails']);
const DETERMINERS: ReadonlySet<string> = new Set([
  'your',
  'my',
  'our',
  'their',
  'his',
  'her',
  'the',
  'a',
  'an',
]);

/** A word of two letters or more, a space after a possessive or an article: "your card". */
function ownedWord(text: string, tokens: readonly Token[], m: number): boolean {
  const t = tokens[m] as Token;
  return (
    t.end - t.start > 1 && text.charCodeAt(t.start - 1) === 32 && DETERMINERS.has(tokens[m - 1]?.lower ?? '')
  );
}

function isBareProvider(text: string, tokens: readonly Token[], m: number): boolean {
  const t = tokens[m];
  return t !== undefined && WEBMAIL.has(t.lower) && spaceGap(text, tokens, m - 1) && !dotGap(text, tokens, m);
}

/** Whether "email" (or "e-mail", "mail") comes within a few words before the local part. */
function emailSaidBefore(tokens: readonly Token[], localStart: number): boolean {
  for (let m = Math.max(0, localStart - 5); m < localStart; m++) {
    if (EMAIL_WORDS.has((tokens[m] as Token).lower)) return true;
  }
  return false;
}

function wordText(tokens: readonly Token[], m: number, atIndex: number): string {
  const w = (tokens[m] as Token).lower;
  if (m === atIndex) return '@';
  const sym = EMAIL_SYMBOLS.get(w);
  if (sym !== undefined) return sym;
  // "j as in john": the letter stays, the spelling aid goes.
  if (w === 'as' || w === 'in') return isSpellingAid(tokens, m) ? '' : w;
  if (isSpelledWord(tokens, m)) return '';
  const digit = DIGIT_WORDS.get(w);
  return digit !== undefined && w.length > 1 && w !== 'to' && w !== 'for' ? digit : w;
}

function isSpellingAid(tokens: readonly Token[], m: number): boolean {
  const w = tokens[m]?.lower;
  if (w === 'as') return tokens[m + 1]?.lower === 'in' && (tokens[m - 1]?.lower.length ?? 0) === 1;
  return tokens[m - 1]?.lower === 'as' && (tokens[m - 2]?.lower.length ?? 0) === 1;
}

/** "juliet" in "j as in juliet": it spells the letter before and adds nothing to the address. */
const isSpelledWord = (tokens: readonly Token[], m: number): boolean =>
  tokens[m - 1]?.lower === 'in' && tokens[m - 2]?.lower === 'as';

/** Index of the TLD token ending the domain after "at", or -1: word (dot word)* dot tld. */
const isDotWord = (t: Token): boolean => t.lower === 'dot' || t.lower === 'period' || t.lower === 'punto';
/** The most words a domain's label is said in. */
const MAX_LABEL_WORDS = 4;

/** The last word of a label said in several words from `m` when a spoken dot follows it, else `m`. */
function spokenLabelEnd(text: string, tokens: readonly Token[], m: number): number {
  let last = m;
  while (last - m < MAX_LABEL_WORDS - 1) {
    const next = tokens[last + 1];
    // A comma ends the address: "... dot net, with a dot" says how it is spelled, not more of its domain.
    if (!next || isDotWord(next) || !plainSpace(text, tokens, last) || next.indexIn(AT_SIGNS) >= 0) return m;
    last++;
    const after = tokens[last + 1];
    if (after && isDotWord(after) && spaceGap(text, tokens, last)) return last;
  }
  return m;
}

function readDomain(text: string, tokens: readonly Token[], from: number): number {
  let m = from;
  let dots = 0;
  for (let words = 0; words < MAX_DOMAIN_WORDS; words++) {
    const w = tokens[m];
    const joined = spaceGap(text, tokens, m - 1) || (m > from && hyphenGap(text, tokens, m - 1));
    if (!w || !(joined || (dots > 0 && dotGap(text, tokens, m - 1)))) return -1;
    const sep = tokens[m + 1];
    if (sep && isDotWord(sep) && spaceGap(text, tokens, m)) {
      m += 2;
      dots++;
      continue;
    }
    // "proton mail dot com", "boise state dot edu", "first coast r e dot com": a label said as several words.
    const labelEnd = spokenLabelEnd(text, tokens, m);
    if (labelEnd > m) {
      m = labelEnd + 2;
      dots++;
      continue;
    }
    // "at brightwell-logistics dot example": a label typed with its hyphen goes on after it.
    if (sep && hyphenGap(text, tokens, m)) {
      m += 1;
      continue;
    }
    // A domain typed or transcribed with its dots ("at example.com").
    if (sep && dotGap(text, tokens, m)) {
      m += 1;
      dots++;
      continue;
    }
    if (dots === 0) return -1;
    return TLDS.has(w.lower) ? m : spelledTldEnd(text, tokens, m);
  }
  return -1;
}

/** "example dot c a": the index of a top-level domain's last letter when it is spelled out letter by letter, or -1. */
function spelledTldEnd(text: string, tokens: readonly Token[], m: number): number {
  let tld = '';
  let last = m;
  for (let k = m; k < m + 3; k++) {
    const t = tokens[k];
    if (t === undefined || t.lower.length !== 1 || (k > m && !spaceGap(text, tokens, k - 1))) break;
    tld += t.lower;
    last = k;
  }
  return tld.length >= 2 && TLDS.has(tld) ? last : -1;
}

/** Index of the first local-part token reading back from `from`, or -1 when there is none. */
function readLocal(text: string, tokens: readonly Token[], from: number, floor: number): number {
  let m = from;
  let words = 0;
  while (m > floor && words < MAX_LOCAL_WORDS + 4 && from - m < MAX_LOCAL_TOKENS) {
    const t = tokens[m] as Token;
    // "m as in mary o r e n o dot l u z": letters said one by one make one word of the address; a letter among
    // them is one ("j o y m i t c h"), whatever the word it also is ("y").
    const spelledOn = t.lower.length === 1 && tokens[m + 1]?.lower.length === 1 && m < from;
    const amongLetters = spelledOn && tokens[m - 1]?.lower.length === 1;
    if (LOCAL_STOP.has(t.lower) && !isSpellingAid(tokens, m) && !amongLetters) break;
    if (m < from && !spaceGap(text, tokens, m)) break;
    if (!EMAIL_SYMBOLS.has(t.lower) && !isSpellingAid(tokens, m) && !isSpelledWord(tokens, m) && !spelledOn)
      words++;
    if (words > MAX_LOCAL_WORDS) break;
    m--;
  }
  return m === from ? -1 : m + 1;
}

function dotGap(text: string, tokens: readonly Token[], m: number): boolean {
  const a = tokens[m];
  const b = tokens[m + 1];
  return a !== undefined && b !== undefined && b.start - a.end === 1 && text.charCodeAt(a.end) === 46;
}

function hyphenGap(text: string, tokens: readonly Token[], m: number): boolean {
  const a = tokens[m];
  const b = tokens[m + 1];
  return a !== undefined && b !== undefined && b.start - a.end === 1 && text.charCodeAt(a.end) === 45;
}

function plainSpace(text: string, tokens: readonly Token[], m: number): boolean {
  const a = tokens[m];
  const b = tokens[m + 1];
  return a !== undefined && b !== undefined && b.start - a.end === 1 && text.charCodeAt(a.end) === 32;
}

function spaceGap(text: string, tokens: readonly Token[], m: number): boolean {
  const a = tokens[m];
  const b = tokens[m + 1];
  if (!a || !b) return false;
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === ', ' || gap === '  ';
}
