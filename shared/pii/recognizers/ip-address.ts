import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { codeAt, isDigit, isLetter, isWordChar } from '../text/chars.ts';
import { cueGroups, nearestCue } from '../text/context.ts';
import { allSeps, type DigitChunk, digitsStart, lastGroups } from '../text/digit-chunks.ts';

/** The nearest cue decides: "your gateway is on firmware 7.2.10.3" names a version, not an address. */
const CUES = cueGroups({
  // "fw 3.4.1.12", '"router_fw": "3.4.1.12"': a firmware's short name, as a modem's record gives it.
  version: ['version', 'ver.', ' v', 'release', 'build', 'firmware', 'update', ' fw', '_fw', 'fw:', 'fw='],
  ip: ['ip', 'address', 'server', 'host', 'gateway', 'router', 'dns', 'subnet'],
});

const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const MAX_V6 = 45;
/** Colons in an address written out in full: eight groups. */
const FULL_COLONS = 7;

/** Another field's key between the version word and the number: "_UPDATE  src=", not "version=" or "fw: ". */
const OTHER_KEY = /[a-z]=/;

/** By the nearest cue; a version cue whose number came already ("version 2.4.1 at 10.0.0.12") says nothing. */
function cueScore(lower: string, start: number): number {
  const cue = nearestCue(lower, start, CUES, 30);
  if (cue === null) return 0.85;
  if (cue.key === 'ip') return 0.95;
  // "event=ERefund_UPDATE  src=203.0.113.52": a version follows its word closely ("firmware 7.2.10.3", "version is
  // ..."), with no other field's key between.
  if (OTHER_KEY.test(lower.slice(cue.end, start))) return 0.85;
  for (let i = cue.end; i < start; i++) if (isDigit(lower.charCodeAt(i))) return 0.85;
  return 0.3;
}

/** IPv4 dotted quads from digit chunks; IPv6 from the hex-and-colon runs around colons. */
export const ipAddress: Recognizer = {
  label: 'IP_ADDRESS',
  find({ text, lower, chunks }) {
    const out: Finding[] = [];
    for (const whole of chunks) {
      // A dotted quad has three dots between its groups: most chunks have none, and are passed over unread.
      if (dotSeparators(whole) < 3) continue;
      // "MSL-FS01 (10.1.1.10)": the reader opens a chunk at a bracket, as for a phone's area code.
      const c = dottedHead(dottedTail({ ...whole, start: digitsStart(text, whole) }));
      if (c.groups.length !== 4 || !allSeps(c, '.') || c.glued) continue;
      if (text[c.start] === '+') continue;
      // "TechGuardAssist/5.3.2.1": a product's version after its name and a slash, as user agents write them.
      if (text[c.start - 1] === '/' && isLetter(codeAt(text, c.start - 2))) continue;
      if (c.groups.some((g) => g > 3)) continue;
      const parts = text.slice(c.start, c.end).split('.').map(Number);
      if (parts.some((p) => p > 255) || isNetmask(parts)) continue;
      if (codeAt(text, c.end) === 46 && isDigit(codeAt(text, c.end + 1))) continue;
      const score = cueScore(lower, c.start);
      out.push(finding(c.start, c.end, 'IP_ADDRESS', score, 'ip-address'));
    }
    for (const f of ipv6Runs(text)) out.push(f);
    return out;
  },
};

function dotSeparators(c: DigitChunk): number {
  let dots = 0;
  for (const sep of c.seps) if (sep === '.') dots++;
  return dots;
}

/**
 * "185.220.101.47 (29 attempts)": the reader joins a bracketed or spaced number after the dotted quad to it; the quad
 * is the first four groups.
 */
function dottedHead(c: DigitChunk): DigitChunk {
  if (c.groups.length <= 4 || c.seps[0] !== '.' || c.seps[1] !== '.' || c.seps[2] !== '.') return c;
  // A subnet's "/24" stays joined: a network names no one.
  if (c.seps[3] !== ' ' && c.seps[3] !== ' (') return c;
  const groups = c.groups.slice(0, 4);
  const digits = groups.reduce((n, g) => n + g, 0);
  return {
    start: c.start,
    end: c.start + digits + 3,
    digits: c.digits.slice(0, digits),
    groups,
    seps: c.seps.slice(0, 3),
    glued: false,
  };
}

/**
 * "03:11:40  185.220.101.47": the reader joins a number before a space to the dotted quad after it; the quad is
 * the last four groups.
 */
function dottedTail(c: DigitChunk): DigitChunk {
  const n = c.groups.length;
  if (n <= 4 || (c.seps[n - 5] !== ' ' && c.seps[n - 5] !== '  ')) return c;
  const tail = lastGroups(c, 4);
  return allSeps(tail, '.') ? tail : c;
}

/**
 * "Subnet Mask: 255.255.255.0": a mask (leading ones, then zeros, from 255.0.0.0 on) marks out a network's
 * size and points at no machine.
 */
function isNetmask(parts: readonly number[]): boolean {
  if (parts[0] !== 255) return false;
  const value = ((parts[0] << 24) | ((parts[1] ?? 0) << 16) | ((parts[2] ?? 0) << 8) | (parts[3] ?? 0)) >>> 0;
  const zeros = ~value >>> 0;
  return (zeros & (zeros + 1)) === 0;
}

const isRunChar = (c: number): boolean => isHex(c) || c === 58 || c === 46;

/**
 * IPv6 addresses: maximal hex-and-colon runs (dots allowed for an IPv4 tail) starting where no word goes on
 * before them. Every address holds a colon, so the scan visits only the stretches around colons, resuming
 * each at the first character a plain left-to-right scan would also stop at.
 */
function ipv6Runs(text: string): Finding[] {
  const out: Finding[] = [];
  if (!mayHoldIpv6(text)) return out;
  let i = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', i)) {
    let s = colon;
    while (s > i && isRunChar(text.charCodeAt(s - 1))) s--;
    i = s;
    while (i <= colon) {
      const ch = text.charCodeAt(i);
      if (!(isHex(ch) || ch === 58) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
        i++;
        continue;
      }
      let j = i;
      let sawColon = false;
      for (let c = text.charCodeAt(j); j < text.length && isRunChar(c); c = text.charCodeAt(++j)) {
        if (c === 58) sawColon = true;
      }
      let end = j;
      while (end > i && text.charCodeAt(end - 1) === 46) end--;
      if (sawColon && end - i <= MAX_V6 && !isWordChar(codeAt(text, j)) && ipv6Valid(text.slice(i, end))) {
        out.push(finding(i, end, 'IP_ADDRESS', 0.9, 'ip-address'));
      }
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/**
 * Every IPv6 address holds "::" or seven colons within MAX_V6 characters: texts with neither (most, even
 * with clock times and speaker labels) need no run read at all.
 */
function mayHoldIpv6(text: string): boolean {
  let seen = 0;
  // Where the last few colons were, as a ring: made only for texts that hold a colon.
  let recent: Int32Array | null = null;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    if (text.charCodeAt(at + 1) === 58) return true;
    recent ??= new Int32Array(FULL_COLONS);
    recent[seen % FULL_COLONS] = at;
    seen++;
    // The ring's next slot holds the sixth colon before this one: seven colons within reach of an address.
    if (seen >= FULL_COLONS && at - (recent[seen % FULL_COLONS] as number) < MAX_V6) return true;
  }
  return false;
}

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
