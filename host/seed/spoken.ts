import { MONTH_NAMES } from '../../shared/pii/data/months.ts';
import type { Random } from './random.ts';

// How speech-to-text engines write numbers, dates and emails that callers say aloud.
const digitWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ordinals = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty first',
  'twenty second',
  'twenty third',
  'twenty fourth',
  'twenty fifth',
  'twenty sixth',
  'twenty seventh',
  'twenty eighth',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const teens = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
function digitWord(digit: string, random: Random): string {
  if (digit === '0' && random.chance(0.7)) return 'oh';
  return digitWords[Number(digit)] ?? digit;
}

/** "5550142" -> "five five five oh one four two", sometimes "double five" or a filler mid-number. */
export function speakDigits(digits: string, random: Random, { fillers = true } = {}): string {
  const words: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    const digit = digits[i] ?? '';
    if (digits[i + 1] === digit && digits[i + 2] === digit && random.chance(0.5)) {
      words.push(`triple ${digitWord(digit, random)}`);
      i += 2;
    } else if (digits[i + 1] === digit && random.chance(0.4)) {
      words.push(`double ${digitWord(digit, random)}`);
      i += 1;
    } else {
      words.push(digitWord(digit, random));
    }
    if (fillers && i === 2 && random.chance(0.25)) words.push(random.pick(['uh', 'um']));
  }
  return words.join(' ');
}

/** 0-99 as words: 42 -> "forty two". */
export function speakTwoDigits(n: number): string {
  if (n < 10) return digitWords[n] ?? String(n);
  if (n < 20) return teens[n - 10] ?? String(n);
  const unit = n % 10;
  return unit === 0 ? (tens[Math.floor(n / 10)] ?? '') : `${tens[Math.floor(n / 10)]} ${digitWords[unit]}`;
}

/** 1985 -> "nineteen eighty five"; 2004 -> "two thousand four". */
export function speakYear(year: number): string {
  if (year >= 2000 && year < 2010) return `two thousand ${digitWords[year - 2000]}`;
  const low = year % 100;
  const lowWords = low === 0 ? 'hundred' : low < 10 ? `oh ${digitWords[low]}` : speakTwoDigits(low);
  return `${speakTwoDigits(Math.floor(year / 100))} ${lowWords}`;
}

export function speakDate(month: number, day: number, year: number): string {
  return `${MONTH_NAMES[month - 1]} ${ordinals[day]} ${speakYear(year)}`;
}

/** "123" -> "one twenty three", "4410" -> "forty four ten", as people say house numbers. */
export function speakHouseNumber(n: number): string {
  if (n < 100) return speakTwoDigits(n);
  if (n < 1000) {
    const rest = n % 100;
    const hundreds = digitWords[Math.floor(n / 100)] ?? '';
    return rest === 0
      ? `${hundreds} hundred`
      : `${hundreds} ${rest < 10 ? `oh ${digitWords[rest]}` : speakTwoDigits(rest)}`;
  }
  const high = Math.floor(n / 100);
  const rest = n % 100;
  return `${speakTwoDigits(high)} ${rest === 0 ? 'hundred' : rest < 10 ? `oh ${digitWords[rest]}` : speakTwoDigits(rest)}`;
}

/** "jane.doe@example.com" -> "jane dot doe at example dot com". */
export function speakEmail(email: string): string {
  return email.replace('@', ' at ').replaceAll('.', ' dot ').replaceAll('_', ' underscore ');
}
