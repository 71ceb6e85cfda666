import type { Locale, SiteConfig } from '../../shared/api/sites.ts';
import type { DialogFocus } from './link.ts';
import type { Decisions, WidgetState } from './store.ts';

/** What the loader hands the lazily loaded dialog; the only coupling between the two files. */
export interface DialogContext {
  lang: Locale;
  /** Site name, policy link, flags and text overrides; the dialog picks its catalog from `lang`. */
  config: SiteConfig;
  focus: DialogFocus;
  nonce: string | undefined;
  /** Injectable for tests of the 12-month rule. */
  now: () => Date;
  getState: () => WidgetState;
  subscribe: (listener: (state: WidgetState) => void) => () => void;
  /** Resolves 'saved' once the host has it, 'queued' while it waits in the offline queue. */
  save: (decisions: Decisions) => Promise<'saved' | 'queued'>;
  onClose: () => void;
}

export interface DialogModule {
  open(context: DialogContext): void;
}

/** The dialog file registers itself here; a symbol key adds no enumerable global to the page. */
export const DIALOG_KEY = Symbol.for('quietline.dialog');
