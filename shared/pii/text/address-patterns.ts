import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

const CORNER = /(?:the )?corner of ([^\n.,;!?]{2,60}?) and ((?:[\p{Lu}\d][\p{L}\d'-]*\.?(?: |$)){1,4})/gu;
const MILITARY =
  /((?:(?<![a-z])(?:usns|usnv|uss|uscgc|psc|unit|cmr) [^\n]{1,36}\n[ \t>]*)?(?:apo|fpo|dpo) (?:aa|ae|ap) \d{5})(?!\d)/g;

/**
 * "〒150-0012 東京都渋谷区広尾5-8-14-302": a Japanese address behind its postal mark, the prefecture, ward and block
 * numbers running on without spaces to the line's end or a bracket. Bounded, so the scan stays linear.
 */
const JAPANESE_POSTAL =
  /〒 ?\d{3}-?\d{4}[ \u3000]?[\u3005\u3040-\u30ff\u4e00-\u9fff][\u3005\u3040-\u30ff\u4e00-\u9fff\dA-Z０-９\-－ー‐ \u3000]{1,60}/g;

/**
 * "서울특별시 마포구 월드컵북로12길 34, 502호", "경기도 성남시 분당구 정자일로 95, 108동 1203호": a Korean road-name address, from
 * its city or province through the road ("로", "길") and building number to the flat. Bounded, so the scan stays linear.
 */
const KOREAN_ROAD =
  /[가-힣]{1,8}(?:특별시|광역시|특별자치시|도|시) (?:[가-힣]{1,6}(?:시|군|구) ){1,2}(?:[가-힣]{1,6}(?:읍|면|동) )?[가-힣0-9]{1,12}(?:로|길) \d{1,4}(?:-\d{1,4})?(?:, ?(?:\d{1,4}동 )?\d{1,5}(?:호|층))?/g;

/**
 * Intersections ("the corner of Main and 5th"), military mail ("USNS Møller / FPO AA 85844") and Japanese postal
 * addresses, added to `out`.
 * Both patterns are global and run by exec from lastIndex 0: matchAll would copy the pattern on every call.
 */
export function addPatternAddresses(out: Finding[], text: string, lower: string, hasDigit: boolean): void {
  // The intersection pattern is case-sensitive: its literal must be in the text as written.
  if (text.includes('corner of ')) {
    CORNER.lastIndex = 0;
    for (let m = CORNER.exec(text); m !== null; m = CORNER.exec(text)) {
      const end = m.index + m[0].trimEnd().length;
      out.push(finding(m.index, end, 'ADDRESS', 0.7, 'address'));
    }
  }
  if (hasDigit && (text.includes('로 ') || text.includes('길 '))) {
    KOREAN_ROAD.lastIndex = 0;
    for (let m = KOREAN_ROAD.exec(text); m !== null; m = KOREAN_ROAD.exec(text))
      out.push(finding(m.index, m.index + m[0].length, 'ADDRESS', 0.85, 'address'));
  }
  if (hasDigit && text.includes('〒')) {
    JAPANESE_POSTAL.lastIndex = 0;
    for (let m = JAPANESE_POSTAL.exec(text); m !== null; m = JAPANESE_POSTAL.exec(text)) {
      const end = m.index + m[0].trimEnd().length;
      out.push(finding(m.index, end, 'ADDRESS', 0.85, 'address'));
    }
  }
  // Every military postcode holds "po a" and a digit; a plain search rules most texts out first.
  if (hasDigit && lower.includes('po a') && /[afd]po a[aep] \d/.test(lower)) {
    MILITARY.lastIndex = 0;
    for (let m = MILITARY.exec(lower); m !== null; m = MILITARY.exec(lower)) {
      out.push(finding(m.index, m.index + m[0].length, 'ADDRESS', 0.9, 'address'));
    }
  }
}
