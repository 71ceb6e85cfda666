import { highlightName, LABEL_COLOURS, LABELS, MASK_HIGHLIGHT, TEXT_COLOUR } from '../labels.ts';

const MASK_COLOUR = '#1f2430';

/** One `::highlight()` rule per label, and the screen-share mask painted over them. */
export function highlightCss(): string {
  const rules = LABELS.map(
    (label) =>
      `::highlight(${highlightName(label)}) { background-color: ${LABEL_COLOURS[label]}; color: ${TEXT_COLOUR}; }`,
  );
  rules.push(`::highlight(${MASK_HIGHLIGHT}) { background-color: ${MASK_COLOUR}; color: transparent; }`);
  return rules.join('\n');
}

/** Adds the rules to a document or shadow root without touching its DOM; returns the undo. */
export function adoptHighlightStyles(target: Document | ShadowRoot, sheet: CSSStyleSheet): () => void {
  try {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  } catch {
    // Some engines refuse sheets made in another world; highlights then keep the browser's default look.
    return () => {};
  }
  return () => {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

export function createHighlightSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss());
  return sheet;
}
