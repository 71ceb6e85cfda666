import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { codeAt, isDigit, isWordChar } from '../text/chars.ts';
import { hasBefore } from '../text/context.ts';
import { allSeps } from '../text/digit-chunks.ts';

const VERSION_WORDS = ['version', 'ver.', ' v', 'release', 'build', 'firmware', 'update'];
const IP_WORDS = ['ip', 'address', 'server', 'host', 'gateway', 'router', 'dns', 'subnet'];

const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const MAX_V6 = 45;
const V6_HINT = /[0-9a-f]:[0-9a-f:]|::/i;

/** IPv4 dotted quads from digit chunks; IPv6 from maximal hex-and-colon runs (each run read once). */
export const ipAddress: Recognizer = {
  label: 'IP_ADDRESS',
  find({ text, lower, chunks }) {
    const out: Finding[] = [];
    for (const c of chunks) {
      if (c.groups.length !== 4 || !allSeps(c, '.') || c.glued) continue;
      if (text[c.start] === '+' || text[c.start] === '(') continue;
      if (c.groups.some((g) => g > 3)) continue;
      const parts = text.slice(c.start, c.end).split('.').map(Number);
      if (parts.some((p) => p > 255)) continue;
      if (codeAt(text, c.end) === 46 && isDigit(codeAt(text, c.end + 1))) continue;
      let score = 0.85;
      if (hasBefore(lower, c.start, VERSION_WORDS, 20)) score = 0.3;
      if (hasBefore(lower, c.start, IP_WORDS, 30)) score = 0.95;
      out.push(finding(c.start, c.end, 'IP_ADDRESS', score, 'ip-address'));
    }
    // IPv6 needs a colon with a hex digit or another colon beside it; plain prose has none.
    if (!V6_HINT.test(text)) return out;
    let i = 0;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (!(isHex(ch) || ch === 58) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let j = i;
      while (
        j < text.length &&
        (isHex(text.charCodeAt(j)) || text.charCodeAt(j) === 58 || text.charCodeAt(j) === 46)
      )
        j++;
      let end = j;
      while (end > i && text.charCodeAt(end - 1) === 46) end--;
      if (end - i <= MAX_V6 && !isWordChar(codeAt(text, j)) && ipv6Valid(text.slice(i, end))) {
        out.push(finding(i, end, 'IP_ADDRESS', 0.9, 'ip-address'));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  },
};

function ipv6Valid(s: string): boolean {
  if (!s.includes(':')) return false;
  const doubles = s.split('::').length - 1;
  if (doubles > 1) return false;
  let body = s;
  let v4Groups = 0;
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    const q = tail.split('.');
    if (q.length !== 4 || q.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return false;
    body = `${s.slice(0, lastColon + 1)}0`;
    v4Groups = 1;
  } else if (s.includes('.')) return false;
  const groups = body.split(':');
  const filled = groups.filter((g) => g.length > 0);
  if (filled.some((g) => g.length > 4)) return false;
  const count = filled.length + v4Groups;
  if (doubles === 0) return count === 8 && groups.length === 8;
  // With "::" at least two groups must be written, so clock times like "10::30" stay prose.
  return count <= 7 && (filled.length >= 2 || s === '::1');
}
