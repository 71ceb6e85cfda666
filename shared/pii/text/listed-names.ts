import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { FIRST } from './name-lists.ts';
import { flagsOf } from './word-flags.ts';

/** What stands between two names of a list and a given name inside it: ", Grant and ", ", Will, ". */
const BETWEEN = /^(?:,| and|, and) ([A-Z][a-z]{2,14})(?:,| and|, and) $/;

/**
 * "grandchildren Mateo, Sophie, Grant and Lily": a given name that is also a word ("Grant", "Will", "June") between
 * two names found in one list is a name too. Asked of the findings in text order, once each.
 */
export function namesListedBetween(text: string, out: Finding[]): void {
  const people = out.filter((f) => f.label === 'PERSON').sort((a, b) => a.start - b.start);
  for (let k = 1; k < people.length; k++) {
    const before = people[k - 1] as Finding;
    const after = people[k] as Finding;
    const gap = after.start - before.end;
    if (gap < 7 || gap > 24) continue;
    const m = BETWEEN.exec(text.slice(before.end, after.start));
    if (m === null) continue;
    const name = m[1] as string;
    if ((flagsOf(name.toLowerCase()) & FIRST) === 0) continue;
    const start = text.indexOf(name, before.end);
    out.push(finding(start, start + name.length, 'PERSON', 0.7, 'person/listed'));
  }
}
