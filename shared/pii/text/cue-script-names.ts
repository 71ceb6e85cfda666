import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Names in Hebrew, Georgian and Lao, scripts without capitals, read after the words that introduce a person: "my name
 * is" ("שמי", "მე მქვია", "ຂ້ອຍຊື່"), "here is" ("כאן"), titles ("ქალბატონო", madam), relations ("אשתו", his wife; "ຜົວ",
 * husband), a record's fields ("נציגה:", agent; "לקוח:", customer) and an agent named in brackets before a chat's colon.
 * A name is one word, or two when the second closes the phrase (a comma, a full stop, the line's end) or ends as the
 * language's family names do ("-ძე", "-შვილი").
 */

interface Script {
  /** Whether a text holds the script at all. */
  readonly present: RegExp;
  /** A name's word, sticky. */
  readonly word: RegExp;
  /** Cues after which the name must be closed by punctuation (a record's fields), and cues after which it need not. */
  readonly fieldCues: RegExp;
  readonly cues: RegExp;
  /** "Summit Ridge (ლევანი):": one word in brackets before the colon. */
  readonly bracketed: RegExp;
  readonly stop: ReadonlySet<string>;
  readonly familyEnding: RegExp | null;
}

const CLOSES = /^(?:$|[,.!?;:)\n\u05c3]| [—–(-]| ?\u0964)/;

const SCRIPTS: readonly Script[] = [
  {
    present: /[\u05d0-\u05ea]/,
    word: /[\u05d0-\u05ea\u05f3]+(?:-[\u05d0-\u05ea]+)?/y,
    fieldCues: /(?:^|\n|[\s|] ?)(?:נציג|נציגה|לקוח|לקוחה|שם מלא|שם|פונה|מאת) ?: ?/g,
    cues: /(?<![\u05d0-\u05ea])(?:שמי|קוראים לי|כאן|מדבר|מדברת|על שם|אשתו,?|בעלה,?|אשתי|בעלי|הבת שלי|הבן שלי|תודה) /g,
    bracketed: /\(([\u05d0-\u05ea]{2,12})\):/g,
    stop: new Set(
      'לא כן נכון ואני היי אה אוקיי רגע טוב בסדר סליחה זה זו אני אתה את הוא היא אנחנו הם שלום תודה רבה מה מי איך למה אפשר יש אין רק גם עוד כבר צריך רוצה רציתי ביקשתי הלקוח הנציג ממחלקת מהמוקד'.split(
        ' ',
      ),
    ),
    familyEnding: null,
  },
  {
    present: /[\u10d0-\u10fa]/,
    word: /[\u10d0-\u10fa]+/y,
    fieldCues: /(?:^|\n)(?:სახელი|გვარი|კლიენტი|აგენტი) ?: ?/g,
    cues: /(?<![\u10d0-\u10fa])(?:მე მქვია|მქვია|ქალბატონო|ბატონო|ქმარი —|ქმარი|ცოლი —|ცოლი|გამარჯობა,|მე) /g,
    bracketed: /\(([\u10d0-\u10fa]{2,14})\):/g,
    stop: new Set(
      'გამარჯობა გამარჯობათ დიახ კარგი კარგით მადლობა ნახვამდის მე შენ ის ჩვენ თქვენ არა კი და თუ რომ ეს ეეე ეე ახალი მანქანის მანქანა ძალიან მინდა ვარ ვართ გისმენთ'.split(
        ' ',
      ),
    ),
    familyEnding: /(?:ძე|შვილი|ია|ავა|ური|ანი|ელი|ული|ძე)$/,
  },
  {
    present: /[\u0e80-\u0eff]/,
    word: /[\u0e80-\u0ecd]+/y,
    fieldCues: /(?:^|\n)(?:ຊື່|ນາມສະກຸນ|ລູກຄ້າ) ?: ?/g,
    cues: /(?:ຂ້ອຍຊື່|ຂ້ອຍຊື່ວ່າ|ຊື່|ເອື້ອຍ|ອ້າຍ|ນ້ອງ|ຜົວ|ເມຍ|ແມ່|ພໍ່|ລູກສາວ|ລູກຊາຍ|ທ້າວ|ນາງ|ທ່ານ) /g,
    bracketed: /\(([\u0e80-\u0ecd]{2,14})\):/g,
    stop: new Set('ຂ້ອຍ ເຈົ້າ ຈາກ ແລະ ຫຼື ບໍ່ ແມ່ນ ມີ ໄດ້ ຈະ ທີ່ ຂອງ ໃຫ້ ເປັນ ຢູ່ ແລ້ວ ຫຍັງ ໝໍ'.split(' ')),
    familyEnding: null,
  },
];

/** Adds the Hebrew, Georgian and Lao names of `text` to `out`. */
export function cueScriptNames(text: string, out: Finding[]): void {
  for (const script of SCRIPTS) {
    if (!script.present.test(text)) continue;
    for (const [pattern, closed] of [
      [script.fieldCues, true],
      [script.cues, false],
    ] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const start = m.index + m[0].length;
        const end = nameEnd(text, start, script);
        if (end > start && (!closed || CLOSES.test(text.slice(end, end + 3))))
          out.push(finding(start, end, 'PERSON', 0.75, 'person/script'));
      }
    }
    script.bracketed.lastIndex = 0;
    for (let m = script.bracketed.exec(text); m !== null; m = script.bracketed.exec(text)) {
      const name = m[1] as string;
      if (!script.stop.has(name))
        out.push(finding(m.index + 1, m.index + 1 + name.length, 'PERSON', 0.75, 'person/script'));
    }
  }
}

/** Where the name read from `start` ends, or `start`: one word, or two when the second closes it or is a family name. */
function nameEnd(text: string, start: number, script: Script): number {
  const first = wordAt(text, start, script);
  if (first === null) return start;
  const end = start + first.length;
  if (text.charCodeAt(end) !== 32) return end;
  const second = wordAt(text, end + 1, script);
  if (second === null) return end;
  const secondEnd = end + 1 + second.length;
  const familyName = script.familyEnding?.test(second) === true;
  return familyName || CLOSES.test(text.slice(secondEnd, secondEnd + 3)) ? secondEnd : end;
}

function wordAt(text: string, at: number, script: Script): string | null {
  script.word.lastIndex = at;
  const word = script.word.exec(text)?.[0];
  return word === undefined || word.length < 2 || word.length > 16 || script.stop.has(word) ? null : word;
}
