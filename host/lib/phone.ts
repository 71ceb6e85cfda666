/**
 * Digits for phone search: "(555) 010-0123", "555.010.0123" and "+1 555 010 0123" all become
 * "5550100123". A leading NANP country code is dropped so stored and typed numbers line up.
 */
export function phoneDigits(input: string): string {
  const digits = input.replace(/\D+/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
