import { MONTH_NAME_SET as MONTHS } from '../data/months.ts';
import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { inFirmPair } from './business-context.ts';
import { possessiveAt } from './chars.ts';
import { namesFirmAfter, orgInRunAfter, orgInRunBefore } from './firm-words.ts';
import { cueBefore } from './name-cue.ts';
import { relationBefore } from './name-relations.ts';
import { atLineStart, speakerTailAt } from './name-tails.ts';
import type { NameToken } from './name-tokens.ts';
import { COMMON, FIRST, flagsAt, ORG } from './word-flags.ts';
import { hasSpace, lengthBit, numberAfter, spacedWordAfter } from './words.ts';

/** A name found in full makes its parts names elsewhere in the text: "Asya Godina ... Asya said". */
export function laterMentions(
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
    // "HOA" after "Vo Thi Hoa": a business noun in capitals is no later mention of a name.
    if (
      (t.title || (t.allCaps && (t.flags & ORG) === 0)) &&
      parts.has(lower, t.start, t.end) &&
      !orgInRunAfter(toks, i, text) &&
      !orgInRunBefore(toks, i, text) &&
      !inFirmPair(text, t.start, t.end) &&
      !namesFirmAfter(text, lower, t.end) &&
      !((t.flags & COMMON) !== 0 && opensClause(lower, t)) &&
      !(MONTHS.has(lower.slice(t.start, t.end)) && usedAsMonth(text, lower, t))
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

/**
 * The words of every multi-word name found, of every one-word name a strong cue in a sentence gives
 * ("this is Zoltan ... Thanks, Zoltan"), and of every one-word speaker label taken for a name ("Yaw: ok"), longer than two letters and not ordinary words; null when there are none,
 * so a text without such a name allocates nothing.
 */
function nameParts(found: readonly Finding[], text: string, lower: string): NameParts | null {
  let parts: NameParts | null = null;
  for (const f of found) {
    // "I'm StubHaven's virtual assistant": a possessive after the cue names what the speaker is, not who.
    const full = hasSpace(text, f.start, f.end);
    if (
      !full &&
      !(spokenCueBefore(text, lower, f.start) && !possessiveAt(text, f.end)) &&
      !(atLineStart(text, f.start) && speakerTailAt(text, f.end))
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
      // A part that is also an ordinary word counts when it is a given name in a full name ("Joy Lindholm ...
      // Added Joy"); one word said after a cue ("this is Grace") leaves "Grace period" alone.
      const flags = i - start > 2 && comparable ? flagsAt(lower, start, i) : COMMON;
      if ((flags & COMMON) === 0 || ((flags & FIRST) !== 0 && full)) {
        parts ??= new NameParts();
        parts.add(lower, start, i);
      }
    }
  }
  return parts;
}

/** Words before a month said as one: "until June", "on June 10", "in early June". */
const MONTH_LEADS =
  /(?:^|[^a-z])(?:in|on|by|until|till|since|of|from|next|last|this|early|late|mid|tue|wed|thu|fri|sat|sun|mon)\.? $/;

/** "June 2", "June, 2024", "until June": a given name that is a month, used as the month. */
function usedAsMonth(text: string, lower: string, t: NameToken): boolean {
  return numberAfter(text, t.end) || MONTH_LEADS.test(lower.slice(Math.max(0, t.start - 7), t.start));
}

/** Words that follow a modal or an imperative, never a name as a sentence's subject ("Will you", "Grant the"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'you',
  'i',
  'we',
  'they',
  'he',
  'she',
  'it',
  'the',
  'a',
  'an',
  'your',
  'my',
  'our',
  'this',
  'that',
  'these',
  'those',
  'me',
  'us',
  'them',
  'him',
  'her',
  'be',
  'not',
  'to',
  'all',
  'any',
  'some',
  'access',
  'do',
]);

/**
 * "Will you ...", "Grant the tech access": a given name that is also a word, opening a sentence before one of
 * these, is the word.
 */
function opensClause(lower: string, t: NameToken): boolean {
  let b = t.start - 1;
  while (b >= 0 && lower.charCodeAt(b) === 32) b--;
  const before = b < 0 ? 10 : lower.charCodeAt(b);
  if (before !== 10 && before !== 46 && before !== 33 && before !== 63 && before !== 58 && before !== 34)
    return false;
  return CLAUSE_WORDS.has(spacedWordAfter(lower, t.end));
}

/**
 * Whether a strong cue said in a sentence ("this is", "I'm") stands before `start`: a field label's value
 * ("From: HomePro") may as well be a firm's.
 */
function spokenCueBefore(text: string, lower: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && lower.charCodeAt(at) === 32) at--;
  return lower.charCodeAt(at) !== 58 && (cueBefore(lower, start) === 'strong' || relationBefore(text, start));
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
