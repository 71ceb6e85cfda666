import * as z from 'zod/mini';

/** How a found value is replaced. */
export const RedactOperator = z.discriminatedUnion('kind', [
  /** `[PHONE]` */
  z.object({ kind: z.literal('label') }),
  /** Letters and digits become `char` except the last `keepLast`; punctuation keeps the value's shape. */
  z.object({
    kind: z.literal('mask'),
    keepLast: z.optional(z.int().check(z.gte(0), z.lte(8))),
    char: z.optional(z.string().check(z.length(1))),
  }),
  /** `[PHONE:3f9a0c1d2e4b]`: the same value under the same key always gives the same token. */
  z.object({ kind: z.literal('hash'), key: z.string().check(z.minLength(16)) }),
  /** The value is deleted. */
  z.object({ kind: z.literal('remove') }),
]);
export type RedactOperator = z.infer<typeof RedactOperator>;
