import { emailReplacements } from './emails.ts';
import { numberReplacements } from './numbers.ts';
import { tokenize } from './tokens.ts';
import { buildView, type Replacement, type SpokenView } from './view.ts';
import { worthRewriting } from './worth-rewriting.ts';

/**
 * The spoken view of a text: numbers said as words become digits and spelled emails become
 * addresses, with an offset map back to the original. Null when nothing would change.
 */
export function spokenView(text: string, lower: string): SpokenView | null {
  if (!worthRewriting(lower)) return null;
  const tokens = tokenize(text, lower);
  const emails = emailReplacements(text, tokens);
  const numbers = numberReplacements(text, tokens);
  const merged = mergeDisjoint(emails, numbers);
  if (merged.length === 0) return null;
  return buildView(text, merged);
}

/** Both lists are sorted; replacements from `b` that overlap any in `a` are dropped. */
function mergeDisjoint(a: readonly Replacement[], b: readonly Replacement[]): Replacement[] {
  const out: Replacement[] = [];
  let i = 0;
  let j = 0;
  let lastEnd = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || x.start <= y.start)) {
      if (x.start >= lastEnd) {
        out.push(x);
        lastEnd = x.end;
      }
      i++;
    } else if (y) {
      const blocked = x !== undefined && y.end > x.start;
      if (!blocked && y.start >= lastEnd) {
        out.push(y);
        lastEnd = y.end;
      }
      j++;
    }
  }
  return out;
}
