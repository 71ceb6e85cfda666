/**
 * Structural SSN rules (SSA): area 001-899 except 666, group 01-99, serial 0001-9999.
 * Numbers the SSA documents as advertising samples are rejected.
 */
const ADVERTISED = new Set(['078051120', '219099999', '457555462']);

/** Whether `digits` is a number the SSA published as a sample (the "wallet" SSN 078-05-1120). */
export const isAdvertisedSample = (digits: string): boolean => ADVERTISED.has(digits);

export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  // A run of one repeated digit is a placeholder someone typed, not a number.
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return !ADVERTISED.has(digits);
}
