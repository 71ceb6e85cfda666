import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isPersianText } from './persian-names.ts';

/**
 * Names in Arabic script, which has no capitals to find them by: the words after what introduces a person — "اسمي"
 * ("my name is"), "معك" (an agent's "you're with"), a title ("أستاذ", "السيدة", "د."), a speaker's role label
 * ("المتصلة: فاطمة الزهراء بنعلي") — up to the first word that goes on with the sentence. A given name comes first,
 * then a family name; a third word joins only as a family name does ("الحداد", "بن علي", "عبد الله").
 */

/** Speakers' roles: an agent, a caller, a customer, a driver, a passenger, an employee, a patient, a visitor (m. and f.). */
const ROLES =
  'الوكيل|الوكيلة|المتصل|المتصلة|العميل|العميلة|السائق|الراكب|الراكبة|الموظف|الموظفة|المريض|المريضة|الزائر|الزائرة';
const NOT_LETTER_BEFORE = '(?:^|[^\\u0621-\\u064a])';

/** A relation said after one's own name: mother, father, aunt, wife, husband, daughter, son of someone. */
const RELATION_AFTER = /^ (?:أم|أبو|ابو|والدة|والد|خالة|عمة|خال|عم|زوجة|زوج|ابنة|ابن|بنت) /;
const isLineEnd = (text: string, end: number): boolean => end === text.length || text.charCodeAt(end) === 10;
const isComma = (c: number): boolean => c === 0x60c || c === 44;
/** A full stop, "!" and the Arabic and Latin question marks. */
const CLOSING_MARKS: ReadonlySet<number> = new Set([46, 33, 0x61f, 63]);

/** A form's name fields, each on its own line. Global for its lastIndex scan. */
const FORM_FIELD =
  /(?:^|\n)(?:اسم ولي الأمر|ولي الأمر|التوقيع|الاسم الكامل|الاسم الأول|الاسم|اسم صاحب الحساب|اسم الأب|اسم الأم|اسم الجد|اسم العائلة|اسم المشترك): /g;

/**
 * The cues a name follows, each with what must close the name after it, whether only a family name may join the
 * given name, and the finding's score. Global patterns for their lastIndex scans.
 */
const CUES: ReadonlyArray<{
  pattern: RegExp;
  closed: (text: string, end: number, start: number) => boolean;
  familyOnly: boolean;
  score: number;
}> = [
  // "اسمي", "معك", a title: "my name is", an agent's "you're with", "أستاذ", "السيدة".
  {
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}(?:و?اسمي|و?اسمه|و?اسمها|إسمي|معك|معاك|معكم|أستاذ|الأستاذ|أستاذة|الأستاذة|السيد|السيدة|الآنسة|الدكتور|الدكتورة|دكتور|دكتورة|د\\.|بالموظفة|بالموظف) `,
      'g',
    ),
    closed: () => true,
    familyOnly: false,
    score: 0.8,
  },
  // "المتصلة: فاطمة الزهراء بنعلي (راكبة)": a role's field holding a name alone. As a chat's speaker label the same
  // words open what is said ("السائق: صحيح، ..."), so the name must fill the field.
  {
    // "المتصل: السائق خالد المنصوري": the label's role may be told again before the name.
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:${ROLES}) ?: (?:(?:${ROLES}) )?`, 'g'),
    // "الزائر: خالد عبد الرحمن السعدي، +1 555 ...": a name of two words or more may close with a comma too.
    closed: (text, end, start) =>
      isLineEnd(text, end) ||
      text.charCodeAt(end) === 40 ||
      text.startsWith(' (', end) ||
      // "الموظف: سامر خليل | 2024/05/05", "المتصل: يوسف الحداد — هاتف ...": a header's next cell.
      text.startsWith(' |', end) ||
      text.startsWith(' —', end) ||
      (isComma(text.charCodeAt(end)) && text.slice(start, end).includes(' ')),
    familyOnly: false,
    score: 0.8,
  },
  // "اسم ولي الأمر: يوسف عبد الكريم النجار", "التوقيع: يوسف النجار — 2024/08/30": a form's name and signature fields;
  // "الاسم الأول: مريم", "اسم الأب: أحمد", "اسم العائلة: حداد": a minor's form asks each part of the name apart.
  {
    pattern: FORM_FIELD,
    closed: (text, end) =>
      isLineEnd(text, end) ||
      text.startsWith(' —', end) ||
      text.startsWith(' -', end) ||
      isComma(text.charCodeAt(end)),
    familyOnly: false,
    score: 0.8,
  },
  // "مع أخي يوسف", "والدة الطفل يوسف السيد", "لابني فيصل": a relative named after the relation. What follows the
  // given name is as often the sentence going on ("ابني يوسف عنده حرارة"), so only a family name joins it.
  {
    pattern: new RegExp(
      `${NOT_LETTER_BEFORE}(?:ل|و)?(?:أخي|أختي|اخي|اختي|زوجي|زوجتي|ابني|ابنتي|بنتي|والدي|والدتي|أبي|أمي|الطفل|الطفلة|ولدي|الطالب|الطالبة|عمي|عمتي|خالي|خالتي|زوجته|زوجها) `,
      'g',
    ),
    closed: () => true,
    familyOnly: true,
    score: 0.7,
  },
  // "أنا يوسف الحداد،": "I am" names only when a comma closes the name ("أنا أتكلم عربي." says what one does), or
  // the speaker's relation to someone ("أنا فاطمة حداد أم يوسف", "أنا مريم عبد الله خالة الطفل").
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}أنا `, 'g'),
    // "أنا عمر الحداد.": a full name closed by the sentence's end.
    closed: (text, end, start) =>
      isComma(text.charCodeAt(end)) ||
      RELATION_AFTER.test(text.slice(end, end + 8)) ||
      // "أنا ليلى من ClearDry": the speaker's workplace after "from".
      text.startsWith(' من ', end) ||
      (text.charCodeAt(end) === 46 && text.slice(start, end).includes(' ')),
    familyOnly: false,
    score: 0.75,
  },
  // "شكراً يا يوسف.", "يا أم خالد،": "يا" calls a person by name, closed by a mark or the line's end.
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}يا `, 'g'),
    closed: (text, end) =>
      isComma(text.charCodeAt(end)) || isLineEnd(text, end) || CLOSING_MARKS.has(text.charCodeAt(end)),
    familyOnly: false,
    score: 0.75,
  },
  // "للسيدة ليلى منصور": a title after "for the" is a title still.
  {
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:للسيد|للسيدة|للأستاذ|للأستاذة|للدكتور|للدكتورة) `, 'g'),
    closed: () => true,
    familyOnly: false,
    score: 0.8,
  },
  // "أهلاً يوسف،", "من: خالد العتيبي <...>": a greeting or a letter's sender field, then a name the comma, the
  // address or the line's end closes.
  {
    pattern: new RegExp(`(?:${NOT_LETTER_BEFORE}(?:أهلاً|أهلا|مرحباً|مرحبا|من:|المرسل:)|(?:^|\\n)From:) `, 'g'),
    closed: (text, end) =>
      isComma(text.charCodeAt(end)) || isLineEnd(text, end) || text.startsWith(' <', end),
    familyOnly: false,
    score: 0.75,
  },
];
/**
 * "[10:15] الوكيلة سلمى: مرحباً", "الموظفة (رنا): أهلاً": a speaker's role, then their name, perhaps in brackets, as
 * the turn's label.
 */
const ROLE_THEN_NAME = new RegExp(
  `(?:^|\\n|\\] )(?:${ROLES}) \\(?([\\u0621-\\u064a]{2,15})(?: ([\\u0621-\\u064a]{2,15}))?\\)? ?:`,
  'g',
);

/**
 * "[10:15] سلمى: مرحباً", "[10:16] ليلى حداد: رقم الطالب ...": a chat turn's speaker, one or two words that open no
 * noun ("ال") before the label's colon; and a letter's writer alone on the line after "مع خالص التحية". Global for
 * their scans.
 */
const SPEAKER_LABEL =
  /(?:^|\n|\] )([\u0621-\u064a]{2,15}(?: [\u0621-\u064a]{2,15})?)(?: \([^()\n]{1,30}\))?:/g;
const SIGNED =
  /(?:مع خالص التحية والتقدير|مع التحية|مع الشكر|وتفضلوا بقبول فائق الاحترام)،?\n([\u0621-\u064a]{2,15}(?: [\u0621-\u064a]{2,15}){0,2})(?=\n|$)/g;

/** Words that go on with the sentence after a name, or stand where one would: never part of it. */
const STOP = new Set([
  'من',
  'في',
  'على',
  'عن',
  'إلى',
  'الى',
  'مع',
  'و',
  'أو',
  'ما',
  'لا',
  'نعم',
  'رقم',
  'هل',
  'ممكن',
  'كيف',
  'أنا',
  'انا',
  'هو',
  'هي',
  'اليوم',
  'الآن',
  'بخصوص',
  'عشان',
  'لأن',
  'يا',
  'هذا',
  'هذه',
  'اللي',
  'التي',
  'الذي',
  'قد',
  'كان',
  'كانت',
  'مش',
  'بس',
  'شكرا',
  'شكراً',
  'مرحبا',
  'مرحباً',
  'أهلا',
  'أهلاً',
  'السلام',
  'عليكم',
  'وعليكم',
  'أن',
  'إن',
  'ان',
  'تم',
  'عندي',
  'لي',
  'متصل',
  'متصلة',
  'بخير',
  'آسف',
  'آسفة',
  'هنا',
  'عايز',
  'عايزة',
  'أريد',
  'محتاج',
  'محتاجة',
  'سائق',
  'راكب',
  'راكبة',
  'زوجي',
  'زوجتي',
  'اتصلت',
  'أتصل',
  'ذلك',
  'تلك',
  'عنده',
  'عندها',
  'كمان',
  'أيضاً',
  'أيضا',
  // "أهلاً بك", "أهلاً وسهلاً": the greeting's own words ("you", "and welcome").
  'بك',
  'بكم',
  'بكي',
  'وسهلاً',
  'وسهلا',
  // "مساء الخير", "صباح الخير": good evening and morning open a turn after its label.
  'مساء',
  'صباح',
  'الخير',
  // "اسمي يوسف": "my name" opens a name; it is none.
  'اسمي',
  'إسمي',
  // "يا رب", "يا ريت", "يا سلام", "يا جماعة", "يا حبيبي": calls and sighs that name no one.
  'رب',
  'ريت',
  'ليت',
  'سلام',
  'جماعة',
  'حبيبي',
  'حبيبتي',
  'أخي',
  'أختي',
  'عمي',
  'خالي',
  // A form's field nouns: "اسم الأب" (father's name), "سبب الزيارة" (reason for the visit), "جهة العمل" (employer).
  'اسم',
  'سبب',
  'صلة',
  'شركة',
  'جهة',
  'تاريخ',
  'عنوان',
  'نوع',
  'حالة',
  'موعد',
  'ملاحظات',
  'طريقة',
  'مبلغ',
]);
/** Labels of turns and fields that open no noun with "ال": "موظف", "عميل", "زائر", "نظام". */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'موظف',
  'موظفة',
  'عميل',
  'عميلة',
  'زائر',
  'زائرة',
  'نظام',
  'متصل',
  'متصلة',
  'وكيل',
  'وكيلة',
  'ملاحظة',
  'ملاحظات',
  'الموضوع',
  'رقم',
  'تاريخ',
  'العنوان',
  'الجوال',
  'هاتف',
  'البريد',
  'إلى',
  'من',
]);
/** Words that join a family name to the given name: "بن علي", "أبو بكر", "عبد الله". */
const LINKS = new Set(['بن', 'بنت', 'ابن', 'أبو', 'ابو', 'عبد']);
const MAX_WORD = 15;

const isArabicLetter = (c: number): boolean => c >= 0x621 && c <= 0x64a;

/** End of the Arabic word at `start`, or `start` when none (or one too long for a name) is there. */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && i - start <= MAX_WORD && isArabicLetter(text.charCodeAt(i))) i++;
  return i - start > MAX_WORD ? start : i;
}

/** Whether the word `text[start, end)` may be part of a name: two letters or more, and no sentence word. */
const nameWord = (text: string, start: number, end: number): boolean =>
  end - start >= 2 && !STOP.has(text.slice(start, end));

/** Where the line ends after the name ending at `end`, when only up to two more name words fill it; else `end`. */
function wholeLineName(text: string, end: number): number {
  let at = end;
  for (let words = 0; words < 2 && text.charCodeAt(at) === 32; words++) {
    const next = wordEnd(text, at + 1);
    if (!nameWord(text, at + 1, next)) return end;
    at = next;
  }
  return isLineEnd(text, at) ? at : end;
}

/** Where the name opening at `start` ends, or `start` when no name opens there. */
function nameEnd(text: string, start: number, familyOnly = false): number {
  const first = wordEnd(text, start);
  // "أنا السائق": an article opens a noun, not a given name.
  if (!nameWord(text, start, first) || text.startsWith('ال', start)) return start;
  let end = first;
  for (let words = 1; words < 4 && text.charCodeAt(end) === 32; words++) {
    const next = wordEnd(text, end + 1);
    if (!nameWord(text, end + 1, next)) break;
    const word = text.slice(end + 1, next);
    // After the second word only a family name's article or link goes on: "فاطمة الزهراء بنعلي".
    const prev = text.slice(text.lastIndexOf(' ', end - 1) + 1, end);
    if ((words >= 2 || familyOnly) && !word.startsWith('ال') && !word.startsWith('بن') && !LINKS.has(prev))
      break;
    end = next;
  }
  return end;
}

/** Adds the Arabic-script names found to `out`. */
export function arabicNames(text: string, out: Finding[]): void {
  if (!/[\u0621-\u064a]/.test(text) || isPersianText(text)) return;
  for (const pattern of [SPEAKER_LABEL, SIGNED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const name = m[1] as string;
      if (name.startsWith('ال') || name.split(' ').some((w) => STOP.has(w) || ROLE_WORDS.has(w))) continue;
      const start = m.index + m[0].indexOf(name);
      out.push(finding(start, start + name.length, 'PERSON', 0.75, 'person/arabic'));
    }
  }
  for (const { pattern, closed, familyOnly, score } of CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index + m[0].length;
      let end = nameEnd(text, start, familyOnly);
      // "الاسم الكامل: فاطمة علي حداد": a form's name field holds the given, father's and family names, the line whole.
      if (end > start && !closed(text, end, start) && pattern === FORM_FIELD) end = wholeLineName(text, end);
      if (end > start && closed(text, end, start))
        out.push(finding(start, end, 'PERSON', score, 'person/arabic'));
    }
  }
  ROLE_THEN_NAME.lastIndex = 0;
  for (let m = ROLE_THEN_NAME.exec(text); m !== null; m = ROLE_THEN_NAME.exec(text)) {
    const given = m[1] as string;
    if (STOP.has(given)) continue;
    const name = m[2] === undefined || STOP.has(m[2]) ? given : `${given} ${m[2]}`;
    const start = text.lastIndexOf(name, m.index + m[0].length);
    out.push(finding(start, start + name.length, 'PERSON', 0.8, 'person/arabic'));
  }
}
