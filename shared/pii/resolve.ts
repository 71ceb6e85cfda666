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

/**
 * Keeps the best non-overlapping findings (higher score, then stronger label, then longer span),
 * returned sorted by start. An occupancy map makes each check cost the span's length, never the count.
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
  return kept.sort((a, b) => a.start - b.start);
}
