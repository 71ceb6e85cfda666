import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Names in Hebrew, Georgian, Lao and Khmer, scripts without capitals, read after the words that introduce a person: "my
 * name is" ("שמי", "მე მქვია", "ຂ້ອຍຊື່", "ខ្ញុំឈ្មោះ"), "here is" ("כאן"), titles ("ქალბატონო", madam; "លោក", Mr),
 * relations ("אשתו", his wife; "ຜົວ", husband), a record's fields ("נציגה:", agent; "לקוח:", customer), and where a
 * script's own patterns put a name: an agent in brackets before a chat's colon, a letter's writer after its thanks.
 * A name is one word, or two when the second closes the phrase (a comma, a full stop, the line's end) or the pair
 * looks like a family name and a given one ("-ძე", "-შვილი"; Khmer's family names, which come first).
 */

interface Script {
  /** Whether a text holds the script at all. */
  readonly present: RegExp;
  /** A name's word, sticky. */
  readonly word: RegExp;
  /** Cues after which the name must be closed by punctuation (a record's fields), and cues after which it need not. */
  readonly fieldCues: RegExp | null;
  readonly cues: RegExp;
  /** Patterns whose first group is a name of one or two words: "Summit Ridge (ლევანი):". */
  readonly named: readonly RegExp[];
  readonly stop: ReadonlySet<string>;
  /** Whether two words read after a cue are one name whatever follows them. */
  readonly familyPair: (first: string, second: string) => boolean;
}

const CLOSES = /^(?:$|[,.!?;:)\n\u05c3\u17d4]| [—–(-]| ?\u0964)/;
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const GEORGIAN_FAMILY_ENDING = /(?:ძე|შვილი|ია|ავა|ური|ანი|ელი|ული)$/;
/** Common Khmer family names, which a given name follows after a space ("គឹម សុខា"). */
const KHMER_FAMILY_NAMES = words(
  'គឹម ហេង ស៊ុន កែវ ពៅ ចាន់ សុខ លី ម៉ៅ ឈឹម សៅ ញឹម ខៀវ ស៊ឹម ទេព អ៊ុំ ប៊ុន ជា យឹម ម៉ម ហ៊ុន ឡាយ អ៊ុក ពេជ្រ នៅ ឈួន សេង ថាច់ ចេង ភួង អ៊ឹម សំ ហួត ម៉ែន ឃុន ទូច នួន ប្រាក់ មាស វង្ស ជួន ស៊ាន ទិត្យ',
);

const SCRIPTS: readonly Script[] = [
  {
    present: /[\u05d0-\u05ea]/,
    word: /[\u05d0-\u05ea\u05f3]+(?:-[\u05d0-\u05ea]+)?/y,
    fieldCues: /(?:^|\n|[\s|] ?)(?:נציג|נציגה|לקוח|לקוחה|שם מלא|שם|פונה|מאת) ?: ?/g,
    cues: /(?<![\u05d0-\u05ea])(?:שמי|קוראים לי|כאן|מדבר|מדברת|על שם|אשתו,?|בעלה,?|אשתי|בעלי|הבת שלי|הבן שלי|תודה) /g,
    named: [/\(([\u05d0-\u05ea]{2,12})\):/g],
    stop: words(
      'לא כן נכון ואני היי אה אוקיי רגע טוב בסדר סליחה זה זו אני אתה את הוא היא אנחנו הם שלום תודה רבה מה מי איך למה אפשר יש אין רק גם עוד כבר צריך רוצה רציתי ביקשתי הלקוח הנציג ממחלקת מהמוקד',
    ),
    familyPair: () => false,
  },
  {
    present: /[\u10d0-\u10fa]/,
    word: /[\u10d0-\u10fa]+/y,
    fieldCues: /(?:^|\n)(?:სახელი|გვარი|კლიენტი|აგენტი) ?: ?/g,
    cues: /(?<![\u10d0-\u10fa])(?:მე მქვია|მქვია|ქალბატონო|ბატონო|ქმარი —|ქმარი|ცოლი —|ცოლი|გამარჯობა,|მე) /g,
    named: [/\(([\u10d0-\u10fa]{2,14})\):/g],
    stop: words(
      'გამარჯობა გამარჯობათ დიახ კარგი კარგით მადლობა ნახვამდის მე შენ ის ჩვენ თქვენ არა კი და თუ რომ ეს ეეე ეე ახალი მანქანის მანქანა ძალიან მინდა ვარ ვართ გისმენთ',
    ),
    familyPair: (_, second) => GEORGIAN_FAMILY_ENDING.test(second),
  },
  {
    present: /[\u0e80-\u0eff]/,
    word: /[\u0e80-\u0ecd]+/y,
    fieldCues: /(?:^|\n)(?:ຊື່|ນາມສະກຸນ|ລູກຄ້າ) ?: ?/g,
    cues: /(?:ຂ້ອຍຊື່|ຂ້ອຍຊື່ວ່າ|ຊື່|ເອື້ອຍ|ອ້າຍ|ນ້ອງ|ຜົວ|ເມຍ|ແມ່|ພໍ່|ລູກສາວ|ລູກຊາຍ|ທ້າວ|ນາງ|ທ່ານ) /g,
    named: [/\(([\u0e80-\u0ecd]{2,14})\):/g],
    stop: words('ຂ້ອຍ ເຈົ້າ ຈາກ ແລະ ຫຼື ບໍ່ ແມ່ນ ມີ ໄດ້ ຈະ ທີ່ ຂອງ ໃຫ້ ເປັນ ຢູ່ ແລ້ວ ຫຍັງ ໝໍ'),
    familyPair: () => false,
  },
  {
    present: /[\u1780-\u17ff]/,
    word: /[\u1780-\u17d3\u17dd]+/y,
    fieldCues: null,
    // "my name is" may run on into the name; a title, a role or a relation is parted from it by a space, or it is a
    // word's part ("របស់លោក", "your").
    cues: /(?:ខ្ញុំឈ្មោះ|ឈ្មោះ) ?|(?:លោកស្រី|អ្នកស្រី|លោក|ភ្នាក់ងារ|ប្រពន្ធខ្ញុំ|ប្តីខ្ញុំ|ប្ដីខ្ញុំ|កូនប្រុសខ្ញុំ|កូនស្រីខ្ញុំ|ម្តាយខ្ញុំ|ម្ដាយខ្ញុំ|ឪពុកខ្ញុំ|From:|ពី:) /g,
    named: [
      // A letter's writer alone on the line after its thanks; a reply's writer before their firm ("ពៅ ចាន់ថា, CrestLink").
      /(?:អរគុណច្រើន|អរគុណ|ដោយក្តីគោរព)[!,។]?\n([\u1780-\u17d3\u17dd]+(?: [\u1780-\u17d3\u17dd]+)?)(?=\n|$)/g,
      /(?:^|\n)(?:> )?([\u1780-\u17d3\u17dd]+ [\u1780-\u17d3\u17dd]+), [A-Z]/g,
    ],
    stop: words('អ្នក គណនី របស់ ខ្ញុំ មកពី និង នឹង បាន ជា គឺ នេះ នោះ ត្រូវ សូម ដែល ហើយ'),
    familyPair: (first) => KHMER_FAMILY_NAMES.has(first),
  },
];

/** Adds the Hebrew, Georgian, Lao and Khmer names of `text` to `out`. */
export function cueScriptNames(text: string, out: Finding[]): void {
  for (const script of SCRIPTS) {
    if (!script.present.test(text)) continue;
    for (const [pattern, closed] of [
      [script.fieldCues, true],
      [script.cues, false],
    ] as const) {
      if (pattern === null) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const start = m.index + m[0].length;
        const end = nameEnd(text, start, script);
        if (end > start && (!closed || CLOSES.test(text.slice(end, end + 3))))
          out.push(finding(start, end, 'PERSON', 0.75, 'person/script'));
      }
    }
    for (const pattern of script.named) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const name = m[1] as string;
        if (name.split(' ').some((w) => script.stop.has(w))) continue;
        const start = m.index + m[0].indexOf(name);
        out.push(finding(start, start + name.length, 'PERSON', 0.75, 'person/script'));
      }
    }
  }
}

/** Where the name read from `start` ends, or `start`: one word, or two when the second closes it or they pair as a name. */
function nameEnd(text: string, start: number, script: Script): number {
  const first = wordAt(text, start, script);
  if (first === null) return start;
  const end = start + first.length;
  if (text.charCodeAt(end) !== 32) return end;
  const second = wordAt(text, end + 1, script);
  if (second === null) return end;
  const secondEnd = end + 1 + second.length;
  return script.familyPair(first, second) || CLOSES.test(text.slice(secondEnd, secondEnd + 3))
    ? secondEnd
    : end;
}

function wordAt(text: string, at: number, script: Script): string | null {
  script.word.lastIndex = at;
  const word = script.word.exec(text)?.[0];
  return word === undefined || word.length < 2 || word.length > 16 || script.stop.has(word) ? null : word;
}
