/**
 * "{ \"type\": \"passport\", \"issuing_country\": \"NOR\", \"number\": \"NP7732184\" }", "\"type\": \"ohio_dl\",
 * \"number\": \"SR719354\"": an identity document in a JSON export, its kind in one key and its number in another of
 * the same object. Global for its lastIndex scan, reset before each use; bounded, so linear.
 */
const TYPED =
  /"(?:type|doc_type|document_type|id_type|kind)" ?: ?"([a-z_ '-]{2,40})"([^{}]{0,160}?)"(?:number|no|id_number|doc_number|document_number|value)" ?: ?"([a-z0-9-]{5,20})"/g;

const PASSPORT_KIND = /passport/;
const LICENCE_KIND = /(?:^|_| )dl(?:$|_| )|driver|licen[cs]e/;

export type DocumentKind = 'PASSPORT' | 'DRIVERS_LICENSE';

/** The numbers of the documents of `kind` in the JSON objects of `lower` (the lower-cased text). */
export function jsonDocumentNumbers(
  lower: string,
  kind: DocumentKind,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!lower.includes('"type"') && !lower.includes('_type"') && !lower.includes('"kind"')) return out;
  const test = kind === 'PASSPORT' ? PASSPORT_KIND : LICENCE_KIND;
  TYPED.lastIndex = 0;
  for (let m = TYPED.exec(lower); m !== null; m = TYPED.exec(lower)) {
    const value = m[3] as string;
    if (!test.test(m[1] as string) || !/\d/.test(value)) continue;
    const end = m.index + m[0].length - 1;
    out.push({ start: end - value.length, end });
  }
  return out;
}
