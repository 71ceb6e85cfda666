import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Names in Thai, which runs its words together and has no capitals: after "name" ("ผมชื่อ", "ดิฉันชื่อ", "ชื่อเล่น") or
 * the title "คุณ" (not the "คุณ" of "ขอบคุณ", thank you), up to the polite particle, space or bracket that closes it.
 * After "name", a second word parted by a space is the family name ("สมชาย ใจดีครับ").
 */

const THAI = /[\u0e01-\u0e4e]/;
const CUE = /(?:ชื่อเล่น|ชื่อ|(?<!ขอบ)คุณ|นางสาว|นาย|นาง) ?/g;
const WORD = /[\u0e01-\u0e4e]+/y;
/** Polite particles and the words a name is followed by, run on without a space. */
const CLOSER = /(?:ครับ|ค่ะ|คะ|นะ|จ้ะ|ค่า|จ้า|ที่|ได้|เป็น|จะ|ก็|นั้น|ด้วย|แล้ว|และ|หรือ|ของ|กับ)$/;
/** A word opening with these is a verb or an adverb after "you", not a name after the title. */
const NOT_A_NAME =
  /^(?:ต้อง|จะ|ได้|ช่วย|สามารถ|มี|เป็น|อยู่|ไม่|ก็|ควร|ยัง|เคย|ทำ|ชอบ|รู้|อยาก|กรุณา|ลอง|ใช้|ค่ะ|ครับ|คะ|นะ|ลูกค้า|ผู้|ที่|และ|สมัคร|เข้า|ออก|ส่ง|รับ|จ่าย|ชำระ|ผม|ดิฉัน|เรา|คือ|ว่า|ของ)/;

/** Adds the Thai names of `text` to `out`. */
export function thaiNames(text: string, out: Finding[]): void {
  if (!THAI.test(text)) return;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const start = m.index + m[0].length;
    const first = nameWord(text, start);
    if (first === null) continue;
    let end = start + first.length;
    // "ชื่อธนากร ศรีสุข (", "ชื่อสมชาย ใจดีครับ": after "name", the family name the space parts from the given one.
    if (m[0].startsWith('ชื่อ') && first.length === wordLength(text, start) && text.charCodeAt(end) === 32) {
      const second = nameWord(text, end + 1);
      if (second !== null) end += 1 + second.length;
    }
    out.push(finding(start, end, 'PERSON', 0.75, 'person/thai'));
  }
}

const wordLength = (text: string, at: number): number => {
  WORD.lastIndex = at;
  return WORD.exec(text)?.[0].length ?? 0;
};

/** The name word at `at`, without the particles run on after it, or null. */
function nameWord(text: string, at: number): string | null {
  WORD.lastIndex = at;
  const word = WORD.exec(text)?.[0];
  if (word === undefined || NOT_A_NAME.test(word)) return null;
  let name = word;
  for (let closer = CLOSER.exec(name); closer !== null && closer.index > 0; closer = CLOSER.exec(name))
    name = name.slice(0, closer.index);
  return name.length >= 2 && name.length <= 14 ? name : null;
}
