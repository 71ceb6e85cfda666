import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

const CORNER = /(?:the )?corner of ([^\n.,;!?]{2,60}?) and ((?:[\p{Lu}\d][\p{L}\d'-]*\.?(?: |$)){1,4})/gu;
const MILITARY =
  /((?:(?<![a-z])(?:usns|usnv|uss|uscgc|psc|unit|cmr) [^\n]{1,36}\n[ \t>]*)?(?:apo|fpo|dpo) (?:aa|ae|ap) \d{5})(?!\d)/g;

/** Intersections ("the corner of Main and 5th") and military mail ("USNS Møller / FPO AA 85844"). */
export function patternAddresses(text: string, lower: string, hasDigit: boolean): Finding[] {
  const out: Finding[] = [];
  if (lower.includes('corner of ')) {
    for (const m of text.matchAll(CORNER)) {
      const end = m.index + m[0].trimEnd().length;
      out.push(finding(m.index, end, 'ADDRESS', 0.7, 'address'));
    }
  }
  // Every military postcode holds "po a" and a digit; a plain search rules most texts out first.
  if (hasDigit && lower.includes('po a') && /[afd]po a[aep] \d/.test(lower)) {
    for (const m of lower.matchAll(MILITARY)) {
      out.push(finding(m.index, m.index + m[0].length, 'ADDRESS', 0.9, 'address'));
    }
  }
  return out;
}
