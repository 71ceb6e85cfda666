import { firmAcrossAmpersand, firmListAfter, possessiveFirmAfter } from './business-context.ts';
import { isNameGap, type NameToken } from './name-tokens.ts';
import { ORG } from './word-flags.ts';

/** Particles that say where a name's bearer works ("de", Portuguese "da"), unlike "y" inside "Sol y Mar". */
const WORKPLACE_PARTICLES = new Set(['de', 'da', 'do', 'del']);

/** Business nouns around a run of capitalised words, which make it a firm's name rather than a person's. */

const isOrg = (t: NameToken): boolean => (t.flags & ORG) !== 0;

/** Whether a word of `toks[from, to)` is a business noun. */
export function orgAmong(toks: readonly NameToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isOrg(toks[k] as NameToken)) return true;
  return false;
}

const MAX_FIRM_TAIL = 3;

/**
 * "Baptiste LLP", "Helios Home Energy": whether the word right after a run, in capitals or not, or one of
 * the few title-case words joined after it is a business noun. Capitals run on past a name
 * ("FAVIAN RANGEL FROM DRAKE PLC"), so only the first word after the run is read in capitals.
 */
export function orgSoonAfter(toks: readonly NameToken[], j: number, text: string): boolean {
  for (let k = j; k < j + MAX_FIRM_TAIL && k < toks.length; k++) {
    const n = toks[k] as NameToken;
    if (!isNameGap(text, n) || (k > j && !n.title)) return false;
    // "soy Lucía de Seguros Pacífico": a particle after a name says where its bearer works.
    if (k === j && !n.title && WORKPLACE_PARTICLES.has(text.slice(n.start, n.end))) return false;
    // "Thanks, Ms. Oyelaran-Fitch. Engineering will reset it": a sentence's end parts the name from the noun.
    if (text.charCodeAt(n.gapStart) === 46 && !(toks[k - 1] as NameToken | undefined)?.initial) return false;
    if (isOrg(n)) return true;
  }
  return false;
}

/**
 * Whether one of the few capitalised words right after `toks[i]`, joined to it, is a business noun; `reach` words
 * at most ("de Four Corners Housing Credit" names its trade fourth).
 */
export function orgInRunAfter(
  toks: readonly NameToken[],
  i: number,
  text: string,
  reach = MAX_FIRM_TAIL,
): boolean {
  for (let k = i + 1; k <= i + reach && k < toks.length; k++) {
    const n = toks[k] as NameToken;
    if (!isNameGap(text, n)) return false;
    if (isOrg(n)) return true;
  }
  return false;
}

/**
 * "Weiss & Ortega LLP", "Pruitt, Haas & Lindqvist CPAs", "Hank's Lock & Key": whether what follows the
 * word or run ending at `end` makes it part of a firm's name.
 */
export const namesFirmAfter = (text: string, lower: string, end: number): boolean =>
  firmAcrossAmpersand(text, lower, end) ||
  firmListAfter(text, lower, end) ||
  possessiveFirmAfter(text, lower, end);

/**
 * As namesFirmAfter, for a full name ("Attorney: Stephen Abrams, Abrams & Kline PLLC"): a partner list after a
 * comma names the firm the person works at, so only a firm joined to the words themselves counts.
 */
export const namesFirmRightAfter = (text: string, lower: string, end: number): boolean =>
  firmAcrossAmpersand(text, lower, end) || possessiveFirmAfter(text, lower, end);

/** "Osteria Benedetta", "Hotel Marguerite": whether a business noun opens the run `toks[i]` is joined to. */
export function orgInRunBefore(toks: readonly NameToken[], i: number, text: string): boolean {
  for (let k = i; k > i - MAX_FIRM_TAIL && k > 0; k--) {
    if (!isNameGap(text, toks[k] as NameToken)) return false;
    if (isOrg(toks[k - 1] as NameToken)) return true;
  }
  return false;
}
