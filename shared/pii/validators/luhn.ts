/** Luhn mod-10 check used by every payment card number (ISO/IEC 7812-1). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Issuer prefixes of the major networks: Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay. */
export function cardPrefixValid(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  const len = digits.length;
  if (digits[0] === '4') return len === 13 || len === 16 || len === 19;
  if (two >= 51 && two <= 55) return len === 16;
  if (four >= 2221 && four <= 2720) return len === 16;
  if (two === 34 || two === 37) return len === 15;
  if (two === 36 || two === 38 || (four >= 3000 && four <= 3059)) return len >= 14 && len <= 19;
  if (two === 35) return len >= 16 && len <= 19;
  if (digits.startsWith('6011') || two === 65 || (four >= 6440 && four <= 6499))
    return len >= 16 && len <= 19;
  if (two === 62) return len >= 16 && len <= 19;
  if (two === 50 || (two >= 56 && two <= 69)) return len >= 12 && len <= 19;
  return false;
}
