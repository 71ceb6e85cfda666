import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Names in Khmer, whose script has no capitals and sets words apart by spaces only around names: after "my name is"
 * ("ខ្ញុំឈ្មោះ"), or after a space that follows a title ("លោក", "លោកស្រី", "អ្នកស្រី"), an agent's role ("ភ្នាក់ងារ") or a relation ("ប្រពន្ធខ្ញុំ", my wife);
 * alone on a letter's last line after its thanks; before the sender's address in an e-mail's "From:". A given name
 * is one word; a common family name is followed by the given name ("គឹម សុខា").
 */

const WORD = /[\u1780-\u17d3\u17dd]+/y;
const KHMER = /[\u1780-\u17ff]/;
const CUE =
  /(?:ខ្ញុំឈ្មោះ|ឈ្មោះ) ?|(?:លោកស្រី|អ្នកស្រី|លោក|ភ្នាក់ងារ|ប្រពន្ធខ្ញុំ|ប្តីខ្ញុំ|ប្ដីខ្ញុំ|កូនប្រុសខ្ញុំ|កូនស្រីខ្ញុំ|ម្តាយខ្ញុំ|ម្ដាយខ្ញុំ|ឪពុកខ្ញុំ|From:|ពី:) /g;
const SIGNED =
  /(?:អរគុណច្រើន|អរគុណ|ដោយក្តីគោរព)[!,។]?\n([\u1780-\u17d3\u17dd]+(?: [\u1780-\u17d3\u17dd]+)?)(?=\n|$)/g;
/** "ពៅ ចាន់ថា, CrestLink": a reply's writer and their firm. */
const WRITER_AND_FIRM = /(?:^|\n)(?:> )?([\u1780-\u17d3\u17dd]+ [\u1780-\u17d3\u17dd]+), [A-Z]/g;

/** Common Khmer family names, which a given name follows after a space. */
const SURNAMES: ReadonlySet<string> = new Set(
  'គឹម ហេង ស៊ុន កែវ ពៅ ចាន់ សុខ លី ម៉ៅ ឈឹម សៅ ញឹម ខៀវ ស៊ឹម ទេព អ៊ុំ ប៊ុន ជា យឹម ម៉ម ហ៊ុន ឡាយ អ៊ុក ពេជ្រ នៅ ឈួន សេង ថាច់ ចេង ភួង អ៊ឹម សំ ហួត ម៉ែន ឃុន ទូច នួន ប្រាក់ មាស វង្ស ជួន ស៊ាន ទិត្យ'.split(
    ' ',
  ),
);
/** Words that follow a title or "name" and are no name: "លោក អ្នក" (sir), "ឈ្មោះ គណនី" (the account's name). */
const STOP: ReadonlySet<string> = new Set(
  'អ្នក គណនី របស់ ខ្ញុំ មកពី និង នឹង បាន ជា គឺ នេះ នោះ ត្រូវ សូម ដែល ហើយ'.split(' '),
);

/** Adds the Khmer names of `text` to `out`. */
export function khmerNames(text: string, out: Finding[]): void {
  if (!KHMER.test(text)) return;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const start = m.index + m[0].length;
    const end = nameEnd(text, start);
    if (end > start) out.push(finding(start, end, 'PERSON', 0.75, 'person/khmer'));
  }
  for (const pattern of [SIGNED, WRITER_AND_FIRM]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const name = m[1] as string;
      if (name.split(' ').some((w) => STOP.has(w))) continue;
      const start = m.index + m[0].indexOf(name);
      out.push(finding(start, start + name.length, 'PERSON', 0.75, 'person/khmer'));
    }
  }
}

/** Where the name read from `start` ends: one word, or a family name and the given name after it. */
function nameEnd(text: string, start: number): number {
  WORD.lastIndex = start;
  const first = WORD.exec(text);
  if (first === null || first[0].length > 14 || STOP.has(first[0])) return start;
  const end = start + first[0].length;
  if (!SURNAMES.has(first[0]) || text.charCodeAt(end) !== 32) return end;
  WORD.lastIndex = end + 1;
  const second = WORD.exec(text);
  return second === null || STOP.has(second[0]) || second[0].length > 14 ? end : end + 1 + second[0].length;
}
