import { FIRST_NAMES_CYRILLIC } from '../data/first-names-cyrillic.ts';
import { SURNAMES_CYRILLIC } from '../data/surnames-cyrillic.ts';
import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Russian and Ukrainian names in Cyrillic, which no capital marks in a lower-case transcript: a given name after
 * "меня зовут" / "мене звати" ("my name is") or "с вами говорит" ("speaking"), then a patronymic ("николаевич") and a
 * surname when they follow; a listed given name after "это" / "це" ("this is") or a technician's title ("технік
 * сергій"); or, in written text, "Это" before two capitalised words ("Это Наталья Кравец").
 */

/** Cues read in the lower-cased text; the words after them are read one by one. */
const SPOKEN_CUE =
  /(?:меня зовут|мене звати|его зовут|её зовут|ее зовут|с вами говорит|моё имя|мое имя|на имя),? /g;
/** Cues before which only a listed given name counts: "це оксана мельничук", but "це дуже важливо" ("this is very important"). */
const LISTED_NAME_CUE =
  /(?:^|[^\u0400-\u04ff])(?:це|это|технік|техник|майстер|мастер|пан|пані|зовут|внук|внучка|сын|дочь|жена|муж|брат|сестра|онук|онука|дружина|чоловік|здравствуйте|привет|спасибо|добрий день|дякую),? /g;
const FIRST_NAMES: ReadonlySet<string> = new Set(FIRST_NAMES_CYRILLIC.split(/\s+/));
const SURNAMES: ReadonlySet<string> = new Set(SURNAMES_CYRILLIC.split(/\s+/));
/** Endings of Ukrainian and Russian surnames: "мельничук", "коваленко", "шевчишин", "петровська". */
const SURNAME_ENDING =
  /(?:енко|чук|щук|юк|ук|ський|ська|цький|цька|ишин|ов|ова|ев|ева|єв|єва|ин|іна|ина|ич)$/;
const WRITTEN_CUE = /(?:^|[^\u0400-\u04ff])это /g;
const PATRONYMIC = /(?:ович|евич|овна|евна|ична|инична)$/;
/** Words that go on after a name, never a surname: pronouns, conjunctions, the agent's "how can I help". */
const NOT_SURNAME = new Set([
  'я',
  'и',
  'а',
  'вот',
  'чем',
  'как',
  'мне',
  'хочу',
  'звоню',
  'это',
  'по',
  'из',
  'у',
  'вас',
]);
const MAX_WORD = 20;

// Ukrainian "є", "і", "ї" and "ґ" beside the Russian alphabet and its "ё".
const isLowerCyrillic = (c: number): boolean =>
  (c >= 0x430 && c <= 0x44f) || c === 0x451 || c === 0x454 || c === 0x456 || c === 0x457 || c === 0x491;
const isUpperCyrillic = (c: number): boolean =>
  (c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x404 || c === 0x406 || c === 0x407 || c === 0x490;

/** End of the Cyrillic word (letters and inner hyphens) at `start` in `lower`, or `start` when none is there. */
function wordEnd(lower: string, start: number): number {
  let i = start;
  while (i < lower.length && i - start <= MAX_WORD) {
    const c = lower.charCodeAt(i);
    if (isLowerCyrillic(c) || (c === 45 && i > start && isLowerCyrillic(lower.charCodeAt(i + 1)))) i++;
    else break;
  }
  return i - start > MAX_WORD ? start : i;
}

/** Where the name opening at `start` ends: its given name, then a patronymic and a surname if they follow. */
function nameEnd(lower: string, start: number): number {
  let end = wordEnd(lower, start);
  if (end - start < 2) return start;
  const second = wordEnd(lower, end + 1);
  if (lower.charCodeAt(end) !== 32 || second - end < 3) return end;
  const next = lower.slice(end + 1, second);
  // "мене звати тарас шевченко": a surname right after the given name.
  if (!PATRONYMIC.test(next)) return isSurname(next) ? second : end;
  end = second;
  const third = wordEnd(lower, end + 1);
  if (lower.charCodeAt(end) === 32 && third - end > 2 && !NOT_SURNAME.has(lower.slice(end + 1, third)))
    end = third;
  return end;
}

/** Adds the Russian names found to `out`. */
export function cyrillicNames(text: string, lower: string, out: Finding[]): void {
  if (
    lower.includes('зовут') ||
    lower.includes('звати') ||
    lower.includes('говорит') ||
    lower.includes(' имя')
  ) {
    SPOKEN_CUE.lastIndex = 0;
    for (let m = SPOKEN_CUE.exec(lower); m !== null; m = SPOKEN_CUE.exec(lower)) {
      const start = m.index + m[0].length;
      const end = nameEnd(lower, start);
      if (end > start) out.push(finding(start, end, 'PERSON', 0.8, 'person/cyrillic'));
    }
  }
  titledNames(text, lower, out);
  listedNames(lower, out);
  patronymicNames(lower, out);
  if (!text.includes('Это ') && !text.includes('это ')) return;
  WRITTEN_CUE.lastIndex = 0;
  for (let m = WRITTEN_CUE.exec(lower); m !== null; m = WRITTEN_CUE.exec(lower)) {
    const start = m.index + m[0].length;
    const first = wordEnd(lower, start);
    const second = wordEnd(lower, first + 1);
    // "это сорокин геннадий павлович": a surname first, as forms and officials say it, then a listed given name.
    if (
      first - start >= 3 &&
      lower.charCodeAt(first) === 32 &&
      isSurname(lower.slice(start, first)) &&
      isFirstName(lower.slice(first + 1, second))
    ) {
      const rest = nameEnd(lower, first + 1);
      out.push(finding(start, Math.max(rest, second), 'PERSON', 0.8, 'person/cyrillic'));
      continue;
    }
    // "это олег николаевич громов": a given name and a patronymic, in any case.
    if (
      first - start >= 2 &&
      lower.charCodeAt(first) === 32 &&
      PATRONYMIC.test(lower.slice(first + 1, second))
    ) {
      out.push(finding(start, nameEnd(lower, start), 'PERSON', 0.8, 'person/cyrillic'));
      continue;
    }
    // "Это Наталья Кравец": two capitalised words, a given name and a surname.
    if (
      first - start >= 2 &&
      second - first >= 3 &&
      lower.charCodeAt(first) === 32 &&
      isUpperCyrillic(text.charCodeAt(start)) &&
      isUpperCyrillic(text.charCodeAt(first + 1))
    )
      out.push(finding(start, second, 'PERSON', 0.75, 'person/cyrillic'));
  }
}

/**
 * "к д-ру Фельдман", "сын Алексей", "оператор Алина": a doctor's title, a relation or a role, then a capitalised word and
 * a second one if it follows. Global for its lastIndex scan.
 */
const TITLE_OR_RELATION =
  /(?:^|[^\u0400-\u04ff])(?:д-р|д-ру|д-ра|доктор|доктора|доктору|сын|дочь|муж|жена|мама|папа|брат|сестра|оператор|менеджер|агент|мастер|техник|клиент|клиентка|водитель:?|водій:?) /g;

/** "Оператор (Юлия):", "Менеджер (Алексей):": a chat's role label with the agent's name in brackets. */
const ROLE_BRACKET_NAME =
  /(?:^|\n|\] )(?:Оператор|Менеджер|Агент|Консультант|Специалист|Диспетчер) \(([А-ЯЁ][а-яё]{1,20})\):/g;

/** "Олена (координатор):", "[10:16] Тарас:": a listed given name opening a turn as its speaker's label. */
const SPEAKER_LABEL = /(?:^|\n)(?:\[[\d:. ]{1,12}\] ?)?([А-ЯЁЄІЇҐ][а-яёєіїґ]{1,20})(?: \([^)\n]{1,30}\))?:/g;

function titledNames(text: string, lower: string, out: Finding[]): void {
  SPEAKER_LABEL.lastIndex = 0;
  for (let m = SPEAKER_LABEL.exec(text); m !== null; m = SPEAKER_LABEL.exec(text)) {
    const name = m[1] as string;
    const start = m.index + m[0].indexOf(name);
    if (isFirstName(lower.slice(start, start + name.length)))
      out.push(finding(start, start + name.length, 'PERSON', 0.8, 'person/cyrillic'));
  }
  ROLE_BRACKET_NAME.lastIndex = 0;
  for (let m = ROLE_BRACKET_NAME.exec(text); m !== null; m = ROLE_BRACKET_NAME.exec(text)) {
    const name = m[1] as string;
    const start = m.index + m[0].length - name.length - 2;
    out.push(finding(start, start + name.length, 'PERSON', 0.8, 'person/cyrillic'));
  }
  TITLE_OR_RELATION.lastIndex = 0;
  for (let m = TITLE_OR_RELATION.exec(lower); m !== null; m = TITLE_OR_RELATION.exec(lower)) {
    const start = m.index + m[0].length;
    if (!isUpperCyrillic(text.charCodeAt(start))) continue;
    let end = wordEnd(lower, start);
    if (end - start < 2) continue;
    const second = wordEnd(lower, end + 1);
    if (lower.charCodeAt(end) === 32 && second - end > 2 && isUpperCyrillic(text.charCodeAt(end + 1))) {
      // "Клиент Дмитрий Сергеевич Соколов": a patronymic, then the surname.
      const third = wordEnd(lower, second + 1);
      const surnameFollows =
        PATRONYMIC.test(lower.slice(end + 1, second)) &&
        lower.charCodeAt(second) === 32 &&
        third - second > 2 &&
        isUpperCyrillic(text.charCodeAt(second + 1));
      end = surnameFollows ? third : second;
    }
    out.push(finding(start, end, 'PERSON', 0.75, 'person/cyrillic'));
  }
}

/** "це оксана мельничук", "технік сергій": a listed given name after "this is" or a title, and a surname after it. */
function listedNames(lower: string, out: Finding[]): void {
  LISTED_NAME_CUE.lastIndex = 0;
  for (let m = LISTED_NAME_CUE.exec(lower); m !== null; m = LISTED_NAME_CUE.exec(lower)) {
    const start = m.index + m[0].length;
    let end = wordEnd(lower, start);
    if (end - start < 2 || !isFirstName(lower.slice(start, end))) continue;
    const second = wordEnd(lower, end + 1);
    if (lower.charCodeAt(end) === 32 && second - end > 3 && isSurname(lower.slice(end + 1, second)))
      end = second;
    out.push(finding(start, end, 'PERSON', 0.75, 'person/cyrillic'));
  }
}

/** "артём" is listed as "артем": lists write "ё" as "е", as most typists do. */
const isFirstName = (word: string): boolean =>
  FIRST_NAMES.has(word) || (word.includes('ё') && FIRST_NAMES.has(word.replaceAll('ё', 'е')));

const isSurname = (word: string): boolean =>
  !NOT_SURNAME.has(word) && (SURNAMES.has(word) || SURNAME_ENDING.test(word));

/** A word ending like a patronymic, read with the word before it. Global for its lastIndex scan. */
const PATRONYMIC_WORD = /[\u0430-\u044f\u0451]{2,16}(?:ович|евич|овна|евна|ична)(?![\u0430-\u044f\u0451])/g;

/** "да геннадий павлович": a listed given name and a patronymic say a person wherever they stand, as the formal address. */
function patronymicNames(lower: string, out: Finding[]): void {
  if (!lower.includes('вич') && !lower.includes('вна') && !lower.includes('ична')) return;
  PATRONYMIC_WORD.lastIndex = 0;
  for (let m = PATRONYMIC_WORD.exec(lower); m !== null; m = PATRONYMIC_WORD.exec(lower)) {
    const at = m.index;
    if (lower.charCodeAt(at - 1) !== 32) continue;
    let start = at - 1;
    while (start > 0 && isLowerCyrillic(lower.charCodeAt(start - 1)) && at - start <= MAX_WORD) start--;
    if (!isFirstName(lower.slice(start, at - 1))) continue;
    // "Соколов Виктор Павлович": a surname first, as forms list a person.
    if (lower.charCodeAt(start - 1) === 32) {
      let before = start - 1;
      while (before > 0 && isLowerCyrillic(lower.charCodeAt(before - 1)) && start - before <= MAX_WORD)
        before--;
      if (start - 1 - before >= 3 && isSurname(lower.slice(before, start - 1))) start = before;
    }
    let end = at + m[0].length;
    const third = wordEnd(lower, end + 1);
    if (lower.charCodeAt(end) === 32 && third - end > 3 && isSurname(lower.slice(end + 1, third)))
      end = third;
    out.push(finding(start, end, 'PERSON', 0.75, 'person/cyrillic'));
  }
}
