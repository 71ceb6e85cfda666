/**
 * Arabic-Indic ("٦١٢ ٥٥٥ ٠١٣٨"), Persian and full-width ("０９２７") digits written as ASCII digits, one code unit
 * for one, so every offset found in the copy is the same in the original.
 */
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/;
const OTHER_DIGITS_ALL = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

const asciiDigit = (c: string): string => {
  const code = c.charCodeAt(0);
  const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
  return String.fromCharCode(48 + code - zero);
};

/** `text` with its other scripts' digits as ASCII digits; `text` itself when it has none. */
export function withAsciiDigits(text: string): string {
  return OTHER_DIGITS.test(text) ? text.replace(OTHER_DIGITS_ALL, asciiDigit) : text;
}
