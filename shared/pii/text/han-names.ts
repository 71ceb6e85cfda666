import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Chinese names in Han characters, which have no capitals or spaces: two or three characters right after "我叫"
 * ("I am called"), "我是" ("I am") or the Cantonese "我係", opening with a common surname and closed by
 * punctuation, a space or another script.
 */

const CUE = /我叫|我是|我係/g;
/** The commonest Chinese surnames, simplified and traditional: a name after the cue opens with one. */
const SURNAMES = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯区區欧歐关關甘伍麦麥霍温溫',
]);

/** What "我是" introduces when it is no name: a role ("我是医生"), a relation or "the person myself". */
const NOT_NAMES = new Set(
  '医生 醫生 老师 老師 学生 學生 客户 客戶 新客户 新客戶 病人 患者 会员 會員 车主 車主 本人 司机 司機 家长 家長 妈妈 媽媽 爸爸 太太 先生 业主 業主 租客 他的 她的 想问 想問'.split(
    ' ',
  ),
);

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Adds the Chinese names found to `out`. */
export function hanNames(text: string, out: Finding[]): void {
  if (!text.includes('我叫') && !text.includes('我是') && !text.includes('我係')) return;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const start = m.index + 2;
    let end = start;
    while (end < text.length && end - start < 4 && isHan(text.charCodeAt(end))) end++;
    const length = end - start;
    // A name is two or three characters; a fourth, or none after, makes a sentence ("我是说...").
    if (length < 2 || length > 3 || isHan(text.charCodeAt(end))) continue;
    if (!SURNAMES.has(text.charAt(start)) || NOT_NAMES.has(text.slice(start, end))) continue;
    out.push(finding(start, end, 'PERSON', 0.75, 'person/han'));
  }
}
