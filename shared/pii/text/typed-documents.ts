/**
 * "{ \"type\": \"passport\", \"issuing_country\": \"NOR\", \"number\": \"NP7732184\" }", "\"type\": \"ohio_dl\",
 * \"number\": \"SR719354\"": an identity document in a JSON export, its kind in one key and its number in another of
 * the same object. Global for its lastIndex scan, reset before each use; bounded, so linear.
 */
const JSON_TYPED =
  /"(?:type|doc_type|document_type|id_type|kind)" ?: ?"([a-z_ '-]{1,40})"([^{}]{0,160}?)"(?:number|no|id_number|doc_number|document_number|value)" ?: ?"([a-z0-9-]{5,20})"/g;

/**
 * "id_type=DL&id_state=AZ&id_num=F3370915": the same in a posted form, up to four fields apart. Keys hold no "="
 * and values no "&", so each field is read one way only; bounded, so linear.
 */
const FORM_TYPED =
  /(?<![a-z_])(?:type|doc_type|document_type|id_type|idtype|kind)=([a-z_+%'-]{2,40})&(?:[^&\s=]{1,40}=[^&\s]{0,80}&){0,4}?(?:number|no|num|id_num|id_no|id_number|idnumber|doc_number|document_number)=([a-z0-9-]{5,20})(?![^&\s])/g;

/** "passport", or "P", the travel document's code in its machine-readable zone and in airline records. */
const PASSPORT_KIND = /passport|^p$/;
const LICENCE_KIND = /(?:^|_| |\+)dl(?:$|_| |\+)|driver|licen[cs]e|^permit$|learner/;

/** '"permit": {"state": "CA", "number": "D8843021"}': the document's kind as the key of its own object. */
const JSON_KEYED =
  /"([a-z_]{2,24})" ?: ?\{([^{}]{0,160}?)"(?:number|no|id_number|doc_number|document_number|value)" ?: ?"([a-z0-9-]{5,20})"/g;

export type DocumentKind = 'PASSPORT' | 'DRIVERS_LICENSE';

/** The numbers of the documents of `kind` in the JSON objects and posted forms of `lower` (the lower-cased text). */
export function typedDocumentNumbers(
  lower: string,
  kind: DocumentKind,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const test = kind === 'PASSPORT' ? PASSPORT_KIND : LICENCE_KIND;
  if (lower.includes('"type"') || lower.includes('_type"') || lower.includes('"kind"'))
    readTyped(lower, JSON_TYPED, test, 1, out);
  if (lower.includes('": {') || lower.includes('":{')) readTyped(lower, JSON_KEYED, test, 1, out);
  if (lower.includes('type=') || lower.includes('kind=')) readTyped(lower, FORM_TYPED, test, 0, out);
  return out;
}

/** Adds the number of each match of `pattern` whose kind (group 1) passes `test`; `tail` characters close the match. */
function readTyped(
  lower: string,
  pattern: RegExp,
  test: RegExp,
  tail: number,
  out: Array<{ start: number; end: number }>,
): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
    const value = m[m.length - 1] as string;
    if (!test.test(m[1] as string) || !/\d/.test(value)) continue;
    const end = m.index + m[0].length - tail;
    out.push({ start: end - value.length, end });
  }
}
