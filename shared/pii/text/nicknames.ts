import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { COMMON, FIRST, flagsAt, NOT_NAME } from './word-flags.ts';

/**
 * A nickname quoted or bracketed between a given name and a surname, then the surname: `Bernadette "Bernie"
 * Galasso`, "Robert (Bob) Yates". Read only right after a name already found, so a quoted word elsewhere
 * ("the "Madison" casket") is left alone.
 */
const NICKNAME_THEN_SURNAME =
  /^ (["\u201c(])(\p{Lu}\p{Ll}+)["\u201d)] (\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)?)(?![\p{L}\d])/u;
const MAX_TAIL = 50;

/**
 * Widens each given name found in `out` that a quoted nickname and a surname follow into the whole name, the
 * nickname inside it; a finding of the nickname alone is dropped.
 */
export function nicknamedSurnames(text: string, lower: string, out: Finding[]): void {
  if (!text.includes(' "') && !text.includes(' (') && !text.includes(' \u201c')) return;
  let widened: Finding[] | null = null;
  for (let k = 0; k < out.length; k++) {
    const f = out[k] as Finding;
    if (f.label !== 'PERSON' || !f.source.startsWith('person')) continue;
    const m = NICKNAME_THEN_SURNAME.exec(text.slice(f.end, f.end + MAX_TAIL));
    if (m === null) continue;
    const nick = f.end + 2;
    const nickEnd = nick + (m[2] as string).length;
    const surname = nickEnd + 2;
    const surnameEnd = surname + (m[3] as string).length;
    // "Maria (Billing) Tuesday": a bracketed word is a nickname only when it is a given name, and what follows
    // it a surname, no weekday or ordinary word.
    if (m[1] === '(' && (flagsAt(lower, nick, nickEnd) & FIRST) === 0) continue;
    if ((flagsAt(lower, surname, surnameEnd) & (COMMON | NOT_NAME)) !== 0) continue;
    const whole = finding(f.start, surnameEnd, 'PERSON', Math.max(f.score, 0.85), 'person/nickname');
    out[k] = whole;
    widened ??= [];
    widened.push(whole);
  }
  if (widened === null) return;
  const inside = (g: Finding): boolean =>
    g.label === 'PERSON' && !widened.includes(g) && widened.some((w) => g.start >= w.start && g.end <= w.end);
  const kept = out.filter((g) => !inside(g));
  out.length = 0;
  for (const g of kept) out.push(g);
}
