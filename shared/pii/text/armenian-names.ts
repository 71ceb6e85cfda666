import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';

/**
 * Names in Armenian: after "name" ("իմ անունը Արփինե է", my name is; "անուն-ազգանունը", full name), in Armenian or
 * Latin letters, up to the "է" (is) or the punctuation that closes them; and a family name by its ending "-յան" with the
 * capitalised names beside it ("Գայանե Մկրտչյան", "Մկրտչյան Վարդան Հակոբի", surname first as forms write it).
 */

const ARMENIAN = /[\u0531-\u0587]/;
const NAME_WORD = '(?:[\\u0531-\\u0556][\\u0561-\\u0587]+|[A-Z][a-z]+)';
const AFTER_NAME_CUE = new RegExp(
  `(?:անունը|անունն|անուն-ազգանունը|ազգանունը) (${NAME_WORD}(?: ${NAME_WORD}){0,2})(?= է|[։,.:]| \\()`,
  'g',
);
/** An Armenian family name ending "-յան", with up to two capitalised Armenian words before or after it. */
const FAMILY_NAME =
  /(?<![\u0531-\u0587])(?:[\u0531-\u0556][\u0561-\u0587]+ ){0,2}[\u0531-\u0556][\u0561-\u0587]*յանց?(?: [\u0531-\u0556][\u0561-\u0587]+){0,2}(?![\u0531-\u0587])/g;

/** Adds the Armenian names of `text` to `out`. */
export function armenianNames(text: string, out: Finding[]): void {
  if (!ARMENIAN.test(text)) return;
  AFTER_NAME_CUE.lastIndex = 0;
  for (let m = AFTER_NAME_CUE.exec(text); m !== null; m = AFTER_NAME_CUE.exec(text)) {
    const name = m[1] as string;
    const start = m.index + m[0].length - name.length;
    out.push(finding(start, start + name.length, 'PERSON', 0.8, 'person/armenian'));
  }
  FAMILY_NAME.lastIndex = 0;
  for (let m = FAMILY_NAME.exec(text); m !== null; m = FAMILY_NAME.exec(text))
    out.push(finding(m.index, m.index + m[0].length, 'PERSON', 0.8, 'person/armenian'));
}
