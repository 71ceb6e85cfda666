import type { WidgetState } from './store.ts';

/** `window.Quietline`: the page's way to open the choices and read the visitor's state. */
export interface QuietlineApi {
  /**
   * Opens the privacy choices dialog. Returns false when refused: within 12 months of an opt-out
   * the site may not open it on its own, only from the visitor's own click (Civ. Code 1798.135).
   */
  openChoices(): boolean;
  /** The current choices and the IAB strings derived from them. */
  getState(): WidgetState;
  readonly version: string;
}

export const CHANGE_EVENT = 'quietline:change';
export const VERSION = '0.1.0';
