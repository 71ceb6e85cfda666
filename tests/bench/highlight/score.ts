import { maskValue } from '../../../extension/lib/mask.ts';
import type { Negative, Truth } from './generate-page.ts';

export type Score = {
  byLabel: Record<string, [number, number]>;
  found: number;
  truthHit: number;
  byForm: Record<Truth['form'], [number, number]>;
  negativesHit: number;
};

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function scoreWith(
  keyOf: (recordId: string, value: string) => string,
  keys: Set<string>,
  found: number,
  truth: Truth[],
  negatives: Negative[],
): Score {
  const byForm: Score['byForm'] = { typed: [0, 0], split: [0, 0], spoken: [0, 0] };
  const byLabel: Score['byLabel'] = {};
  let truthHit = 0;
  for (const t of truth) {
    const hit = keys.has(keyOf(t.recordId, t.value));
    byForm[t.form][1] += 1;
    const label = byLabel[t.label] ?? [0, 0];
    byLabel[t.label] = label;
    label[1] += 1;
    if (hit) label[0] += 1;
    if (hit) {
      byForm[t.form][0] += 1;
      truthHit += 1;
    }
  }
  const negativesHit = negatives.filter((n) => keys.has(keyOf(n.recordId, n.value))).length;
  return { found, truthHit, byForm, byLabel, negativesHit };
}

/** Baselines: a value counts when a highlight or mark covers exactly its text. */
export function scoreMarked(
  marked: Array<[string | null, string]>,
  truth: Truth[],
  negatives: Negative[],
): Score {
  const key = (r: string, v: string): string => `${r}\u0000${norm(v)}`;
  const keys = new Set(marked.map(([r, v]) => key(r ?? '', v)));
  return scoreWith(key, keys, marked.length, truth, negatives);
}

/** The extension reports values masked only, so its findings are compared in masked form. */
export function scoreMasked(
  findings: Array<{ recordId: string | null; masked: string }>,
  truth: Truth[],
  negatives: Negative[],
): Score {
  const key = (r: string, v: string): string => `${r}\u0000${maskValue(norm(v))}`;
  const keys = new Set(findings.map((f) => `${f.recordId ?? ''}\u0000${f.masked}`));
  return scoreWith(key, keys, findings.length, truth, negatives);
}
