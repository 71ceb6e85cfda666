import { LABEL_COLOURS, LABEL_NAMES } from '../lib/labels.ts';
import type { FindingSummary } from '../lib/messages.ts';

export type FindingListProps = { findings: readonly FindingSummary[]; onChoose: (id: number) => void };

/** Keyboard route to every finding: choosing one scrolls the page to it. */
export function FindingList({ findings, onChoose }: FindingListProps) {
  if (findings.length === 0) return <p class="empty">Nothing found on this page.</p>;
  return (
    <ul class="findings" aria-label="Findings">
      {findings.map((finding) => (
        <li key={finding.id}>
          <button type="button" onClick={() => onChoose(finding.id)}>
            <span class="swatch" style={{ background: LABEL_COLOURS[finding.label] }} aria-hidden="true" />
            <span class="label">{LABEL_NAMES[finding.label]}</span>
            <span class="masked">{finding.masked}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
