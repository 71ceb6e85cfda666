import { hasBefore } from './context.ts';
import type { DigitChunk } from './digit-chunks.ts';

/**
 * Bank codes other countries route payments by, named by the words right before them: the UK's six-digit sort
 * code ("sort code 30-96-65", "sort code is 204577"), and Canada's five-digit transit and three-digit institution
 * numbers ("the transit is 30214 and the institution is 815").
 */
const KINDS: ReadonlyArray<{ readonly digits: number; readonly words: readonly string[] }> = [
  { digits: 6, words: ['sort code', 'sort_code', 'sortcode'] },
  { digits: 5, words: ['transit'] },
  { digits: 3, words: ['institution'] },
];
const REACH = 20;

/** Whether the chunk is a sort code, a transit or an institution number by its cue, or under a sort-code column. */
export function isNationalBankCode(lower: string, c: DigitChunk, sortColumn: boolean): boolean {
  const n = c.digits.length;
  if (c.glued || n > 6 || n < 3) return false;
  // A sort code is written whole or in three pairs ("30-96-65"), never otherwise.
  if (n === 6 && c.groups.length !== 1 && !(c.groups.length === 3 && c.groups.every((g) => g === 2)))
    return false;
  if (n !== 6 && c.groups.length !== 1) return false;
  if (n === 6 && sortColumn) return true;
  for (const kind of KINDS)
    if (kind.digits === n && hasBefore(lower, c.start, kind.words, REACH)) return true;
  return false;
}
