import { finding, type Recognizer } from '../scan-input.ts';
import { isAsciiAlnum, isLetter } from '../text/chars.ts';
import { gdsEmails } from '../text/gds-records.ts';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const isLocalChar = (c: number): boolean =>
  isAsciiAlnum(c) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45 ||
  c === 39 ||
  // "dq*******@gmail.com": a masked address shows its first letters; it is still the person's, in part.
  c === 42 ||
  (c > 127 && isLetter(c));
const isDomainChar = (c: number): boolean =>
  isAsciiAlnum(c) || c === 46 || c === 45 || (c > 127 && isLetter(c));

/** Scans outward from each "@" (no regex), so a long run of address characters is read once. */
export const email: Recognizer = {
  label: 'EMAIL',
  find({ text }) {
    const out = [];
    let from = 0;
    for (;;) {
      const at = text.indexOf('@', from);
      if (at < 0) break;
      from = at + 1;
      let s = at;
      while (s > 0 && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
      while (s < at && !isAsciiAlnum(text.charCodeAt(s)) && !isLetter(text.charCodeAt(s))) s++;
      let e = at + 1;
      while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
      while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
      if (s === at || e === at + 1) continue;
      const domain = text.slice(at + 1, e);
      const dot = domain.lastIndexOf('.');
      const tld = domain.slice(dot + 1);
      if (dot <= 0 || tld.length < 2 || !/^\p{L}+$/u.test(tld)) continue;
      const masked = text.slice(s, at).includes('*');
      out.push(finding(s, e, 'EMAIL', 0.95, 'email', masked));
      from = e;
    }
    for (const g of gdsEmails(text)) out.push(finding(g.start, g.end, 'EMAIL', 0.95, 'email/gds'));
    return out;
  },
};
