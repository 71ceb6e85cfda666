import { fixedInt, fromBase64Url, readFixedInt, toBase64Url } from './bits.ts';

/** One field of a GPP core segment: an Int(width) or an N-Bitfield(width, count). */
export interface FieldSpec<Name extends string> {
  readonly name: Name;
  readonly width: number;
  readonly count?: number;
}

export type FieldValues<Name extends string> = Record<Name, number | number[]>;

/** Writes fields in table order, then adds the GPC sub-section (SubsectionType 1, Gpc bit) when asked. */
export function encodeSegments<Name extends string>(
  specs: readonly FieldSpec<Name>[],
  values: FieldValues<Name>,
  gpc: boolean | undefined,
): string {
  let bits = '';
  for (const spec of specs) {
    const value = values[spec.name];
    if (spec.count === undefined) {
      if (typeof value !== 'number') throw new TypeError(`${spec.name} must be a number`);
      bits += fixedInt(value, spec.width);
    } else {
      if (!Array.isArray(value) || value.length !== spec.count) {
        throw new TypeError(`${spec.name} must list ${spec.count} values`);
      }
      for (const item of value) bits += fixedInt(item, spec.width);
    }
  }
  const core = toBase64Url(bits);
  if (gpc === undefined) return core;
  return `${core}.${toBase64Url(fixedInt(1, 2) + (gpc ? '1' : '0'))}`;
}

export function decodeSegments<Name extends string>(
  specs: readonly FieldSpec<Name>[],
  text: string,
): { values: FieldValues<Name>; gpc: boolean | undefined } {
  const [coreText = '', ...subsections] = text.split('.');
  const bits = fromBase64Url(coreText);
  const values = {} as FieldValues<Name>;
  let at = 0;
  for (const spec of specs) {
    if (spec.count === undefined) {
      values[spec.name] = readFixedInt(bits, at, spec.width);
      at += spec.width;
    } else {
      const list: number[] = [];
      for (let i = 0; i < spec.count; i++, at += spec.width) list.push(readFixedInt(bits, at, spec.width));
      values[spec.name] = list;
    }
  }
  let gpc: boolean | undefined;
  for (const sub of subsections) {
    const subBits = fromBase64Url(sub);
    if (readFixedInt(subBits, 0, 2) === 1) gpc = subBits[2] === '1';
  }
  return { values, gpc };
}
