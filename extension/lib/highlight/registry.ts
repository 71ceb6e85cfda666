import { highlightName, LABELS, MASK_HIGHLIGHT, type PiiLabel } from '../labels.ts';

/**
 * The page's highlight registry seen through one Highlight per label. Ranges are only ever added to
 * highlights: the page's DOM is never changed.
 */
export class HighlightSet {
  readonly #byLabel = new Map<PiiLabel, Highlight>();
  readonly #mask = new Highlight();
  #masking = false;

  constructor() {
    for (const label of LABELS) this.#byLabel.set(label, new Highlight());
    this.#mask.priority = 10;
  }

  install(): void {
    for (const label of LABELS) {
      const highlight = this.#byLabel.get(label);
      if (highlight) CSS.highlights.set(highlightName(label), highlight);
    }
    CSS.highlights.set(MASK_HIGHLIGHT, this.#mask);
  }

  uninstall(): void {
    for (const label of LABELS) {
      if (CSS.highlights.get(highlightName(label)) === this.#byLabel.get(label)) {
        CSS.highlights.delete(highlightName(label));
      }
    }
    if (CSS.highlights.get(MASK_HIGHLIGHT) === this.#mask) CSS.highlights.delete(MASK_HIGHLIGHT);
    for (const highlight of this.#byLabel.values()) highlight.clear();
    this.#mask.clear();
  }

  add(label: PiiLabel, range: AbstractRange, masked: boolean): void {
    this.#byLabel.get(label)?.add(range);
    if (masked && this.#masking) this.#mask.add(range);
  }

  remove(label: PiiLabel, range: AbstractRange): void {
    this.#byLabel.get(label)?.delete(range);
    this.#mask.delete(range);
  }

  get masking(): boolean {
    return this.#masking;
  }

  /** Screen-share mode: every value currently highlighted is painted over. */
  setMasking(on: boolean, ranges: Iterable<AbstractRange>): void {
    this.#masking = on;
    this.#mask.clear();
    if (on) for (const range of ranges) this.#mask.add(range);
  }

  reveal(range: AbstractRange): void {
    this.#mask.delete(range);
  }

  size(label: PiiLabel): number {
    return this.#byLabel.get(label)?.size ?? 0;
  }
}
