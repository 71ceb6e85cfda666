import type { Finding } from '../finding.ts';
import { JAPANESE_SURNAMES_KANA, JAPANESE_SURNAMES_KANJI } from '../data/japanese-surnames.ts';
import { finding } from '../scan-input.ts';

/**
 * Japanese names in kanji, a surname and a given name often parted by a space ("渡辺 結衣"), or in capitals as a
 * passport writes them ("YAMAGUCHI HARUKA"), and their katakana reading in brackets: after a record's field for who
 * was served, who handled it, who asked or who wrote ("お客様：", "担当：", "相談者：", "差出人：", "From: "), closed by an
 * honorific ("様", "さん"), a bracket, an address or the line's end; after an agent's role or a relation ("亡夫",
 * "父の"); introducing themselves ("と申します"); or spaced and honoured ("山口 大輔様").
 */

const KANJI = '[\\u3005\\u4e00-\\u9fff]';
/** A full name with the space between its parts. */
const SPACED_NAME = `${KANJI}{1,3}[ \\u3000]${KANJI}{1,3}`;
/** A field's label, then the name. Global for its lastIndex scan. */
const LABEL_THEN_NAME = new RegExp(
  `(?:お客様|担当|通訳|差出人|送信者|氏名|お名前|名前|相談者|契約者|受取人|申込者|請求者|被保険者|相手方|通報者|目撃者|From)[：:] ?(?:記名被保険者 |歩行者の)?(${KANJI}{1,3}[ \\u3000]?${KANJI}{1,3}|[A-Z][A-Z'-]{1,20} [A-Z][A-Z'-]{1,20})(?= ?様| ?さん|[（(）)]| <| ?[/／|｜]|\\n|$)`,
  'g',
);
/**
 * "担当（佐藤）:", "担当の佐藤です": a chat's agent named in brackets after the role, or introducing themselves; "奥様 高橋
 * 由美子 様", "亡夫 高橋 昭雄様": a companion or a relative named after the relation and closed by the honorific; "父の佐藤
 * 健一（サトウ ケンイチ）": a relative's full name after "の", with its reading or honorific. Global for their scans.
 */
const ROLE_BRACKET = new RegExp(`(?:担当|通訳|オペレーター)[（(](${KANJI}{1,4})[）)]`, 'g');
const ROLE_INTRO = new RegExp(`担当の(${KANJI}{1,4})(?:です|と申します)`, 'g');
const RELATION_THEN_NAME = new RegExp(
  `(?:奥様|ご主人様?|お子様|息子さん|娘さん|ご家族|亡夫|亡妻|長男|長女|次男|次女|夫|妻)[ \\u3000](${KANJI}{1,3}(?:[ \\u3000]${KANJI}{1,3})?)[ \\u3000]?様`,
  'g',
);
/** "妻の由美が在宅しております": a relative's given name after "の", before the particle that follows a name. */
const RELATIVE_GIVEN = new RegExp(`(?:妻|夫|母|父|娘|息子|祖父|祖母)の(${KANJI}{2,3})(?=が|は|も)`, 'g');
const RELATIVE_OF = new RegExp(
  `(?:父|母|夫|妻|祖父|祖母|息子|娘|兄|姉|弟|妹)の(${SPACED_NAME})(?=[（(]| ?様| ?さん)`,
  'g',
);
/** "高橋 彩花と申します", "佐藤 恵美（サトウ エミ）と申します": a caller or writer introducing themselves. */
const SELF_INTRO = new RegExp(
  `(?:^|[。\\n、]|の)(${KANJI}{1,3}[ \\u3000]?${KANJI}{1,3})(?:[（(][\\u30a0-\\u30ff \\u3000]{1,17}[）)])?と申します`,
  'g',
);
/** "レイクショア生命です。山口 大輔様、": a spaced full name and its honorific, after a sentence or a field. */
const SPACED_HONOURED = new RegExp(`(?:^|[。、\\s：:】」）)]|の)(${SPACED_NAME}) ?様`, 'g');

/**
 * "佐々木 恵", "小林 さくらです", "伊藤 直樹": a common surname, a space and a given name in kanji or hiragana, ending
 * where the kanji do. Global for its lastIndex scan.
 */
const SURNAME_SPACED_GIVEN = new RegExp(
  `(?<![\\u3005\\u4e00-\\u9fff])(?:${JAPANESE_SURNAMES_KANJI})[ \\u3000](?:${KANJI}{1,3}|[\\u3041-\\u3096]{2,4}(?=です|と申|さん|様|[ 、。\\n]|$))(?![\\u3005\\u4e00-\\u9fff])`,
  'g',
);
/**
 * "伊藤様", "田中先生", "窓口の佐々木でございます", "佐々木が承りました", "おおの です": a common surname alone before an
 * honorific or the formulas an agent names themselves with; in hiragana as speech-to-text writes it, between spaces.
 */
const SURNAME_HONOURED = new RegExp(
  `(?<![\\u3005\\u4e00-\\u9fff])(?:${JAPANESE_SURNAMES_KANJI})(?=様|さん|先生|でございます|が承りました)|(?<=[ \\n]|^|の)(?:${JAPANESE_SURNAMES_KANA})(?= ?です| ?と申します| ?が 承りました| ?さま)`,
  'g',
);
/** "Nakoa先生": a doctor's name in Latin letters before the honorific. */
const LATIN_DOCTOR = /(?<![A-Za-z])[A-Z][a-z]{1,15}(?=先生)/g;

/** "（ワタナベ ユイ）", "（タカハシ ヒロシ、生年月日 ...）": a name's reading in katakana, opening brackets right after it. */
const READING = /^[（(]([\u30a0-\u30ff]{1,8}[ \u3000]?[\u30a0-\u30ff]{1,8})[）)、,]/;
const SPACE = /[ \u3000]/;

/** Adds the Japanese names found to `out`. */
export function japaneseNames(text: string, out: Finding[]): void {
  if (!/[\u3040-\u30ff]|担当|差出人|From: [\u3005\u4e00-\u9fff]/.test(text)) return;
  const fullNames: string[] = [];
  const patterns: readonly [RegExp, number][] = [
    [ROLE_BRACKET, 0.8],
    [ROLE_INTRO, 0.8],
    [RELATION_THEN_NAME, 0.8],
    [RELATIVE_OF, 0.8],
    [RELATIVE_GIVEN, 0.75],
    [SELF_INTRO, 0.8],
    [SPACED_HONOURED, 0.75],
    [LABEL_THEN_NAME, 0.75],
    [SURNAME_SPACED_GIVEN, 0.8],
  ];
  for (const [pattern, score] of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      // "山本 翔様": the honorific, a kanji itself, is no part of the name.
      const name = (m[1] ?? m[0]).replace(/様$/, '');
      const start = m.index + (m[0] as string).indexOf(name);
      const end = start + name.length;
      out.push(finding(start, end, 'PERSON', score, 'person/japanese'));
      if (SPACE.test(name) && !/^[A-Z]/.test(name)) fullNames.push(name);
      readingAfter(text, end, out);
    }
  }
  for (const pattern of [SURNAME_HONOURED, LATIN_DOCTOR]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text))
      out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.75, 'person/japanese'));
  }
  laterMentions(text, fullNames, out);
}

/** The honorific, then the reading: "渡辺 結衣 様（ワタナベ ユイ）". */
function readingAfter(text: string, end: number, out: Finding[]): void {
  let after = end;
  if (text.startsWith(' 様', after)) after += 2;
  else if (text.startsWith('様', after)) after += 1;
  const reading = READING.exec(text.slice(after, after + 20));
  if (reading === null) return;
  const at = after + 1;
  out.push(finding(at, at + (reading[1] as string).length, 'PERSON', 0.7, 'person/japanese'));
}

/**
 * A full name read once, with its space, is the same person wherever it stands again: the e-mail's signature. Its
 * surname of two or more kanji, standing alone between other characters than kanji, is that person too ("佐々木が").
 */
function laterMentions(text: string, names: readonly string[], out: Finding[]): void {
  for (const name of new Set(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      out.push(finding(at, at + name.length, 'PERSON', 0.7, 'person/japanese'));
    const surname = name.split(SPACE)[0] as string;
    if (surname.length < 2 || !ALL_KANJI.test(surname)) continue;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      if (isKanji(text.charCodeAt(at - 1)) || isKanji(text.charCodeAt(at + surname.length))) continue;
      out.push(finding(at, at + surname.length, 'PERSON', 0.7, 'person/japanese'));
    }
  }
}

const ALL_KANJI = /^[\u3005\u4e00-\u9fff]+$/;
const isKanji = (c: number): boolean => c === 0x3005 || (c >= 0x4e00 && c <= 0x9fff);
