import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isAsciiLetter, isAsciiLower } from './chars.ts';
import { spacedWordAfter, wordBefore } from './words.ts';

/**
 * "it's joy abernathy ... okay joy and your date of birth": speech-to-text writes names in lower case, and a
 * given name that is also a word ("joy", "will", "grace") is found only where a cue or a surname backs it.
 * Once the text has named someone so, the same word right after an address to them ("okay", "thanks", "hi")
 * names them again, unless what follows makes it a verb or a noun ("okay will you", "thanks grace period").
 */

/** Words a speaker addresses someone with just before their name. */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'okay',
  'ok',
  'thanks',
  'thank you',
  'hi',
  'hey',
  'hello',
  'alright',
  'perfect',
  'sure',
  'great',
  'bye',
  'sorry',
]);

/** Words after which the word before is a verb or part of a phrase ("will you", "hope that", "grant access"). */
const NOT_AFTER_NAME: ReadonlySet<string> = new Set([
  'you',
  'do',
  'be',
  'that',
  'it',
  'the',
  'a',
  'an',
  'to',
  'for',
  'this',
  'me',
  'us',
  'him',
  'her',
  'them',
  'we',
  'they',
  'he',
  'she',
  'i',
  'your',
  'my',
  'so',
  'period',
  'access',
]);

/** Adds to `out` the later mentions of the lower-case given names already found in it. */
export function lowerLaterMentions(text: string, lower: string, out: Finding[]): void {
  let names: Set<string> | null = null;
  for (const f of out) {
    if (!isAsciiLower(text.charCodeAt(f.start))) continue;
    let end = f.start;
    while (end < f.end && isAsciiLower(text.charCodeAt(end))) end++;
    if (end - f.start < 3) continue;
    names ??= new Set();
    names.add(text.slice(f.start, end));
  }
  if (names === null) return;
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (const name of names) {
    shortest = Math.min(shortest, name.length);
    longest = Math.max(longest, name.length);
  }
  const taken = new Set(out.map((f) => f.start));
  // One walk over the text's letter runs, not one search per name: a long export names hundreds of people,
  // and a search for each would make the time grow with their number times the text's length.
  for (let at = 0; at < text.length; ) {
    if (!isAsciiLetter(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (isAsciiLetter(text.charCodeAt(end))) end++;
    const length = end - at;
    if (
      length >= shortest &&
      length <= longest &&
      text.charCodeAt(at - 1) === 32 &&
      !taken.has(at) &&
      names.has(text.slice(at, end)) &&
      ADDRESS_WORDS.has(addressBefore(lower, at)) &&
      !NOT_AFTER_NAME.has(spacedWordAfter(lower, end))
    )
      out.push(finding(at, end, 'PERSON', 0.7, 'person'));
    at = end;
  }
}

/** The word right before `at`, after a space or a comma and a space, that may address someone, or "". */
function addressBefore(lower: string, at: number): string {
  if (lower.charCodeAt(at - 1) !== 32) return '';
  const comma = lower.charCodeAt(at - 2) === 44;
  if (!isAsciiLower(lower.charCodeAt(at - (comma ? 3 : 2)))) return '';
  const w = wordBefore(lower, at, comma ? 2 : 1);
  if (w === null) return '';
  return w.text === 'you' && lower.startsWith('thank ', w.start - 6) ? 'thank you' : w.text;
}
