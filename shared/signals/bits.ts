/** IAB GPP Consent String Specification: bit fields written as '0'/'1' text, then URL-safe base64. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function fixedInt(value: number, width: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
    throw new RangeError(`value ${value} does not fit in ${width} bits`);
  }
  return value.toString(2).padStart(width, '0');
}

export function readFixedInt(bits: string, start: number, width: number): number {
  const slice = bits.slice(start, start + width);
  if (slice.length !== width) throw new RangeError('bit string too short');
  return Number.parseInt(slice, 2);
}

/** Fibonacci coding (Zeckendorf representation, least significant first, terminated by an extra 1). */
export function fibonacci(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`Fibonacci value must be >= 1: ${value}`);
  const fib = [1, 2];
  while (fib[fib.length - 1]! + fib[fib.length - 2]! <= value)
    fib.push(fib[fib.length - 1]! + fib[fib.length - 2]!);
  while (fib[fib.length - 1]! > value) fib.pop();
  let rest = value;
  const out: string[] = [];
  for (let i = fib.length - 1; i >= 0; i--) {
    const f = fib[i]!;
    out[i] = rest >= f ? '1' : '0';
    if (rest >= f) rest -= f;
  }
  return `${out.join('')}1`;
}

/** Reads one Fibonacci-coded integer; returns the value and the index after its terminating "11". */
export function readFibonacci(bits: string, start: number): { value: number; next: number } {
  const end = bits.indexOf('11', start);
  if (end < 0) throw new RangeError('unterminated Fibonacci integer');
  let value = 0;
  let a = 1;
  let b = 2;
  for (let i = start; i <= end; i++) {
    if (bits[i] === '1') value += a;
    [a, b] = [b, a + b];
  }
  return { value, next: end + 2 };
}

/** Pads to a whole number of bytes, then of 6-bit characters, as the "compressed" GPP encoder does. */
export function toBase64Url(bits: string): string {
  let padded = bits;
  while (padded.length % 8 !== 0) padded += '0';
  while (padded.length % 6 !== 0) padded += '0';
  let out = '';
  for (let i = 0; i < padded.length; i += 6) out += ALPHABET[Number.parseInt(padded.slice(i, i + 6), 2)];
  return out;
}

export function fromBase64Url(text: string): string {
  let bits = '';
  for (const ch of text) {
    const n = ALPHABET.indexOf(ch);
    if (n < 0) throw new RangeError(`not a URL-safe base64 character: ${ch}`);
    bits += n.toString(2).padStart(6, '0');
  }
  return bits;
}
