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
  const taken = new Set(out.map((f) => f.start));
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (taken.has(at) || isAsciiLetter(text.charCodeAt(at - 1)) || isAsciiLetter(text.charCodeAt(end)))
        continue;
      if (!ADDRESS_WORDS.has(addressBefore(lower, at)) || NOT_AFTER_NAME.has(spacedWordAfter(lower, end)))
        continue;
      out.push(finding(at, end, 'PERSON', 0.7, 'person'));
      taken.add(at);
    }
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
