import { MONTH_NAME_SET } from '../data/months.ts';
import { IBERIAN_MONTHS } from './month-pattern.ts';

/**
 * Words that are names elsewhere but here spell a code, give a date or name a programme: "charlie x-ray four four two
 * mike" reads a booking reference in the phonetic alphabet, "el 30 de abril" is a day of April, "medi cal" is Medi-Cal.
 */

const PHONETIC = new Set(
  'alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey x-ray xray yankee zulu'.split(
    ' ',
  ),
);
/** Phonetic words no one is named, and digits said or typed ("one" and "oh" are words too): beside these a phonetic name spells a code. */
const CODE_ONLY = new Set(
  'alpha alfa bravo foxtrot golf hotel kilo lima november papa quebec tango uniform whiskey x-ray xray yankee zulu zero two three four five six seven eight nine niner 0 1 2 3 4 5 6 7 8 9'.split(
    ' ',
  ),
);
const IBERIAN_MONTH_SET: ReadonlySet<string> = new Set(IBERIAN_MONTHS);
const PROGRAM_BEFORE = /(?:medi|denti)[- ]?$/;
/** "30 de abril", "30th of April", "the 30 April": a day right before the month. */
const DAY_BEFORE = /(?:^|[^\d])\d{1,2}(?:st|nd|rd|th)? (?:de |of )?$/;
const WORD_BEFORE = /([a-z\d-]+)[ ,]{1,2}$/;
const WORD_AFTER = /^[ ,]{1,2}([a-z\d-]+)/;

/** Whether the one-word finding lower[start, end) spells a code beside other code words, or names a dated month. */
export function spellsCodeOrDate(lower: string, start: number, end: number): boolean {
  const word = lower.slice(start, end);
  // "Medi-Cal", "medi cal", "Denti-Cal": California's health programmes, said as two words.
  if (word === 'cal') return PROGRAM_BEFORE.test(lower.slice(Math.max(0, start - 6), start));
  if (IBERIAN_MONTH_SET.has(word) || MONTH_NAME_SET.has(word))
    return DAY_BEFORE.test(lower.slice(Math.max(0, start - 10), start));
  if (!PHONETIC.has(word)) return false;
  const before = WORD_BEFORE.exec(lower.slice(Math.max(0, start - 12), start))?.[1];
  const after = WORD_AFTER.exec(lower.slice(end, end + 12))?.[1];
  return (before !== undefined && CODE_ONLY.has(before)) || (after !== undefined && CODE_ONLY.has(after));
}
