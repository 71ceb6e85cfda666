import { fibonacci, fixedInt, fromBase64Url, readFibonacci, readFixedInt, toBase64Url } from './bits.ts';

/** IAB GPP header: Type = 3, Version = 1, then section ids as a Fibonacci-coded range. */
const HEADER_TYPE = 3;
const HEADER_VERSION = 1;

/** Groups sorted ids into runs; each run is coded as a delta from the previous run's end. */
export function encodeHeader(sectionIds: readonly number[]): string {
  const ids = [...new Set(sectionIds)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const id of ids) {
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === id) last[1] = id;
    else runs.push([id, id]);
  }
  let bits = fixedInt(HEADER_TYPE, 6) + fixedInt(HEADER_VERSION, 6) + fixedInt(runs.length, 12);
  let offset = 0;
  for (const [start, end] of runs) {
    if (start === end) {
      bits += `0${fibonacci(start - offset)}`;
    } else {
      bits += `1${fibonacci(start - offset)}${fibonacci(end - start)}`;
    }
    offset = end;
  }
  return toBase64Url(bits);
}

export function decodeHeader(text: string): number[] {
  const bits = fromBase64Url(text);
  if (readFixedInt(bits, 0, 6) !== HEADER_TYPE) throw new RangeError('not a GPP header');
  const count = readFixedInt(bits, 12, 12);
  const ids: number[] = [];
  let at = 24;
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const isRange = bits[at] === '1';
    const start = readFibonacci(bits, at + 1);
    const first = offset + start.value;
    at = start.next;
    let last = first;
    if (isRange) {
      const end = readFibonacci(bits, at);
      last = first + end.value;
      at = end.next;
    }
    for (let id = first; id <= last; id++) ids.push(id);
    offset = last;
  }
  return ids;
}
