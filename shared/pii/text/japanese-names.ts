import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Japanese names in kanji, a surname and a given name often parted by a space ("渡辺 結衣"), or in capitals as a
 * passport writes them ("YAMAGUCHI HARUKA"), and their katakana
 * reading in brackets: after a record's field for who was served, who handled it or who wrote ("お客様：", "担当：",
 * "通訳：", "差出人：", "From: "), closed by an honorific ("様", "さん"), a bracket, an address or the line's end; and after
 * an agent's role or a companion's relation (see ROLE_BRACKET).
 */

/** A field's label, then the name. Global for its lastIndex scan. */
const LABEL_THEN_NAME =
  /(?:お客様|担当|通訳|差出人|送信者|氏名|お名前|名前|From)[：:] ?([\u3005\u4e00-\u9fff]{1,3}[ \u3000]?[\u3005\u4e00-\u9fff]{1,3}|[A-Z][A-Z'-]{1,20} [A-Z][A-Z'-]{1,20})(?= ?様| ?さん|[（(）)]| <|\n|$)/g;
/**
 * "担当（佐藤）:", "担当の佐藤です": a chat's agent named in brackets after the role, or introducing themselves; "奥様 高橋
 * 由美子 様", "お子様 陽翔 様": a companion named after the relation and closed by the honorific. Global for their scans.
 */
const ROLE_BRACKET = /(?:担当|通訳|オペレーター)[（(]([\u3005\u4e00-\u9fff]{1,4})[）)]/g;
const ROLE_INTRO = /担当の([\u3005\u4e00-\u9fff]{1,4})(?:です|と申します)/g;
/** "高橋 彩花と申します": a caller or writer introducing themselves, opening a sentence or a line. */
const SELF_INTRO =
  /(?:^|[。\n、])([\u3005\u4e00-\u9fff]{1,3}[ \u3000]?[\u3005\u4e00-\u9fff]{1,3})と申します/g;
const RELATION_THEN_NAME =
  /(?:奥様|ご主人様?|お子様|息子さん|娘さん|ご家族)[ \u3000]([\u3005\u4e00-\u9fff]{1,3}(?:[ \u3000][\u3005\u4e00-\u9fff]{1,3})?)[ \u3000]?様/g;

/** "（ワタナベ ユイ）": a name's reading in katakana, in brackets right after it. */
const READING = /^[（(]([\u30a0-\u30ff]{1,8}[ \u3000]?[\u30a0-\u30ff]{1,8})[）)]/;

/** Adds the Japanese names found to `out`. */
export function japaneseNames(text: string, out: Finding[]): void {
  if (!/[\u3040-\u30ff]|担当|差出人|From: [\u3005\u4e00-\u9fff]/.test(text)) return;
  const fullNames: string[] = [];
  for (const pattern of [ROLE_BRACKET, ROLE_INTRO, RELATION_THEN_NAME, SELF_INTRO]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const name = m[1] as string;
      const start = m.index + (m[0] as string).indexOf(name);
      out.push(finding(start, start + name.length, 'PERSON', 0.8, 'person/japanese'));
      if (/[ \u3000]/.test(name)) fullNames.push(name);
    }
  }
  LABEL_THEN_NAME.lastIndex = 0;
  for (let m = LABEL_THEN_NAME.exec(text); m !== null; m = LABEL_THEN_NAME.exec(text)) {
    const name = m[1] as string;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    out.push(finding(start, end, 'PERSON', 0.75, 'person/japanese'));
    if (/[ \u3000]/.test(name) && !/^[A-Z]/.test(name)) fullNames.push(name);
    // The honorific, then the reading: "渡辺 結衣 様（ワタナベ ユイ）".
    let after = end;
    if (text.startsWith(' 様', after)) after += 2;
    else if (text.startsWith('様', after)) after += 1;
    const reading = READING.exec(text.slice(after, after + 20));
    if (reading !== null) {
      const at = after + 1;
      out.push(finding(at, at + (reading[1] as string).length, 'PERSON', 0.7, 'person/japanese'));
    }
  }
  laterMentions(text, fullNames, out);
}

/** A full name read once, with its space, is the same person wherever it stands again: the e-mail's signature. */
function laterMentions(text: string, names: readonly string[], out: Finding[]): void {
  for (const name of new Set(names)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      out.push(finding(at, at + name.length, 'PERSON', 0.7, 'person/japanese'));
  }
}
