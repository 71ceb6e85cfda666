/** Keeps the shape of a value while hiding it: letters and digits become bullets, the last four digits stay. */
export function maskValue(value: string): string {
  const digits = value.replace(/\D/g, '');
  const keep = digits.length >= 8 ? 4 : 0;
  let seenDigits = 0;
  let out = '';
  for (const char of value) {
    if (/\d/.test(char)) {
      seenDigits += 1;
      out += seenDigits > digits.length - keep ? char : '•';
    } else if (/\p{L}/u.test(char)) {
      out += '•';
    } else {
      out += char;
    }
  }
  return out;
}
