import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Punjabi names, in Gurmukhi and in the Latin letters of a transcript. Sikh names carry "ਸਿੰਘ" / "singh" or "ਕੌਰ" /
 * "kaur" after the given name ("ਕੁਲਦੀਪ ਸਿੰਘ ਬਰਾੜ", "balwinder kaur dhillon"), which marks a person wherever it stands.
 * Other Gurmukhi names are read after what introduces them: a speaker's field ("ਨਰਸ: ", "ਕਾਲਰ: "), a relation ("ਧੀ",
 * "ਨੂੰਹ"), a chat's bracketed agent, or before the honorific "ਜੀ" after a greeting ("ਜੀ ਹਰਪ੍ਰੀਤ ਜੀ"), closed by a
 * postposition, a verb or a mark.
 */

const GURMUKHI = /[\u0a00-\u0a7f]/;
/** A Gurmukhi word: letters and vowel signs, up to the danda or a space. */
const WORD = '[\\u0a01-\\u0a63\\u0a70-\\u0a75]+';
const WORD_AT = new RegExp(WORD, 'y');
const NOT_LETTER_BEFORE = '(?:^|[^\\u0a00-\\u0a7f])';

/** Singh and Kaur, then the surname if one follows (not a postposition). Global for its scan. */
const SIKH_NAME = new RegExp(`${NOT_LETTER_BEFORE}(${WORD}) (ਸਿੰਘ|ਕੌਰ)(?= |$|[^\\u0a00-\\u0a7f])`, 'g');
/** What follows a name, never part of it: postpositions, "ਜੀ", verbs and conjunctions. */
const CLOSERS: ReadonlySet<string> = new Set([
  'ਹੈ',
  'ਹਾਂ',
  'ਹਨ',
  'ਸੀ',
  'ਨੂੰ',
  'ਦਾ',
  'ਦੀ',
  'ਦੇ',
  'ਨਾਲ',
  'ਤੋਂ',
  'ਜੀ',
  'ਨੇ',
  'ਵਿੱਚ',
  'ਤੇ',
  'ਅਤੇ',
  'ਵੀ',
  'ਕੀ',
  'ਲਿਖ',
  'ਬੋਲ',
  'ਜਾਂ',
  'ਦਿਓ',
]);
/** Fields, relations and a chat agent's bracket before a name; the words after are read up to a closer. */
const CUE = new RegExp(
  `(?:(?:^|\\n|\\| )(?:ਨਰਸ|ਕਾਲਰ|ਮਰੀਜ਼|ਮਰੀਜ|ਏਜੰਟ|ਨਾਮ|ਗਾਹਕ): |${NOT_LETTER_BEFORE}(?:ਧੀ|ਪੁੱਤਰ|ਪੁੱਤ|ਨੂੰਹ|ਘਰਵਾਲੇ|ਘਰਵਾਲੀ|ਪਤਨੀ|ਪਤੀ|ਭਰਾ|ਭੈਣ|ਬੇਟੀ|ਬੇਟਾ|ਮੇਰਾ ਨਾਮ) |\\((?=[\\u0a00-\\u0a7f]+\\):)|(?:^|\\s)ਜੀ (?=${WORD} ਜੀ))`,
  'g',
);
/** "balwinder kaur dhillon", "gurpreet singh": in Latin letters, a given name before Kaur or Singh. */
const LATIN_SIKH_NAME = /(?<![a-z])([a-z]{3,14}) (?:kaur|singh)(?: ([a-z]{3,14}))?(?![a-z])/g;
/** Words that stand before "singh" in prose and are no given name: "mr singh", "dr singh", "is singh". */
const NOT_GIVEN: ReadonlySet<string> = new Set([
  'the',
  'and',
  'mrs',
  'miss',
  'sir',
  'doctor',
  'with',
  'for',
  'from',
  'this',
  'was',
  'called',
  'named',
  'ask',
  'tell',
  'ji',
]);
/** Words after "kaur" or "singh" that go on with the sentence, not a surname. */
const NOT_SURNAME: ReadonlySet<string> = new Set([
  'ji',
  'bol',
  'here',
  'and',
  'the',
  'from',
  'calling',
  'speaking',
  'said',
  'called',
  'will',
  'was',
  'has',
  'is',
  'are',
  'can',
  'for',
  'with',
  'who',
  'about',
  'again',
  'today',
  'this',
  'that',
]);

/** Adds the Punjabi names of `text` (its lower-cased form `lower`) to `out`. */
export function punjabiNames(text: string, lower: string, out: Finding[]): void {
  if (lower.includes('kaur') || lower.includes('singh')) latinSikhNames(lower, out);
  if (!GURMUKHI.test(text)) return;
  SIKH_NAME.lastIndex = 0;
  for (let m = SIKH_NAME.exec(text); m !== null; m = SIKH_NAME.exec(text)) {
    const given = m[1] as string;
    if (CLOSERS.has(given)) continue;
    const middleEnd = m.index + m[0].length;
    const start = middleEnd - (m[2] as string).length - 1 - given.length;
    const end = text.charCodeAt(middleEnd) === 32 ? nameEnd(text, middleEnd + 1, 1, middleEnd) : middleEnd;
    out.push(finding(start, end, 'PERSON', 0.8, 'person/punjabi'));
  }
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const start = m.index + m[0].length;
    const end = nameEnd(text, start, 3, start);
    if (end > start) out.push(finding(start, end, 'PERSON', 0.75, 'person/punjabi'));
  }
}

/** Where a name of at most `most` words read from `from` ends: at a closer, a mark or the line's end; `fallback` when none is read. */
function nameEnd(text: string, from: number, most: number, fallback: number): number {
  let end = fallback;
  let pos = from;
  for (let words = 0; words < most; words++) {
    WORD_AT.lastIndex = pos;
    const w = WORD_AT.exec(text);
    if (w === null || CLOSERS.has(w[0])) break;
    end = pos + w[0].length;
    if (text.charCodeAt(end) !== 32) break;
    pos = end + 1;
  }
  return end;
}

function latinSikhNames(lower: string, out: Finding[]): void {
  LATIN_SIKH_NAME.lastIndex = 0;
  for (let m = LATIN_SIKH_NAME.exec(lower); m !== null; m = LATIN_SIKH_NAME.exec(lower)) {
    const given = m[1] as string;
    if (NOT_GIVEN.has(given)) continue;
    const surname = m[2];
    let end = m.index + m[0].length;
    if (surname !== undefined && NOT_SURNAME.has(surname)) end -= surname.length + 1;
    out.push(finding(m.index, end, 'PERSON', 0.75, 'person/punjabi'));
    // The next name may open with the surname's word ("... kaur dhillon singh"): read on from the middle name.
    if (surname !== undefined && NOT_SURNAME.has(surname)) LATIN_SIKH_NAME.lastIndex = end;
  }
}
