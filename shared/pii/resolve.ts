import type { Finding } from './finding.ts';

/** Labels that win a tie at equal score: checksummed values before context-only ones. */
const PRIORITY: Readonly<Record<Finding['label'], number>> = {
  EMAIL: 14,
  IBAN: 13,
  CREDIT_CARD: 12,
  SSN: 11,
  IP_ADDRESS: 10,
  ROUTING: 9,
  PHONE: 8,
  DOB: 7,
  DRIVERS_LICENSE: 6,
  PASSPORT: 5,
  BANK_ACCOUNT: 4,
  ADDRESS: 3,
  ZIP: 2,
  PERSON: 1,
};

/** Up to this many findings, comparing with the kept ones is cheaper than allocating an occupancy map. */
const FEW = 24;

/**
 * Keeps the best non-overlapping findings (higher score, then stronger label, then longer span),
 * returned sorted by start. Past a few findings an occupancy map makes each check cost the span's
 * length, never the count, so the whole stays linear.
 */
export function resolveOverlaps(findings: readonly Finding[], textLength: number): Finding[] {
  const ranked = findings
    .slice()
    .sort(
      (a, b) =>
        b.score - a.score ||
        PRIORITY[b.label] - PRIORITY[a.label] ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    );
  const kept = ranked.length <= FEW ? keepFew(ranked) : keepMany(ranked, textLength);
  return kept.sort((a, b) => a.start - b.start);
}

function keepFew(ranked: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of ranked) {
    let free = true;
    for (const k of kept) {
      if (f.start < k.end && k.start < f.end) {
        free = false;
        break;
      }
    }
    if (free) kept.push(f);
  }
  return kept;
}

function keepMany(ranked: readonly Finding[], textLength: number): Finding[] {
  const taken = new Uint8Array(textLength);
  const kept: Finding[] = [];
  for (const f of ranked) {
    let free = true;
    for (let i = f.start; i < f.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept;
}
