import { WEBMAIL } from './number-words.ts';

/** Cheap test for any word the spoken view would rewrite; most typed text skips the rewrite entirely. */
const SPOKEN_HINT =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|double|triple|dot|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/;

/** "ten downing court", "nine elm street": one number word is enough before a street type. */
const SPOKEN_HOUSE_NUMBER =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: [a-z]+){1,3} (?:street|st|avenue|ave|road|rd|drive|dr|court|ct|lane|ln|boulevard|blvd|way|place|pl|terrace|circle|parkway)\b/;

const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:the )?$/;

const isDomainChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * "jsmith at example.com" or "jsmith at gmail": a spoken "at" before a typed domain or a webmail provider (" at " + 1-63 label characters + "." + two
 * letters). A label run ends at its first other character, so one forward step per " at " decides it.
 */
function hasTypedDomain(lower: string): boolean {
  for (let at = lower.indexOf(' at '); at >= 0; at = lower.indexOf(' at ', at + 1)) {
    let i = at + 4;
    while (i < lower.length && i - (at + 4) <= 63 && isDomainChar(lower.charCodeAt(i))) i++;
    const label = i - (at + 4);
    if (label >= 1 && label <= 63 && lower.charCodeAt(i) === 46) {
      if (isLowerLetter(lower.charCodeAt(i + 1)) && isLowerLetter(lower.charCodeAt(i + 2))) return true;
    }
    if (!isDomainChar(lower.charCodeAt(i)) && WEBMAIL.has(lower.slice(at + 4, i))) return true;
  }
  return false;
}

/**
 * Two or more number words, a spoken "dot", or one number word before a street type: one stray "one" or
 * "second" is prose, not a value.
 */
export function worthRewriting(lower: string): boolean {
  if (hasTypedDomain(lower) || lower.includes(' arroba ')) return true;
  let seen = 0;
  // Left to right over the hint words, as a global scan would go, without building a global pattern per call.
  let from = 0;
  for (let m = SPOKEN_HINT.exec(lower); m; m = SPOKEN_HINT.exec(lower.slice(from))) {
    const at = from + m.index;
    if (m[0] === 'dot' || ++seen >= 2) return true;
    // "june fourteenth": an ordinal right after a month is a date on its own.
    if (MONTH_BEFORE.test(lower.slice(Math.max(0, at - 12), at))) return true;
    from = at + m[0].length;
  }
  return seen === 1 && SPOKEN_HOUSE_NUMBER.test(lower);
}
