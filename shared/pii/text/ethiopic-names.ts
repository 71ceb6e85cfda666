import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Names in Amharic, written in Ethiopic script, which has no capitals to find them by: the words after "ስሜ" ("my
 * name"), "እኔ" ("I"), a greeting ("ሰላም"), a relation ("እጮኛዬ", "ባለቤቴ", "ልጄ") or a role ("ሹፌሩ", the driver), a
 * priest's or a doctor's title ("አባ", "ዶክተር"), or a record's field ("ለጋሽ: ", the donor). Amharic closes a name with its verb ("... ይባላል", "... ነኝ", "... ነው") or a mark, so after
 * "my name" and "I" a name counts only where one of them ends it; after the others one word is taken.
 */

const WORD = '[\\u1200-\\u135a\\u1380-\\u139f]+';
const NOT_ETHIOPIC_BEFORE = '(?:^|[^\\u1200-\\u137f])';
/** "ይባላል" (is called), "እባላለሁ" (I am called), "ነኝ" (I am), "ነው" / "ናት" / "ነች" (is). */
const CLOSERS: ReadonlySet<string> = new Set(['ይባላል', 'ይባላሉ', 'እባላለሁ', 'ነኝ', 'ነው', 'ናት', 'ነች', 'ነበር']);
/** Ethiopic and Latin marks that end a clause: "፣", "።", "፤", "!", ",", ".". */
const MARKS: ReadonlySet<number> = new Set([0x1363, 0x1362, 0x1364, 33, 44, 46, 63]);

const CLOSED_CUES = new RegExp(`${NOT_ETHIOPIC_BEFORE}(?:ስሜ|እኔ|ስሟ|ስሙ) `, 'g');
const OPEN_CUES = new RegExp(`${NOT_ETHIOPIC_BEFORE}(?:ሰላም|እጮኛዬ|ባለቤቴ|ባለቤቷ|ልጄ|ሹፌሩ|አባ|ወ/ሮ|አቶ) `, 'g');
/** "ለጋሽ: አበበ ከበደ (D-1906648)", "አስተርጓሚ: መሰረት ገብሬ": a donor's, caller's or interpreter's field, the name filling it. */
const FIELD_CUES = /(?:^|\n)(?:ለጋሽ|ደዋይ|ደንበኛ|አስተርጓሚ|ታካሚ|ስም): /g;
/** "ለዶክተር ብርሃኑ ታደሰ", "ዶ/ር ብርሃኑ": a doctor's title, perhaps after "to". */
const DOCTOR = new RegExp(`${NOT_ETHIOPIC_BEFORE}(?:ለዶክተር|ዶክተር|ዶ/ር|ለዶ/ር) `, 'g');
const WORD_AT = new RegExp(WORD, 'y');
const ETHIOPIC = /[\u1200-\u137f]/;

/** Adds the Amharic names in `text` to `out`. */
export function ethiopicNames(text: string, out: Finding[]): void {
  if (!ETHIOPIC.test(text)) return;
  FIELD_CUES.lastIndex = 0;
  for (let m = FIELD_CUES.exec(text); m !== null; m = FIELD_CUES.exec(text)) {
    const start = m.index + m[0].length;
    const end = fieldNameEnd(text, start);
    if (end > start) out.push(finding(start, end, 'PERSON', 0.8, 'person/ethiopic'));
  }
  for (const [pattern, closed] of [
    [CLOSED_CUES, true],
    [OPEN_CUES, false],
    [DOCTOR, false],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index + m[0].length;
      const end = nameEnd(text, start, closed);
      if (end > start) out.push(finding(start, end, 'PERSON', 0.75, 'person/ethiopic'));
    }
  }
}

/**
 * Where the name from `start` ends, or `start` when none is there: up to two words before a closing verb or a mark; a
 * name that must be closed and is not is none, one that need not be is its first word.
 */
function nameEnd(text: string, start: number, closed: boolean): number {
  let end = start;
  for (let words = 0, pos = start; words < 2; words++) {
    WORD_AT.lastIndex = pos;
    const w = WORD_AT.exec(text);
    if (w === null || CLOSERS.has(w[0])) break;
    const wordEnd = pos + w[0].length;
    if (MARKS.has(text.charCodeAt(wordEnd))) return wordEnd;
    if (text.charCodeAt(wordEnd) !== 32) return closed ? start : wordEnd;
    WORD_AT.lastIndex = wordEnd + 1;
    const next = WORD_AT.exec(text);
    if (next !== null && CLOSERS.has(next[0])) return wordEnd;
    if (end === start) end = wordEnd;
    pos = wordEnd + 1;
  }
  return closed ? start : end;
}

/** Where a field's name from `start` ends: up to three words that fill the field to a bracket, a mark or the line's end. */
function fieldNameEnd(text: string, start: number): number {
  let pos = start;
  for (let words = 0; words < 3; words++) {
    WORD_AT.lastIndex = pos;
    const w = WORD_AT.exec(text);
    if (w === null || CLOSERS.has(w[0])) return start;
    const end = pos + w[0].length;
    const c = text.charCodeAt(end);
    if (Number.isNaN(c) || c === 10 || MARKS.has(c) || text.startsWith(' (', end)) return end;
    if (c !== 32) return start;
    pos = end + 1;
  }
  return start;
}
