import type { Block } from './block.ts';

const MAX_CONTEXT = 80;

/**
 * The label a form value is shown under, when it lives in another element: `<dt>ZIP</dt><dd>94103</dd>`.
 * The engine relies on such cues ("ZIP", "Date of birth") for values that are ambiguous alone.
 */
export function fieldLabelOf(block: Block): string | null {
  if (!(block instanceof Element) || block.tagName !== 'DD') return null;
  for (let prev = block.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.tagName === 'DT') {
      const label = (prev.textContent ?? '').replace(/\s+/g, ' ').trim();
      return label === '' ? null : label.slice(0, MAX_CONTEXT);
    }
  }
  return null;
}
