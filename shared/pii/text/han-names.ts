import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Chinese names in Han characters, which have no capitals or spaces: two or three characters right after "我叫"
 * ("I am called"), "我是" ("I am") or the Cantonese "我係", a role's label, a name's field or a relation, opening
 * with a common surname and closed by punctuation, a space or another script; and a surname before a courtesy
 * title ("林先生").
 */

/** The commonest Chinese surnames, simplified and traditional: a name after the cue opens with one. */
const SURNAMES = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯区區欧歐关關甘伍麦麥霍温溫',
]);

/** What "我是" introduces when it is no name: a role ("我是医生"), a relation or "the person myself". */
const NOT_NAMES = new Set(
  '医生 醫生 老师 老師 学生 學生 客户 客戶 新客户 新客戶 病人 患者 会员 會員 车主 車主 本人 司机 司機 家长 家長 妈妈 媽媽 爸爸 太太 先生 业主 業主 租客 他的 她的 想问 想問 谢谢 謝謝 谢谢您 謝謝您'.split(
    ' ',
  ),
);

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const HAN = /[\u4e00-\u9fff]/;

/** End of the name of two or three characters opening at `start`, closed by no further Han character; or -1. */
function nameEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start < 4 && isHan(text.charCodeAt(end))) end++;
  const length = end - start;
  // A name is two or three characters; a fourth, or none after, makes a sentence ("我是说...").
  if (length < 2 || length > 3 || isHan(text.charCodeAt(end))) return -1;
  // "我係阿欣": Cantonese calls people by "阿" and a syllable of their name ("阿爸", "阿姨" are kin, no names).
  if (length === 2 && text.charAt(start) === '阿') return KIN_AFTER_AH.has(text.charAt(start + 1)) ? -1 : end;
  if (!SURNAMES.has(text.charAt(start)) || NOT_NAMES.has(text.slice(start, end))) return -1;
  return end;
}

/**
 * "長子陳家豪喺多倫多", "我細佬黃志偉喺Ohio": after a cue, a full name of three characters may run straight on into the
 * sentence, closed by a word that never ends a name ("喺" at, "係" is, "話" says, "嘅" of).
 */
function nameBeforeCloser(text: string, start: number): number {
  const end = start + 3;
  if (!SURNAMES.has(text.charAt(start)) || !isHan(text.charCodeAt(end - 1))) return -1;
  if (!isHan(text.charCodeAt(start + 1)) || !NAME_CLOSERS.has(text.charAt(end))) return -1;
  return NOT_NAMES.has(text.slice(start, end)) ? -1 : end;
}
const NAME_CLOSERS: ReadonlySet<string> = new Set([
  ...'喺係話會嘅同先的是在说說已過过今要就也都想打上下平可去来來一签簽嗰，,',
]);

const THANKS = /^(?:谢谢|謝謝)/;
/** Roles that label turns as names do, some opening with a surname's character ("来电", "客户"). */
const SPEAKER_ROLES: ReadonlySet<string> = new Set([
  '访客',
  '訪客',
  '客户',
  '客戶',
  '来电',
  '來電',
  '坐席',
  '客服',
  '馆员',
  '館員',
  '职员',
  '職員',
  '会员',
  '會員',
  '系统',
  '系統',
  '司机',
  '经理',
  '經理',
]);

const KIN_AFTER_AH: ReadonlySet<string> = new Set([...'爸媽妈姨叔伯婆公嫲爺爷哥姐弟妹仔女']);

/**
 * "我叫", "他叫", "客服 陈晓敏：", "发件人：黄美玲", "我父亲黄志强（", Cantonese "我阿爸叫陳國棟", "我係佢個女陳美玲": an
 * introduction, a role's label, a sender's or a name's field, or a relation, then the name. Global only for its
 * lastIndex scan.
 */
const CUE =
  /(?:我叫|我是|我係|他叫|她叫|客服|坐席|专员|專員|经理|經理|发件人|發件人|收件人|联系人|聯繫人|姓名|我父亲(?!叫)|我父親(?!叫)|我母亲(?!叫)|我母親(?!叫)|我丈夫|我妻子|我儿子|我兒子|我女儿|我女兒|我太太|我先生|儿子|兒子|女儿|女兒|爸叫|媽叫|妈叫|佢叫|個女|個仔|个女|个仔|她妈妈|他妈妈|她爸爸|他爸爸|借款人是|联系人是|聯繫人是|经纪人|經紀人|客户|客戶|阿爸(?!叫)|阿媽(?!叫)|細佬|家姐|長子|長女|老公|老婆|職員|职员|死者|來電者|来电者|聯絡人|馆员|館員|孩子叫|我弟弟|我哥哥|我姐姐|我妹妹|我女儿|我儿子|我太太|回复（|回覆（|父亲叫|父親叫|母亲叫|母親叫|您父亲|您父親|您母亲|您母親)[：:]? ?/g;
/** "[19:03] 林佳慧：好的": a chat turn's speaker, opening its line or following its time. Global for its scan. */
const SPEAKER = /(?:^|\n|\] )([\u4e00-\u9fff]{2,3})[：:]/g;
/** "林先生您好": a surname and a courtesy title. Global only for its lastIndex scan. */
const SURNAME_TITLE = /(?:先生|女士|小姐|太太)/g;

/** Adds the Chinese names found to `out`. */
export function hanNames(text: string, out: Finding[]): void {
  if (!HAN.test(text)) return;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const start = m.index + m[0].length;
    const end = nameEnd(text, start) > 0 ? nameEnd(text, start) : nameBeforeCloser(text, start);
    if (end > 0) out.push(finding(start, end, 'PERSON', 0.75, 'person/han'));
  }
  SPEAKER.lastIndex = 0;
  for (let m = SPEAKER.exec(text); m !== null; m = SPEAKER.exec(text)) {
    const name = m[1] as string;
    if (!SURNAMES.has(name.charAt(0)) || NOT_NAMES.has(name) || SPEAKER_ROLES.has(name)) continue;
    const start = m.index + m[0].length - name.length - 1;
    out.push(finding(start, start + name.length, 'PERSON', 0.75, 'person/han'));
  }
  SURNAME_TITLE.lastIndex = 0;
  for (let m = SURNAME_TITLE.exec(text); m !== null; m = SURNAME_TITLE.exec(text)) {
    // A surname alone before the title, or a full name of two or three characters ("：黃志強先生"): no Han character
    // before it but punctuation or another script.
    // "谢谢王女士": thanks said before the surname is no part of the name.
    for (const length of [1, 3, 2]) {
      const at = m.index - length;
      if (at < 0 || !SURNAMES.has(text.charAt(at)) || THANKS.test(text.slice(at, m.index))) continue;
      if (isHan(text.charCodeAt(at - 1)) && !(length === 1 && THANKS.test(text.slice(at - 2, at)))) continue;
      out.push(finding(at, m.index, 'PERSON', 0.7, 'person/han'));
      break;
    }
  }
}
