import * as z from 'zod/mini';

/**
 * How a call-log platform's pages mark their records, as data: a platform without the Quietline host
 * describes its own pages with one of these (see extension/README.md, "Records adapter").
 */
export const RecordsAdapter = z.object({
  version: z.literal(1),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** CSS selector matching each record's root element. */
  recordSelector: z.string().check(z.minLength(1)),
  /** Attribute on the record root holding the record id. */
  idAttribute: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  /** Attribute on the record root holding the record kind (call, sms, chat, form), if the page has one. */
  kindAttribute: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/))),
  /** Elements never scanned, such as the platform's own navigation. */
  ignoreSelectors: z.optional(z.array(z.string())),
});
export type RecordsAdapter = z.infer<typeof RecordsAdapter>;

export function isValidSelector(selector: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export type AdapterResult = { ok: true; adapter: RecordsAdapter } | { ok: false; message: string };

/** Validates adapter data from any source, including that every selector parses. */
export function parseAdapter(input: unknown, doc: Document): AdapterResult {
  const parsed = RecordsAdapter.safeParse(input);
  if (!parsed.success)
    return { ok: false, message: 'The records adapter does not have the expected fields.' };
  const selectors = [parsed.data.recordSelector, ...(parsed.data.ignoreSelectors ?? [])];
  const bad = selectors.find((selector) => !isValidSelector(selector, doc));
  if (bad !== undefined) return { ok: false, message: `The records adapter has an invalid selector: ${bad}` };
  return { ok: true, adapter: parsed.data };
}
