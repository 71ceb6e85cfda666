import * as z from 'zod/mini';

/** Opaque keyset cursor handed back by list endpoints; clients pass it through unchanged. */
export const Cursor = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,500}$/));
export type Cursor = z.infer<typeof Cursor>;

/** Query strings carry numbers as text; coerce, then bound. */
export const PageLimit = z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25);
export const PageNumber = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000));

/** A page of results: `nextCursor` is null on the last page; `total` counts all matches. */
export function pageOf<T extends z.core.$ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(Cursor),
    total: z.int().check(z.nonnegative()),
  });
}
