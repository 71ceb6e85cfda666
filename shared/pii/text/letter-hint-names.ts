import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { COMMON, FIRST, flagsOf, NOT_NAME, SURNAME } from './word-flags.ts';

/**
 * "That's Abernathy with a y", "it's steven with a v": a word said with one of its letters, to tell a name's spelling
 * from its namesakes', is a name. The letter must be in the word; "without an h" says a letter is not, and is read
 * the same way only when the word lacks it. Global for its lastIndex scan.
 */
const WITH_A_LETTER = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]{2,24}) (with|without) an? ([a-z])(?![\p{L}\d'’-])/giu;

const CONTRACTION = /['’](?:s|t|re|ll|ve|d|m)$/;

/** Adds the names said with a letter of their spelling to `out`. */
export function letterHintNames(text: string, lower: string, out: Finding[]): void {
  if (!lower.includes(' with')) return;
  WITH_A_LETTER.lastIndex = 0;
  for (let m = WITH_A_LETTER.exec(text); m !== null; m = WITH_A_LETTER.exec(text)) {
    const start = m.index;
    const end = start + (m[1] as string).length;
    const word = (m[1] as string).toLowerCase();
    // "no it's with an i": a contraction stands for the name corrected, and a name found already stays as found.
    if (CONTRACTION.test(word) || out.some((f) => f.start < end && start < f.end)) continue;
    const letter = (m[3] as string).toLowerCase();
    if (word.includes(letter) !== ((m[2] as string).toLowerCase() === 'with')) continue;
    const flags = flagsOf(word);
    // "a plan with a b": an ordinary word is no name unless a list holds it as one too ("Grey with an e").
    if ((flags & NOT_NAME) !== 0 || ((flags & COMMON) !== 0 && (flags & (FIRST | SURNAME)) === 0)) continue;
    out.push(finding(start, end, 'PERSON', 0.7, 'person/letter-hint'));
  }
}
