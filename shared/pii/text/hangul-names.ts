import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { opensCell } from './table-columns.ts';

/**
 * Korean names written in Hangul: a surname of one syllable (two for 황보, 남궁 and a few more) and a given name of
 * two, with no capital letter to find them by. A word so shaped counts only beside what marks a person in Korean:
 * an honorific after it ("강민석님", "박지훈 고객님", "황보성민 드림"), a question or an introduction it answers
 * ("성함은 오정숙입니다", "상담 신은지입니다"), a sender's field, the brackets after a romanized name ("Lee
 * Soon-ja (이순자)") or a cell of its own in an export.
 */

const SURNAMES = new Set(
  [
    ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부',
  ].concat(['황보', '남궁', '제갈', '선우', '독고', '사공', '서문', '동방']),
);

/** Honorifics and sign-offs written as the next word, perhaps with a particle: "박지훈 고객님", "이지은 님은", "황보성민 드림". */
const HONORIFIC_WORDS = new Set([
  '고객님',
  '고객',
  '님',
  '님은',
  '님이',
  '님께',
  '님의',
  '님도',
  '님과',
  // A clinic's director, named before the title.
  '원장님',
  '고객님께서',
  // "김은정 명의 계좌": an account in someone's name.
  '명의',
  '고객님께',
  '씨',
  '선생님',
  '어르신',
  '드림',
  '올림',
  '배상',
]);

/** Honorifics and endings joined to the name itself: "강민석님", "오정숙입니다", "박지훈이고요". */
const ATTACHED_HONORIFICS = ['님', '씨'];
const ATTACHED_ANSWERS = [
  '입니다',
  '이고요',
  '이구요',
  '이에요',
  '이예요',
  '이요',
  '예요',
  '이라고',
  '고요',
  '이고',
  '인데요',
];

/** Words before a name on its line or the line before that ask for it or introduce it ("성함", "상담 신은지입니다"). */
const NAME_CUES = /성함|이름|상담|담당|저는|기사|고객명|명의자|신청한|예약한|안녕하세요|딸|아들/;
/** A sender's or a customer's field: "보낸 사람: 황보성민", "고객명: 최영호". */
const FIELD_BEFORE = /(?:보낸 ?사람|받는 ?사람|고객명|성함은?|이름은?|신청인|명의자) ?[:：]? ?$/;
/** A speaker's or a role's label with its colon: "상담원: 이수진", "고객: 한지민". */
const LABEL_BEFORE =
  /(?:상담원|상담사|담당자|담당|고객|작성자|신청자|요청자|보호자|구매자|공동구매자|방문자|문의자|발신자|회원) ?[:：] ?$/;
/** An agent's role, then a space: "상담원 이수진:". */
const AGENT_ROLE_BEFORE = /(?:상담원|상담사|담당자|담당) $/;
/** A relation right before: "남편 오세훈이랑", "어머니 최영자님". */
const RELATION_BEFORE =
  /(?:남편|아내|부인|와이프|아들|딸|사위|며느리|어머니|아버지|동생|여동생|남동생|형|누나|언니|오빠|할머니|할아버지) $/;
/** Particles joined to a name: "이순자가", "황보성민께", "오세훈이랑". */
const PARTICLES = new Set(['가', '께', '께서', '이랑', '랑', '과', '와', '이가', '이는', '는', '도']);

/** Last syllables of Korean job titles and places, which a surname syllable may open ("변호사", "조교수", "구청장"). */
const NOT_GIVEN_END = new Set([
  '장',
  '사',
  '관',
  '시',
  '군',
  '구',
  '동',
  '읍',
  '면',
  '리',
  '로',
  '길',
  '청',
  '국',
  '과',
  '팀',
  '실',
]);

/** Common words of three syllables that open with a surname's syllable and may stand where a name does. */
const NOT_NAMES = new Set([
  // Speakers' roles and fields' labels, which open lines as names do.
  '방문자',
  '문의자',
  '어머님',
  '발신자',
  '상담원',
  '상담사',
  '담당자',
  '고객명',
  '신청인',
  '신청자',
  '명의자',
  '작성자',
  '요청자',
  '보호자',
  '구매자',
  '예약자',
  '수신자',
  '서비스',
  '한국어',
  '이메일',
  '고객님',
  '주소지',
  '우편물',
  '신용카',
  '안녕하',
  '감사합',
  '고객센',
  '정말로',
  '조금만',
  '이번달',
  '지난달',
  '다음달',
  '오늘은',
  '내일은',
  '어머니',
  '아버지',
  '기사님',
  '정확히',
  '이용해',
  '문의하',
  '연락처',
  '전화번',
  '계좌번',
  '유선상',
  '확인했',
  '하트랜',
  '서울시',
  '경기도',
  // Forms: a tax return, an application, a contract.
  '신고서',
  '신청서',
  '계약서',
]);

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const HANGUL = /[\uac00-\ud7a3]/;
const MAX_WORD = 12;

/** Whether `word` is shaped like a full Korean name: a known surname, then a given name of two syllables. */
function nameShaped(word: string): boolean {
  const surname = word.length === 4 ? word.slice(0, 2) : word.length === 3 ? word.slice(0, 1) : '';
  return (
    surname !== '' &&
    SURNAMES.has(surname) &&
    !NOT_GIVEN_END.has(word.charAt(word.length - 1)) &&
    !NOT_NAMES.has(word)
  );
}

/** The text of the line holding `at` up to it, and of the line before it, within a reach. */
function linesBefore(text: string, at: number): string {
  const reach = text.slice(Math.max(0, at - LINES_REACH), at);
  const lineStart = reach.lastIndexOf('\n');
  return lineStart <= 0 ? reach : reach.slice(reach.lastIndexOf('\n', lineStart - 1) + 1);
}
/** How far back the words asking for a name may stand: a long line or two short ones. */
const LINES_REACH = 160;

/** Adds the Hangul names of `text` to `out`. */
export function hangulNames(text: string, out: Finding[]): void {
  if (!HANGUL.test(text)) return;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isHangul(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isHangul(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    if (word.length > MAX_WORD) continue;
    const name = nameIn(text, word, start, i);
    if (name > 0) out.push(finding(start, start + name, 'PERSON', 0.8, 'person/hangul'));
  }
}

/** The length of the name that opens the Hangul word text[start, end), or 0 when nothing marks one there. */
function nameIn(text: string, word: string, start: number, end: number): number {
  for (const len of [3, 4]) {
    if (word.length < len) continue;
    const core = word.slice(0, len);
    if (!nameShaped(core)) continue;
    const rest = word.slice(len);
    if (rest === '') {
      if (wholeWordMarked(text, start, end)) return len;
      continue;
    }
    if (ATTACHED_HONORIFICS.includes(rest)) return len;
    if (ATTACHED_ANSWERS.some((a) => rest.startsWith(a)) && NAME_CUES.test(linesBefore(text, start)))
      return len;
    // "황보성민께", "이순자가": particles after a name need a cue as much as answers do; a relation right before
    // is one ("남편 오세훈이랑").
    if (
      PARTICLES.has(rest) &&
      (RELATION_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
        ((rest === '가' || rest === '께' || rest === '께서') && NAME_CUES.test(linesBefore(text, start))))
    )
      return len;
  }
  return 0;
}

/** A name-shaped word with nothing joined to it: marked by the word after it, the words before it, or its cell. */
function wholeWordMarked(text: string, start: number, end: number): boolean {
  let next = end;
  while (text.charCodeAt(next) === 32) next++;
  let nextEnd = next;
  while (nextEnd < text.length && isHangul(text.charCodeAt(nextEnd))) nextEnd++;
  if (HONORIFIC_WORDS.has(text.slice(next, nextEnd))) return true;
  const before = text.slice(Math.max(0, start - 12), start);
  if (FIELD_BEFORE.test(before) || LABEL_BEFORE.test(before)) return true;
  // "어머니 김지은 (...)", "어머니 이명숙 님도": after a relation, a name standing alone or honoured; "어머니 소득은 ..."
  // goes on into a sentence.
  if (
    RELATION_BEFORE.test(before) &&
    (!isHangul(text.charCodeAt(next)) || text.startsWith('님', next) || text.startsWith('씨', next))
  )
    return true;
  // "상담원 이수진:", "/ 상담원 김하늘": an agent's role, then the name closing the speaker's label or the line.
  if (
    AGENT_ROLE_BEFORE.test(before) &&
    (text.charCodeAt(end) === 58 || text.charCodeAt(end) === 10 || end === text.length)
  )
    return true;
  // "정미경 (딸) 213-555-0158": a relation in brackets after the name, as contact lists give it.
  if (
    /^ \((?:딸|아들|사위|며느리|남편|아내|부인|어머니|아버지|동생|형|누나|언니|오빠)\)/.test(
      text.slice(end, end + 8),
    )
  )
    return true;
  // "상담원 (이수진): 안녕하세요": an agent's role, then the name in brackets before the label's colon.
  if (
    text.charCodeAt(start - 1) === 40 &&
    text.startsWith('):', end) &&
    /(?:상담원|상담사|담당자|직원) $/.test(text.slice(Math.max(0, start - 6), start - 1))
  )
    return true;
  // "[15:02] 박서연: 안녕하세요": a chat turn's speaker, opening its line or following its time.
  if (
    (text.charCodeAt(end) === 58 || text.charCodeAt(end) === 0xff1a) &&
    (start === 0 || text.charCodeAt(start - 1) === 10 || text.startsWith('] ', start - 2))
  )
    return true;
  // "Mrs. Lee Soon-ja (이순자)": the name again in its own script.
  if (
    text.charCodeAt(start - 1) === 40 &&
    text.charCodeAt(end) === 41 &&
    /[A-Za-z] $/.test(text.slice(start - 3, start - 1))
  )
    return true;
  // "FM-7708817,2025-04-14,최영호,...": a cell of an export holding the name alone.
  const after = end < text.length ? text.charCodeAt(end) : 10;
  return opensCell(text, start) && (after === 44 || after === 124 || after === 9 || after === 10);
}
