import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Vietnamese names written surname first with their middle name "Thị" or "Văn": "Le Thi Hong", "Lê Văn Tâm",
 * "huỳnh văn phúc". The surname may be a word of another language ("Le", "Do", "Ho"), so it is the middle name
 * that marks the name. Typed in capitals or unaccented, the pattern wants capitals; said aloud and written in lower
 * case, it wants the middle name's accent, which no English or French phrase has.
 */
const SURNAMES =
  'nguyễn|nguyen|trần|tran|lê|le|phạm|pham|hoàng|hoang|huỳnh|huynh|phan|vũ|vu|võ|vo|đặng|dang|bùi|bui|đỗ|do|hồ|ho|ngô|ngo|dương|duong|lý|ly|đinh|dinh|trương|truong|đoàn|doan|lâm|lam|trịnh|trinh|châu|chau|lưu|luu|tạ|ta|kiều|kieu|mai|cao|quách|quach|tô|to';
const GIVEN = "\\p{Lu}[\\p{Ll}']{1,9}";
const TYPED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${capitalised(SURNAMES)}) (?:Thị|Thi|Văn|Van) ${GIVEN}(?: ${GIVEN})?(?![\\p{L}\\p{N}])`,
  'gu',
);
const SPOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SURNAMES}) (?:thị|văn) \\p{Ll}{2,10}(?: \\p{Ll}{2,10})?(?![\\p{L}\\p{N}])`,
  'gu',
);

function capitalised(alternation: string): string {
  return alternation
    .split('|')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('|');
}

/**
 * "Nhân viên: Đặng Thu Hà", "NV: Đặng Thu Hà", "Tư vấn viên: Lê Minh", "Nhân viên Khoa:": a staff or a caller's field, then a name of
 * two to four capitalised words, or a speaker's label naming its staff member. Global for its lastIndex scan.
 */
const LABELLED =
  /(?:Nhân viên|Tư vấn viên|Người gọi|Khách hàng|NV)(?:[ \t]*[:：][ \t]*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})| (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}):)/gu;

/** Adds the Vietnamese names of `text` (and of `lower`, its lower-cased copy, for spoken ones) to `out`. */
export function vietnameseNames(text: string, lower: string, out: Finding[]): void {
  if (
    text.includes('viên') ||
    text.includes('Người gọi') ||
    text.includes('Khách hàng') ||
    text.includes('NV')
  ) {
    LABELLED.lastIndex = 0;
    for (let m = LABELLED.exec(text); m !== null; m = LABELLED.exec(text)) {
      // "Nhân viên Khoa:": the name between the role and the label's colon.
      const name = (m[1] ?? m[2]) as string;
      const start = m.index + m[0].length - name.length - (m[1] === undefined ? 1 : 0);
      out.push(finding(start, start + name.length, 'PERSON', 0.85, 'person/vietnamese'));
    }
  }
  if (lower.includes(' là ') || lower.includes(' la ')) {
    INTRODUCED.lastIndex = 0;
    for (let m = INTRODUCED.exec(text); m !== null; m = INTRODUCED.exec(text)) {
      const name = m[1] as string;
      const start = m.index + m[0].length - name.length;
      out.push(finding(start, start + name.length, 'PERSON', 0.8, 'person/vietnamese'));
    }
  }
  ACCENTED_SURNAME_NAME.lastIndex = 0;
  for (let m = ACCENTED_SURNAME_NAME.exec(text); m !== null; m = ACCENTED_SURNAME_NAME.exec(text)) {
    if (FIELD_OR_KIN.test(text.slice(Math.max(0, m.index - 6), m.index))) {
      out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.85, 'person/vietnamese'));
    } else ACCENTED_SURNAME_NAME.lastIndex = m.index + 1;
  }
  if (!MIDDLE.test(lower)) return;
  TYPED.lastIndex = 0;
  for (let m = TYPED.exec(text); m !== null; m = TYPED.exec(text))
    out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.95, 'person/vietnamese'));
  if (!lower.includes(' thị ') && !lower.includes(' văn ')) return;
  SPOKEN.lastIndex = 0;
  for (let m = SPOKEN.exec(text); m !== null; m = SPOKEN.exec(text))
    out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.9, 'person/vietnamese'));
}

/**
 * "Agent: Đặng Thu Hà", "Caller: Nguyễn Bảo", "vợ sắp cưới là chị Đặng Thu Trang": a Vietnamese surname written with
 * its accent (or "Nguyen", which no other language has) and one or two capitalised words, after any field's colon, a
 * kin word or "của" (of). The surname leads the pattern and the cue is checked behind it, since colons are everywhere
 * in logs and surnames are rare. Global for its lastIndex scan.
 */
const ACCENTED_SURNAME_NAME =
  /(?:Nguyễn|Nguyen|Trần|Lê|Phạm|Hoàng|Huỳnh|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Đoàn|Trịnh|Lưu|Kiều|Quách) \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)?(?![\p{L}\p{N}])/gu;
const FIELD_OR_KIN = /(?:[:：]|(?<![\p{L}])(?:anh|chị|em|cô|chú|bác|ông|bà|của)) $/u;

/**
 * "tên tôi là Lan", "em là Thư", "ten toi la Le Hoang Phuc", "con toi la Le Hoang Nam": "my name is", "I am", "my child
 * is", with or without their accents, then one to four capitalised words that open no noun ("Tôi là Người Mỹ": I am
 * American). Global for its lastIndex scan.
 */
const INTRODUCED =
  /(?<![\p{L}])(?:[Tt](?:ên|en)(?: của)? (?:tôi|toi|em|con|anh|chị|chi|cháu|chau|mình|minh) (?:là|la)|(?:[Ee]m|[Tt]ôi|[Tt]oi|[Cc]on (?:tôi|toi)|[Mm]ình) (?:là|la)) (?!(?:Người|Nhân|Khách|Học|Giáo|Bác|Chủ|Mẹ|Bố|Cha|Vợ|Chồng)(?!\p{L}))(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3})(?![\p{L}\p{N}])/gu;

/** Every name the patterns find holds one of these middle names: most texts hold none. */
const MIDDLE = / (?:thi|van|thị|văn) /;
