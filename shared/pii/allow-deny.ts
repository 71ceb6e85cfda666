import type { DenyTerm, Finding, PiiLabel } from './finding.ts';
import { finding, type ScanInput } from './scan-input.ts';
import { codeAt, isWordChar } from './text/chars.ts';

/** An allow-listed value is never reported: compared case-insensitively with surrounding space trimmed. */
export function isAllowed(text: string, f: Finding, allow: readonly string[]): boolean {
  const value = text.slice(f.start, f.end).trim().toLowerCase();
  return allow.some((a) => a.trim().toLowerCase() === value);
}

/** Every whole-word, case-insensitive occurrence of each deny term, reported with full confidence. */
export function denyFindings(
  input: ScanInput,
  deny: readonly DenyTerm[],
  wanted: ReadonlySet<PiiLabel> | null,
): Finding[] {
  const out: Finding[] = [];
  for (const { term, label } of deny) {
    if (wanted && !wanted.has(label)) continue;
    const needle = term.toLowerCase();
    let from = 0;
    for (;;) {
      const at = input.lower.indexOf(needle, from);
      if (at < 0) break;
      from = at + Math.max(1, needle.length);
      const end = at + needle.length;
      if (isWordChar(codeAt(input.text, at - 1)) || isWordChar(codeAt(input.text, end))) continue;
      out.push(finding(at, end, label, 1, 'deny-list'));
    }
  }
  return out;
}
