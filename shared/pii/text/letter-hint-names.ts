import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isLetter } from './chars.ts';
import { COMMON, FIRST, flagsOf, NOT_NAME, SURNAME } from './word-flags.ts';

/**
 * "That's Abernathy with a y", "it's steven with a v": a word said with one of its letters, to tell a name's spelling
 * from its namesakes', is a name. The letter must be in the word; "without an h" says a letter is not, and is read
 * the same way only when the word lacks it.
 */

/** After the word: " with a y", " without an h", the letter standing alone. Sticky, tried at each " with". */
const LETTER_AFTER = /^ (with|without) an? ([a-z])(?![\p{L}\d'’-])/u;
const MIN_WORD = 3;
const MAX_WORD = 25;
const CONTRACTION = /['’](?:s|t|re|ll|ve|d|m)$/;

const isWordCode = (c: number): boolean => isLetter(c) || c === 39 || c === 0x2019 || c === 45;

/** Adds the names said with a letter of their spelling to `out`. */
export function letterHintNames(text: string, lower: string, out: Finding[]): void {
  // Each " with" is looked at where it stands: the word before it is read back from there, never the whole text.
  for (let at = lower.indexOf(' with'); at >= 0; at = lower.indexOf(' with', at + 5)) {
    const m = LETTER_AFTER.exec(lower.slice(at, at + 16));
    if (m === null) continue;
    let start = at;
    while (start > 0 && at - start <= MAX_WORD && isWordCode(text.charCodeAt(start - 1))) start--;
    const end = at;
    if (end - start < MIN_WORD || end - start > MAX_WORD || !isLetter(text.charCodeAt(start))) continue;
    const word = lower.slice(start, end);
    // "no it's with an i": a contraction stands for the name corrected, and a name found already stays as found.
    if (CONTRACTION.test(word) || out.some((f) => f.start < end && start < f.end)) continue;
    if (word.includes(m[2] as string) !== (m[1] === 'with')) continue;
    const flags = flagsOf(word);
    // "a plan with a b": an ordinary word is no name unless a list holds it as one too ("Grey with an e").
    if ((flags & NOT_NAME) !== 0 || ((flags & COMMON) !== 0 && (flags & (FIRST | SURNAME)) === 0)) continue;
    out.push(finding(start, end, 'PERSON', 0.7, 'person/letter-hint'));
  }
}
