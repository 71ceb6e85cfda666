import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Names in Hindi written in Devanagari, which has no capitals to find them by: the words after what introduces a
 * person — "मेरा नाम" ("my name is"), a relation ("मेरे बेटे", "मेरी पत्नी"), a title ("श्री", "डॉ."), a speaker's
 * role field ("एजेंट: ", "कॉलर: ") — up to the word that closes them. Hindi closes a name with a postposition or a
 * verb ("... है", "... को", "... के नंबर"), so a name counts only where such a word or a mark ends it.
 */

/** A Devanagari word: its letters, vowel signs and nukta, without the danda that ends a sentence. */
const WORD = '[\\u0900-\\u0963\\u0966-\\u097f]+';
const NOT_LETTER_BEFORE = '(?:^|[^\\u0900-\\u097f])';
/**
 * "है", "हूँ", "को", "का", "की", "के", "से", "ने", "में", "पर", "और", "जी": what follows a name, never part of it; and
 * question and pointing words ("मेरा नाम क्या है?"), which stand where a name would.
 */
const CLOSERS: ReadonlySet<string> = new Set([
  'है',
  'हैं',
  'हूँ',
  'हूं',
  'था',
  'थी',
  'को',
  'का',
  'की',
  'के',
  'से',
  'ने',
  'में',
  'पर',
  'और',
  'जी',
  'बोल',
  'बात',
  'क्या',
  'कौन',
  'यह',
  'वह',
  'नहीं',
  'भी',
  'तो',
  'ही',
  // Nepali: "... लाई पेज गरियो", "... ले पनि", "... बोल्दैछु", "... हुँ".
  'लाई',
  'ले',
  'बोल्दैछु',
  'हुँ',
  'हो',
  'अंग्रेजी',
]);

const CUES: ReadonlyArray<{ pattern: RegExp; score: number; words: number; field: boolean }> = [
  // "मेरा नाम सुनीता मिश्रा है", "नाम: ...": a name given outright.
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:मेरा नाम|नाम है|नाम:) ?`, 'g'),
    score: 0.8,
    words: 3,
    field: false,
  },
  // "मेरे बेटे अंकित मिश्रा को", "मेरी पत्नी सरिता के नंबर", "ग्राहक की बेटी नेहा का ईमेल": a relative named after the relation.
  {
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}(?:बेटे|बेटी|बेटा|पत्नी|पति|भाई|बहन|माँ|मां|पिता|पिताजी|दादी|दादा|नानी|नाना|छोरी|छोरा|श्रीमान|प्राविधिक) `,
      'g',
    ),
    score: 0.7,
    words: 2,
    field: false,
  },
  // "ग्राहक सुरेश कुमार त्रिपाठी ने कॉल किया": the customer, named before the postposition that closes the name.
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:ग्राहक|कॉलर) `, 'g'),
    score: 0.7,
    words: 3,
    field: false,
  },
  // "श्री राजेश", "श्रीमती सुनीता", "डॉ. वर्मा": titles.
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:श्री|श्रीमती|सुश्री|डॉ\\.|डॉक्टर) ?`, 'g'),
    score: 0.8,
    words: 3,
    field: false,
  },
  // "एजेंट: सुनीता राठौर", "कॉलर: राजेश मल्होत्रा, खाताधारक", "| एजेंट: अनन्या मेहरा": a speaker's role field holding a
  // name alone, opening its line or a header's cell.
  {
    pattern: /(?:^|\n|\| +)(?:एजेंट|एजेन्ट|कॉलर|कलर|ग्राहक|मरीज़|मरीज|आगंतुक|प्रतिनिधि|बासिन्दा): /g,
    score: 0.8,
    words: 3,
    field: true,
  },
];
const WORD_AT = new RegExp(WORD, 'y');
/**
 * Nepali speakers naming themselves: "नमस्ते! म प्रकाश थापा।", "म दिपेश राई बोल्दैछु" (this is ... speaking). "म" alone is
 * "I" before anything, so a greeting before it or "बोल्दैछु" after the name must say it is a name.
 */
const NEPALI_SELF = new RegExp(
  `(?:(?:नमस्ते|नमस्कार)[!,।]? म (${WORD}(?: ${WORD})?)(?=।| हुँ)|${NOT_LETTER_BEFORE}म (${WORD}(?: ${WORD}){0,2}) बोल्दैछु)`,
  'g',
);
/** "धन्यवाद,\nअमिताभ वर्मा": a letter's sign-off, then the writer's name alone on its line. */
const SIGN_OFF = new RegExp(`(?:धन्यवाद|सादर|शुभकामनाओं सहित),?\\n(${WORD}(?: ${WORD}){0,2})(?=\\n|$)`, 'g');
const DEVANAGARI = /[\u0900-\u097f]/;

/** Adds the Devanagari names in `text` to `out`. */
export function devanagariNames(text: string, out: Finding[]): void {
  if (!DEVANAGARI.test(text)) return;
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(text); m !== null; m = cue.pattern.exec(text)) {
      const start = m.index + m[0].length;
      const end = nameEnd(text, start, cue.words, cue.field);
      if (end > start) out.push(finding(start, end, 'PERSON', cue.score, 'person/devanagari'));
    }
  }
  NEPALI_SELF.lastIndex = 0;
  for (let m = NEPALI_SELF.exec(text); m !== null; m = NEPALI_SELF.exec(text)) {
    const name = (m[1] ?? m[2]) as string;
    const start = m.index + m[0].indexOf(` ${name}`) + 1;
    out.push(finding(start, start + name.length, 'PERSON', 0.8, 'person/devanagari'));
  }
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(text); m !== null; m = SIGN_OFF.exec(text)) {
    const name = m[1] as string;
    if (name.split(' ').some((w) => CLOSERS.has(w))) continue;
    const start = m.index + m[0].length - name.length;
    out.push(finding(start, start + name.length, 'PERSON', 0.7, 'person/devanagari'));
  }
}

/**
 * Where the name of at most `most` words from `start` ends, or `start` when none is closed there: by a closing word,
 * a mark, a bracket or the line's end; a field's name only by a comma, a bracket or the line's end.
 */
function nameEnd(text: string, start: number, most: number, field: boolean): number {
  let end = start;
  let words = 0;
  for (let pos = start; words < most; ) {
    WORD_AT.lastIndex = pos;
    const w = WORD_AT.exec(text);
    if (w === null || CLOSERS.has(w[0])) break;
    end = pos + w[0].length;
    words++;
    if (text.charCodeAt(end) !== 32) break;
    pos = end + 1;
  }
  if (words === 0) return start;
  const after = text.charCodeAt(end);
  const lineEnd = end === text.length || after === 10 || after === 13;
  if (field) return lineEnd || after === 44 || text.startsWith(' (', end) ? end : start;
  if (
    lineEnd ||
    after === 44 ||
    after === 0x964 ||
    after === 46 ||
    after === 40 ||
    text.startsWith(' (', end)
  )
    return end;
  WORD_AT.lastIndex = end + 1;
  const next = after === 32 ? WORD_AT.exec(text) : null;
  return next !== null && CLOSERS.has(next[0]) ? end : start;
}
