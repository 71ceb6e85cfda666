import { readFileSync } from 'node:fs';
import { detect } from '../../../../shared/pii/detect.ts';

export interface Gold {
  readonly text: string;
  readonly spans: readonly { start: number; end: number; label: string }[];
}

export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
}

export const loadJsonl = (path: string): Gold[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const score = (tpPred: number, pred: number, tpGold: number, gold: number): Score => {
  const precision = pred === 0 ? 1 : tpPred / pred;
  const recall = gold === 0 ? 1 : tpGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted: pred };
};

/**
 * Overlap matching as the project's scorer does it: label-agnostic (ANY) and per label.
 * ZIP predictions inside a gold ADDRESS count as correct predictions.
 */
export function scoreCorpus(docs: readonly Gold[], scope: ReadonlySet<string>): Map<string, Score> {
  const counts = new Map<string, { tpPred: number; pred: number; tpGold: number; gold: number }>();
  const row = (l: string) => {
    const existing = counts.get(l);
    if (existing) return existing;
    const fresh = { tpPred: 0, pred: 0, tpGold: 0, gold: 0 };
    counts.set(l, fresh);
    return fresh;
  };

  const any = row('ANY');
  for (const d of docs) {
    const pred = detect(d.text);
    for (const g of d.spans) {
      const r = row(g.label);
      r.gold++;
      if (pred.some((p) => p.label === g.label && overlaps(p, g))) r.tpGold++;
      if (scope.has(g.label)) {
        any.gold++;
        if (pred.some((p) => overlaps(p, g))) any.tpGold++;
      }
    }
    for (const p of pred) {
      const r = row(p.label);
      r.pred++;
      if (
        d.spans.some(
          (g) => (g.label === p.label || (p.label === 'ZIP' && g.label === 'ADDRESS')) && overlaps(p, g),
        )
      )
        r.tpPred++;
      any.pred++;
      if (d.spans.some((g) => overlaps(p, g))) any.tpPred++;
    }
  }
  return new Map([...counts].map(([l, c]) => [l, score(c.tpPred, c.pred, c.tpGold, c.gold)]));
}

export const formatScores = (scores: ReadonlyMap<string, Score>): string =>
  [...scores]
    .map(
      ([l, s]) =>
        `${l.padEnd(16)} gold ${String(s.gold).padStart(4)} pred ${String(s.predicted).padStart(4)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`,
    )
    .join('\n');
