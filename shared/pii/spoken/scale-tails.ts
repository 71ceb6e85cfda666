import { DIGIT, HUNDRED, TEEN, TENS_WORD, WEAK, ZERO } from './spoken-words.ts';

/** Zeros a "hundred" adds: none when a tens or digit word follows ("one hundred twenty three"). */
export function hundredTail(next: number): string {
  if (next & (TEEN | TENS_WORD)) return '';
  if (next & DIGIT) return '0';
  return '00';
}

/**
 * Zeros a "thousand" adds. "Zero" said right after it starts the next group of a number read in groups
 * ("four thousand, zero five six six" is 4000 0566), and so does "oh" when more than one digit follows ("four
 * thousand, oh five six six"); "oh" and one last digit are the tens and units of a year ("two thousand oh five").
 */
export function thousandTail(next: number, after: number, zeroNext: boolean, twoWordsLeft: boolean): string {
  if (zeroNext) return '000';
  // "tres mil cuatrocientos": a Spanish hundreds word carries its own digit.
  if (after & HUNDRED || next & HUNDRED) return '';
  if (next & ZERO && after & DIGIT && !(after & WEAK)) return twoWordsLeft ? '0' : '000';
  if (next & (TEEN | TENS_WORD)) return '0';
  if (next & DIGIT) return '00';
  return '000';
}
