/**
 * Arabic-Indic ("٦١٢ ٥٥٥ ٠١٣٨"), Persian, Devanagari ("५५५"), Bengali, Gurmukhi, Gujarati, Thai ("๖๑๗"), Lao, Khmer
 * ("៩៧៨-៥៥៥"), Myanmar, full-width ("０９２７") and Chinese digits written as ASCII digits, one code unit for one, so
 * every offset found in the copy is the same in the original.
 */
const DIGIT_RANGES =
  '\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0a66-\\u0a6f\\u0ae6-\\u0aef\\u0e50-\\u0e59\\u0ed0-\\u0ed9\\u1040-\\u1049\\u17e0-\\u17e9\\uff10-\\uff19';
const OTHER_DIGITS = new RegExp(`[${DIGIT_RANGES}]`);
const OTHER_DIGITS_ALL = new RegExp(`[${DIGIT_RANGES}]`, 'g');
/** Each script's zero, highest first. */
const ZEROS = [0xff10, 0x17e0, 0x1040, 0x0ed0, 0x0e50, 0x0ae6, 0x0a66, 0x09e6, 0x0966, 0x06f0, 0x0660];

const asciiDigit = (c: string): string => {
  const code = c.charCodeAt(0);
  const zero = ZEROS.find((z) => code >= z) ?? 0x0660;
  return String.fromCharCode(48 + code - zero);
};

/**
 * Chinese numerals said digit by digit ("五五五 三九零 七四六三", "五六二零八八一四七"): runs of three or more, or groups of
 * them parted by spaces, are a number read out; fewer are words ("一个", "第一").
 */
const HAN_DIGIT_RUN = /[零〇一二三四五六七八九]{3,}(?: [零〇一二三四五六七八九]{3,})*/g;
const HAN_DIGITS: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
const HAN_HINT = /[零〇一二三四五六七八九]{3}/;

/** `text` with its other scripts' digits as ASCII digits; `text` itself when it has none. */
export function withAsciiDigits(text: string): string {
  const ascii = OTHER_DIGITS.test(text) ? text.replace(OTHER_DIGITS_ALL, asciiDigit) : text;
  if (!HAN_HINT.test(ascii)) return ascii;
  return ascii.replace(HAN_DIGIT_RUN, (run) => run.replace(/[^ ]/g, (c) => HAN_DIGITS[c] ?? c));
}
