import { MONTH_STEMS } from '../text/month-pattern.ts';
import { WEBMAIL } from './number-words.ts';

/**
 * Every word the gate looks at, as whole words: the number and ordinal words the spoken view would rewrite,
 * a spoken "dot", "at" / "arroba" for spelled emails, the Spanish and Portuguese number words (Spanish hundreds and
 * "mil" too), the Italian, Somali, Polish, Tagalog, Vietnamese and Creole ones, grouped by first letter,
 * the French digit words, and the Russian, Ukrainian and Arabic ones, whose letters `\b` does not know.
 * "quince" and "veinti-" are left out: they would add two more first letters for the scan to stop at, and a
 * value holding them holds a digit word too. One global scan finds them all; the regex engine
 * reads the text once instead of once per question. Global only for its lastIndex, reset before every scan.
 */
const GATE_WORDS =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|double|triple|dot|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|at|arroba|c(?:ero|uatro|inco|atorce|uarenta|incuenta|ien|iento|uatrocientos)|uno|d(?:os|ois|iez|oce|ieci[a-z]+|oscientos)|t(?:res|rês|rece|reinta|rescientos)|s(?:eis|iete|ete|esenta|etenta|eiscientos|etecientos)|o(?:cho|ito|chenta|nce|chocientos)|n(?:ueve|ove|oventa|euf|ovecientos)|quatro|quinientos|mil|deux|trois|quatre|cinq|huit|due|tre|quattro|cinque|sei|sette|otto|eber|kow|laba|saddex|afar|shan|lix|toddob[ao]|siddeed|sagaal|jeden|dwa|trzy|cztery|siedem|osiem|isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam|không|một|bốn|năm|sáu|bảy|tám|chín|zewo|twa|senk|sis|sèt|nèf)\b|pi\u0119\u0107|sze\u015b\u0107|dziewi\u0119\u0107|z\u00e9ro|(?<![\u0400-\u04ff])(?:ноль|нуль|од(?:ин|на)|дв[аеі]|три|че(?:тыре)|чотири|пять|п['\u2019]ять|ш(?:есть|ість)|с(?:емь|ім)|в(?:осемь|ісім)|девять|дев['\u2019]ять)(?![\u0400-\u04ff])|(?<![\u0600-\u06ff])(?:صفر|واحد|اثن(?:ين|ان)|ثلاثة|[أا]ربعة|خمسة|ستة|سبعة|ثمانية|تسعة)(?![\u0600-\u06ff])/g;

/**
 * "ten downing court", "nine elm street": one number word is enough before a street type. Sticky: tried only
 * where the text's one hint word starts, since every number word here is a hint word.
 */
const SPOKEN_HOUSE_NUMBER =
  /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: [a-z]+){1,3} (?:street|st|avenue|ave|road|rd|drive|dr|court|ct|lane|ln|boulevard|blvd|way|place|pl|terrace|circle|parkway)\b/y;

const MONTH_BEFORE = new RegExp(`(?:${MONTH_STEMS})[a-z]*\\.? (?:the )?$`);

const SPACE = 32;
const LETTER_A = 97;
const LETTER_D = 100;
const LETTER_O = 111;
const LETTER_T = 116;

const isDomainChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;
/** Latin (with French "é"), Cyrillic or Arabic letters: the gate's words are made of these. */
const isGateLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || c === 0xe9 || (c >= 0x430 && c <= 0x45f) || (c >= 0x621 && c <= 0x64a);

/**
 * "jsmith at example.com" or "jsmith at gmail": after the " at " at `at`, a typed domain or a webmail provider
 * (1-63 label characters + "." + two letters). A label run ends at its first other character, so one forward
 * step decides it.
 */
function typedDomainAfter(lower: string, at: number): boolean {
  let i = at + 4;
  while (i < lower.length && i - (at + 4) <= 63 && isDomainChar(lower.charCodeAt(i))) i++;
  const label = i - (at + 4);
  if (label >= 1 && label <= 63 && lower.charCodeAt(i) === 46) {
    if (isLowerLetter(lower.charCodeAt(i + 1)) && isLowerLetter(lower.charCodeAt(i + 2))) return true;
  }
  return !isDomainChar(lower.charCodeAt(i)) && WEBMAIL.has(lower.slice(at + 4, i));
}

/**
 * Two or more number words, a spoken "dot", or one number word before a street type: one stray "one" or
 * "second" is prose, not a value. Also a spoken "at" before a typed domain or webmail provider, or "arroba".
 */
export function worthRewriting(lower: string): boolean {
  let firstHint = -1;
  GATE_WORDS.lastIndex = 0;
  while (GATE_WORDS.test(lower)) {
    const end = GATE_WORDS.lastIndex;
    // Every gate word is letters only and matched whole, so it starts where the letters before `end` do.
    let start = end - 1;
    while (start > 0 && isGateLetter(lower.charCodeAt(start - 1))) start--;
    const first = lower.charCodeAt(start);
    if (first === LETTER_A) {
      // "at" or "arroba" count only between spaces.
      if (lower.charCodeAt(start - 1) !== SPACE || lower.charCodeAt(end) !== SPACE) continue;
      if (end - start > 2 || typedDomainAfter(lower, start - 1)) return true;
      continue;
    }
    if (
      (first === LETTER_D &&
        end - start === 3 &&
        lower.charCodeAt(start + 1) === LETTER_O &&
        lower.charCodeAt(start + 2) === LETTER_T) ||
      firstHint >= 0
    )
      return true;
    // "june fourteenth": an ordinal right after a month is a date on its own.
    if (MONTH_BEFORE.test(lower.slice(Math.max(0, start - 12), start))) return true;
    firstHint = start;
  }
  if (firstHint < 0) return false;
  SPOKEN_HOUSE_NUMBER.lastIndex = firstHint;
  return SPOKEN_HOUSE_NUMBER.test(lower);
}
