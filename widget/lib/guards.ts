/**
 * Tiny runtime checks for the loader, which must stay under 10 KB gzip: zod/mini alone costs
 * about 8 KB there. Each guard is typed against the zod-inferred type it mirrors, and
 * tests/unit/widget/guards-parity.test.ts proves it accepts exactly what the zod schema accepts.
 */
export type Guard<T> = (
  value: unknown,
  path?: string,
) => { ok: true; value: T } | { ok: false; path: string };

type Shape = Record<string, Guard<unknown>>;
type Out<S extends Shape> = { [K in keyof S]: S[K] extends Guard<infer T> ? T : never };

const fail = (path: string) => ({ ok: false as const, path });
const pass = <T>(value: T) => ({ ok: true as const, value });

export const string =
  (pattern?: RegExp, min = 0, max = Number.POSITIVE_INFINITY): Guard<string> =>
  (v, path = '') =>
    typeof v === 'string' && v.length >= min && v.length <= max && (!pattern || pattern.test(v))
      ? pass(v)
      : fail(path);

export const boolean: Guard<boolean> = (v, path = '') => (typeof v === 'boolean' ? pass(v) : fail(path));

export const literal =
  <T extends string | number>(expected: T): Guard<T> =>
  (v, path = '') =>
    v === expected ? pass(expected) : fail(path);

export const oneOf =
  <T extends string>(options: readonly T[]): Guard<T> =>
  (v, path = '') =>
    options.includes(v as T) ? pass(v as T) : fail(path);

export const array =
  <T>(item: Guard<T>, min = 0): Guard<T[]> =>
  (v, path = '') => {
    if (!Array.isArray(v) || v.length < min) return fail(path);
    for (let i = 0; i < v.length; i++) if (!item(v[i], `${path}.${i}`).ok) return fail(`${path}.${i}`);
    return pass(v as T[]);
  };

/** A plain object with string keys; `keys` restricts which keys may appear (zod's partialRecord). */
export const record =
  <T>(item: Guard<T>, keys?: readonly string[]): Guard<Record<string, T>> =>
  (v, path = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path);
    for (const [k, x] of Object.entries(v)) {
      if ((keys && !keys.includes(k)) || !item(x, `${path}.${k}`).ok) return fail(`${path}.${k}`);
    }
    return pass(v as Record<string, T>);
  };

/** Known keys are checked (undefined allowed only for `optional` ones); unknown keys are dropped, as zod does. */
export const object =
  <S extends Shape>(shape: S, optional: readonly (keyof S)[] = []): Guard<Out<S>> =>
  (v, path = '') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path);
    const out: Record<string, unknown> = {};
    for (const [key, guard] of Object.entries(shape)) {
      const value = (v as Record<string, unknown>)[key];
      const at = path ? `${path}.${key}` : key;
      if (value === undefined && optional.includes(key)) continue;
      const result = guard(value, at);
      if (!result.ok) return result;
      out[key] = result.value;
    }
    return pass(out as Out<S>);
  };

const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** RFC 3339 date-time with seconds and a Z or ±hh:mm offset, on a real calendar day (`z.iso.datetime({ offset: true })`). */
export const isoDateTime: Guard<string> = (v, path = '') => {
  const m = typeof v === 'string' ? DATE_TIME.exec(v) : null;
  if (!m) return fail(path);
  const day = new Date(0);
  day.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const real = day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
  return real ? pass(v as string) : fail(path);
};

/** An absolute http(s) URL, as `z.url({ protocol: /^https?$/ })` accepts. */
export const httpUrl: Guard<string> = (v, path = '') => {
  if (typeof v !== 'string' || !/^https?:\/\//i.test(v.trim())) return fail(path);
  try {
    new URL(v.trim());
    return pass(v);
  } catch {
    return fail(path);
  }
};
