import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Names in Persian (Farsi), whose script has no capitals: after a record's field ("کارشناس: ", "تماس‌گیرنده: ", "از: "),
 * a title ("دکتر", "آقای", "خانم"), a relation ("پسرم", "همسر"), the formal "I" of a letter ("اینجانب"), or before the
 * endearment "جان" after a greeting ("سلام سارا جان"). A given name is one word; a second joins it as a family name
 * when it ends in "ی" ("فرهاد موسوی", "لیلا فراهانی"), as most Persian family names do, or when the field closes there.
 */

/** Persian letters: the Arabic block's, with "پ", "چ", "ژ", "ک", "گ" and the Persian "ی". */
const LETTER = '[\\u0621-\\u064a\\u067e\\u0686\\u0698\\u06a9\\u06af\\u06cc]';
const WORD_AT = new RegExp(`${LETTER}+`, 'y');
/** Letters only Persian writes: a text without any holds no Persian line. */
const PERSIAN = /[\u067e\u0686\u0698\u06a9\u06af\u06cc]/;
const PERSIAN_ALL = new RegExp(PERSIAN.source, 'g');
const PERSIAN_TEXT_LETTERS = 5;

/**
 * Whether `text` is Persian: it holds a few of the letters only Persian writes. Its fields ("نام:", "تلفن همراه:") and
 * words ("لطفاً") are then not the Arabic speakers and cues arabic-names.ts reads; this module reads its names.
 */
export function isPersianText(text: string): boolean {
  PERSIAN_ALL.lastIndex = 0;
  let n = 0;
  while (PERSIAN_ALL.test(text)) if (++n >= PERSIAN_TEXT_LETTERS) return true;
  return false;
}
const NOT_LETTER_BEFORE = '(?:^|[^\\u0621-\\u064a\\u067e\\u0686\\u0698\\u06a9\\u06af\\u06cc\\u200c])';
const YEH = 0x6cc;
const MAX_WORD = 15;

/** Words that go on with the sentence, never part of a name. */
const STOP: ReadonlySet<string> = new Set([
  'و',
  'با',
  'به',
  'از',
  'در',
  'که',
  'را',
  'هم',
  'برای',
  'است',
  'بود',
  'شد',
  'ثبت',
  'گفت',
  'جان',
  'عزیز',
  'بیمار',
  'این',
  'آن',
  'من',
  'ما',
  'شما',
  'او',
  'نوبت',
  'تماس',
  'گرفت',
  'گرفتند',
  'هستم',
  'هست',
  'خیلی',
  'رو',
  'دوستمه',
  'خوشحال',
  'ناراحت',
  'نگران',
  'مطمئن',
  'منتظر',
  'متاسف',
  'متأسف',
  'مریض',
  'دانشجو',
  'مشتری',
  'اینجا',
  'الان',
  'هنوز',
  'فقط',
  'خودم',
  'همسرش',
]);

/** Field labels, titles and relations, and how many words of a name may follow each. */
const CUES: ReadonlyArray<{ pattern: RegExp; field: boolean }> = [
  // "کارشناس: شیرین طاهری |", "تماس‌گیرنده: فرهاد موسوی، بیمار جدید", "از: کاوه رحیمی <...>".
  {
    pattern:
      /(?:^|\n|\| |\[)(?:کارشناس|تماس‌گیرنده|تماس گیرنده|بیمار|مشتری|اپراتور|مشاور|نماینده|نام خانوادگی|نام و نام خانوادگی|نام کامل|نام|از|به|فرستنده|همسر|متقاضی) ?: ?/g,
    field: true,
  },
  // "دکتر نسرین جعفری", "آقای موسوی", "خانم طاهری"; "پسرم آرین", "همسرم"; "اینجانب کاوه رحیمی،".
  {
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}(?:دکتر|آقای|خانم|پسرم|دخترم|همسرم|همسر سابقم|شوهرم|مادرم|پدرم|برادرم|خواهرم|اینجانب|اسم من|اسمم|اسم من هم)(?: ?[،:] ?| )`,
      'g',
    ),
    field: false,
  },
];
/** "من شیرین صادقی هستم": "I", a name of one or two words, and "am". */
const I_AM = new RegExp(`${NOT_LETTER_BEFORE}من (${LETTER}{2,15}(?: ${LETTER}{2,15})?) هستم`, 'g');
/** "شیرین (کارشناس): سلام": a chat speaker's name before their role in brackets. */
const NAME_THEN_ROLE = new RegExp(
  `(?:^|\\n|\\] )(${LETTER}{2,15}(?: ${LETTER}{2,15})?) \\((?:کارشناس|مشاور|اپراتور|نماینده|پشتیبان)\\) ?:`,
  'g',
);
/** "با تشکر،\nکاوه": a letter's writer alone on the line after its closing. */
const SIGNED = new RegExp(
  `(?:با تشکر|با سپاس|با احترام|ارادتمند|قربان شما)،?\\n(${LETTER}{2,15}(?: ${LETTER}{2,15})?)(?=\\n|$)`,
  'g',
);
/** "سلام سارا جان": a greeting, then a name the endearment closes. */
const GREETED = new RegExp(`${NOT_LETTER_BEFORE}سلام (${LETTER}{2,15}) جان`, 'g');
/** "همسر بیمار (مریم)": a relative's name in brackets after the relation. */
const RELATIVE_BRACKET = new RegExp(
  `(?:همسر|پسر|دختر|مادر|پدر)(?: بیمار)? \\((${LETTER}{2,15}(?: ${LETTER}{2,15})?)\\)`,
  'g',
);

/** Adds the Persian names of `text` to `out`. */
export function persianNames(text: string, out: Finding[]): void {
  if (!PERSIAN.test(text)) return;
  for (const { pattern, field } of CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index + m[0].length;
      const end = nameEnd(text, start, field);
      if (end > start) out.push(finding(start, end, 'PERSON', 0.75, 'person/persian'));
    }
  }
  for (const pattern of [GREETED, RELATIVE_BRACKET, I_AM, NAME_THEN_ROLE, SIGNED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const name = m[1] as string;
      const words = name.split(' ');
      if (words.some((w) => STOP.has(w))) continue;
      // "من خیلی نگران هستم": after "I", a second word must end as family names do.
      if (
        pattern === I_AM &&
        words.length === 2 &&
        (words[1] as string).charCodeAt((words[1] as string).length - 1) !== YEH
      )
        continue;
      const start = m.index + m[0].indexOf(name);
      out.push(finding(start, start + name.length, 'PERSON', 0.75, 'person/persian'));
    }
  }
}

/**
 * Where the name read from `start` ends, or `start`: a given name, and a second word when it ends in "ی" or, after a
 * field, when the field closes right after it ("، ", " (", " <", " |", the line's end).
 */
function nameEnd(text: string, start: number, field: boolean): number {
  WORD_AT.lastIndex = start;
  const first = WORD_AT.exec(text);
  if (first === null || first[0].length < 2 || first[0].length > MAX_WORD || STOP.has(first[0])) return start;
  let end = start + first[0].length;
  if (text.charCodeAt(end) !== 32) return end;
  WORD_AT.lastIndex = end + 1;
  const second = WORD_AT.exec(text);
  if (second === null || second[0].length < 2 || STOP.has(second[0])) return end;
  const secondEnd = end + 1 + second[0].length;
  if (second[0].charCodeAt(second[0].length - 1) === YEH || (field && closesField(text, secondEnd)))
    end = secondEnd;
  return end;
}

const closesField = (text: string, at: number): boolean =>
  at === text.length || /^(?:[،,|\n]| [(<|])/.test(text.slice(at, at + 2));
