/**
 * Indian Financial System Codes, which route a transfer to an Indian bank branch as an ABA number does in the US:
 * four letters for the bank, a zero, then six letters or digits for the branch ("HDFC0001234"). The shape is its
 * own, but it is read only where the text names IFSC. Global only for its lastIndex scan, reset before each use.
 */
const IFSC = /(?<![A-Za-z0-9])[A-Z]{4}0[A-Z0-9]{6}(?![A-Za-z0-9])/g;

/** The [start, end) of every IFSC code in a text that names IFSC (`lower` is the text lower-cased). */
export function ifscCodes(text: string, lower: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!lower.includes('ifsc')) return out;
  IFSC.lastIndex = 0;
  for (let m = IFSC.exec(text); m !== null; m = IFSC.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
