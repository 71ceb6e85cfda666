import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

const CORNER = /(?:the )?corner of ([^\n.,;!?]{2,60}?) and ((?:[\p{Lu}\d][\p{L}\d'-]*\.?(?: |$)){1,4})/gu;
const MILITARY =
  /((?:(?<![a-z])(?:usns|usnv|uss|uscgc|psc|unit|cmr) [^\n]{1,36}\n[ \t>]*)?(?:apo|fpo|dpo) (?:aa|ae|ap) \d{5})(?!\d)/g;

/**
 * Intersections ("the corner of Main and 5th") and military mail ("USNS Møller / FPO AA 85844"), added to `out`.
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
  // Every military postcode holds "po a" and a digit; a plain search rules most texts out first.
  if (hasDigit && lower.includes('po a') && /[afd]po a[aep] \d/.test(lower)) {
    MILITARY.lastIndex = 0;
    for (let m = MILITARY.exec(lower); m !== null; m = MILITARY.exec(lower)) {
      out.push(finding(m.index, m.index + m[0].length, 'ADDRESS', 0.9, 'address'));
    }
  }
}
