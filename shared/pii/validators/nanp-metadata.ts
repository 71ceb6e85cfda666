import metadata from 'libphonenumber-js/min/metadata';
import * as z from 'zod/mini';

/**
 * The North American plan's countries from the metadata libphonenumber-js itself uses, with their
 * patterns compiled once. Positions follow the library's minified plan format (v4): 2 national number
 * pattern, 3 possible lengths, 10 leading digits, 11 number types (0 fixed line ... 9 shared cost).
 */
const TypeEntry = z.union([z.literal(0), z.null(), z.undefined(), z.tuple([z.string()], z.unknown())]);
const Plan = z.tuple([z.string(), z.unknown(), z.string(), z.array(z.number())], z.unknown());

export interface NumberType {
  readonly pattern: RegExp;
  readonly lengths: readonly number[];
}

export interface NanpCountry {
  readonly code: string;
  readonly leadingDigits: RegExp | null;
  readonly nationalNumber: RegExp;
  readonly lengths: readonly number[];
  /** Null when the plan lists no number types: then the national pattern alone decides validity. */
  readonly types: readonly NumberType[] | null;
}

const whole = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

function country(code: string): NanpCountry {
  const raw: unknown = (metadata.countries as Record<string, unknown>)[code];
  const plan = Plan.parse(raw);
  const lengths = plan[3];
  const leading = (plan as unknown[])[10];
  const typeList = (plan as unknown[])[11];
  let types: NumberType[] | null = null;
  if (Array.isArray(typeList) && typeList.length > 0) {
    types = [];
    for (const entry of typeList.slice(0, 10)) {
      const t = TypeEntry.parse(entry);
      if (!t || t[0] === '') continue;
      const own = (t as unknown[])[1];
      types.push({ pattern: whole(t[0]), lengths: z.array(z.number()).safeParse(own).data ?? lengths });
    }
  }
  return {
    code,
    leadingDigits: typeof leading === 'string' && leading !== '' ? new RegExp(leading) : null,
    nationalNumber: whole(plan[2]),
    lengths,
    types,
  };
}

/** In the library's order, which decides ties ("the main country first"). */
export const NANP: readonly NanpCountry[] = Object.freeze(
  z.array(z.string()).parse(metadata.country_calling_codes['1']).map(country),
);
