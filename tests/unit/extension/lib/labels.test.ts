import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../extension/lib/contrast.ts';
import { highlightCss } from '../../../../extension/lib/highlight/styles.ts';
import {
  highlightName,
  LABEL_COLOURS,
  LABELS,
  MASK_HIGHLIGHT,
  TEXT_COLOUR,
} from '../../../../extension/lib/labels.ts';

describe('highlight palette', () => {
  it.each(LABELS)('%s keeps its text readable (WCAG AAA, 7:1)', (label) => {
    expect(contrastRatio(LABEL_COLOURS[label], TEXT_COLOUR)).toBeGreaterThanOrEqual(7);
  });

  it('every label has its own colour and highlight name', () => {
    expect(new Set(LABELS.map((l) => LABEL_COLOURS[l])).size).toBe(LABELS.length);
    expect(new Set(LABELS.map(highlightName)).size).toBe(LABELS.length);
    expect(highlightName('CREDIT_CARD')).toBe('quietline-credit-card');
  });

  it('the stylesheet styles every label and hides masked text', () => {
    const css = highlightCss();
    for (const label of LABELS) expect(css).toContain(`::highlight(${highlightName(label)})`);
    expect(css).toMatch(new RegExp(`::highlight\\(${MASK_HIGHLIGHT}\\) \\{[^}]*color: transparent`));
  });

  it('the document stylesheet can attach every rule to the root alone', () => {
    const rules = highlightCss(':root').split('\n');
    expect(rules).toHaveLength(LABELS.length + 1);
    for (const rule of rules) expect(rule).toMatch(/^:root::highlight\(/);
  });
});
