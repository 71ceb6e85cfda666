import { highlightName, LABEL_COLOURS, LABELS, MASK_COLOUR, MASK_HIGHLIGHT, TEXT_COLOUR } from '../labels.ts';

/**
 * Where the rules attach. `''` is every element (`*::highlight()`); `':root'` is the root alone, whose
 * highlight styles every element inherits (highlight inheritance, CSS Pseudo-Elements 4). A universal rule
 * makes Chromium give every element of the page highlight styles of its own, and frames after a DOM change
 * cost about a tenth more on a long page; the root rule paints the same and costs nothing measurable.
 */
export type HighlightScope = '' | ':root';

/** One `::highlight()` rule per label, and the screen-share mask painted over them. */
export function highlightCss(scope: HighlightScope = ''): string {
  const rules = LABELS.map(
    (label) =>
      `${scope}::highlight(${highlightName(label)}) { background-color: ${LABEL_COLOURS[label]}; color: ${TEXT_COLOUR}; }`,
  );
  rules.push(
    `${scope}::highlight(${MASK_HIGHLIGHT}) { background-color: ${MASK_COLOUR}; color: transparent; }`,
  );
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

export function createHighlightSheet(scope: HighlightScope = ''): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss(scope));
  return sheet;
}

/**
 * The document's scope: the root in Chromium, which implements highlight inheritance; every element in
 * Firefox, whose inheritance of highlight styles is not verified here.
 */
export const DOCUMENT_HIGHLIGHT_SCOPE: HighlightScope = import.meta.env.FIREFOX ? '' : ':root';
