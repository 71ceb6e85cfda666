import { LABEL_COLOURS, LABEL_NAMES, type PiiLabel } from '../lib/labels.ts';

export type LegendProps = { labels: readonly PiiLabel[]; counts: Readonly<Record<string, number>> };

/** Colour key for the page highlights, with how many of each the page shows. */
export function Legend({ labels, counts }: LegendProps) {
  return (
    <table class="legend">
      <caption>Found on this page</caption>
      <tbody>
        {labels.map((label) => (
          <tr key={label} data-label={label}>
            <td>
              <span class="swatch" style={{ background: LABEL_COLOURS[label] }} aria-hidden="true" />
              {LABEL_NAMES[label]}
            </td>
            <td class="count">{counts[label] ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
