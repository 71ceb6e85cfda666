/**
 * National numbers libphonenumber would call neither valid nor possible, answered without it: its NANP
 * search tries all 25 countries' patterns, its slowest path. Every NANP number has 10 digits (11 with the
 * leading 1; US and CA also take no other length from 2-9 leads), and the US has no 7-digit numbers but
 * "310" ones. Checked against libphonenumber-js on random numbers of every such length and shape.
 */
export function nanpImpossible(digits: string, region: string, intl: boolean): boolean {
  if (intl || (region !== 'US' && region !== 'CA')) return false;
  const n = digits.length;
  if (n === 7) return region === 'US' && !digits.startsWith('310');
  return digits.charCodeAt(0) >= 50 && (n === 8 || n === 9 || n >= 11);
}
