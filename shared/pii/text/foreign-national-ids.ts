import { luhnValid } from '../validators/luhn.ts';
import type { DigitChunk } from './digit-chunks.ts';

/**
 * National numbers that stand where a US caller's Social Security number would: Canada's Social Insurance Number
 * ("SIN 527 418 321", nine digits passing Luhn) and the UK's National Insurance number ("NY 42 81 07 D").
 */

/** "SIN" in capitals or "social insurance" in words, within this reach before the number. */
const SIN_CUE = /(?:\bSIN\b|[Ss]ocial [Ii]nsurance)[^\n]{0,24}$/;
/**
 * Two prefix letters (never D, F, I, Q, U or V; never O second), six digits and a suffix A-D: spaced in pairs as
 * printed, or run together after an "NI" or "national insurance" cue. Global only for its lastIndex scan.
 */
const NINO =
  /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])( ?)(\d{2})\2(\d{2})\2(\d{2})\2([A-D])(?![A-Za-z0-9])/g;
const NINO_CUE = /(?:national insurance|\bni\b|\bnino\b)[^\n]{0,40}$/i;
/** Every National Insurance number holds a digit pair after a capital or a space: most texts fail this first. */
const NINO_HINT = /[A-Z] ?\d\d/;

/** Whether the nine-digit chunk is a Canadian Social Insurance Number by its cue and checksum. */
export function isSocialInsuranceNumber(text: string, c: DigitChunk): boolean {
  if (c.digits.length !== 9 || !(c.groups.length === 1 || c.groups.every((g) => g === 3))) return false;
  return luhnValid(c.digits) && SIN_CUE.test(text.slice(Math.max(0, c.start - 45), c.start));
}

/** The [start, end) of every UK National Insurance number: spaced as printed, or after its cue. */
export function nationalInsuranceNumbers(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!NINO_HINT.test(text)) return out;
  NINO.lastIndex = 0;
  for (let m = NINO.exec(text); m !== null; m = NINO.exec(text)) {
    if (m[2] === '' && !NINO_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
