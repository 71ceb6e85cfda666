import type { LinkMessages } from '../../shared/i18n/en.ts';
import { linkCss } from '../styles/link-css.ts';
import { optOutIcon } from './icon.ts';
import { styledShadow } from './shadow.ts';

export type DialogFocus = 'sale' | 'sensitive';

export interface LinkOptions {
  nonce: string | undefined;
  onOpen: (focus: DialogFocus, trigger: HTMLElement) => void;
}

export interface LinkView {
  update(texts: LinkMessages, view: { doNotSell: boolean; showLimit: boolean; honored: boolean }): void;
  /** Takes the link out again (no site config ever came); site anchors get their own content back. */
  remove(): void;
}

const SELECTOR_A = 'a[data-quietline="privacy-choices"]';
const SELECTOR_EL = 'quietline-privacy-choices';

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

type SlotKind = 'all' | 'main' | 'limit';

/** One rendered slot: the site's own <a> (filled through a shadow span inside it) or our element. */
function slot(host: HTMLElement, kind: SlotKind, options: LinkOptions): LinkView {
  const siteAnchor = host instanceof HTMLAnchorElement ? host : undefined;
  const shadowHost = siteAnchor ? document.createElement('span') : host;
  const original = [...host.childNodes];
  // The page's own elements stay, as the page had them; ours are removed by renderLinks.
  if (siteAnchor) {
    if (!siteAnchor.hasAttribute('href')) siteAnchor.setAttribute('href', '#');
    siteAnchor.setAttribute('aria-haspopup', 'dialog');
    siteAnchor.replaceChildren(shadowHost);
    siteAnchor.addEventListener('click', (event) => {
      event.preventDefault();
      options.onOpen('sale', siteAnchor);
    });
  }
  const root = styledShadow(shadowHost, linkCss, options.nonce);
  const row = span('row', '');
  root.append(row);

  const link = (text: string, focus: DialogFocus, withIcon: boolean): HTMLElement => {
    // Inside the site's <a> a second anchor would nest, so the text is a plain span there.
    const el = siteAnchor ? span('text', '') : document.createElement('a');
    if (el instanceof HTMLAnchorElement) {
      el.href = '#';
      el.setAttribute('aria-haspopup', 'dialog');
      el.addEventListener('click', (event) => {
        event.preventDefault();
        options.onOpen(focus, el);
      });
    }
    el.append(span('label', text));
    if (withIcon) el.append(optOutIcon());
    return el;
  };

  return {
    update(texts, view) {
      const parts: HTMLElement[] = [];
      if (kind !== 'limit') {
        parts.push(link(view.doNotSell ? texts.doNotSell : texts.privacyChoices, 'sale', true));
        // §7025(c)(6): show that the GPC signal was processed.
        if (view.honored) parts.push(span('status', texts.optOutHonored));
      }
      // §7027: the Limit link, only for sites that use sensitive PI beyond the permitted purposes.
      if (kind !== 'main' && view.showLimit) parts.push(link(texts.limitSensitive, 'sensitive', false));
      shadowHost.hidden = parts.length === 0;
      row.replaceChildren(...parts);
    },
    remove() {
      if (siteAnchor) siteAnchor.replaceChildren(...original);
      else shadowHost.hidden = true;
    },
  };
}

/**
 * While the page is still parsing, the link can go in early when its place is certain: a marked
 * element exists, or the footer is complete because our own script tag comes after it.
 */
export function placementReady(doc: Document, script: Element | null): boolean {
  if (doc.readyState !== 'loading' || doc.querySelector(`${SELECTOR_A}, ${SELECTOR_EL}`)) return true;
  const footer = doc.querySelector('footer');
  return !!(
    footer &&
    script &&
    footer.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING &&
    !footer.contains(script)
  );
}

/** §7015 placement: the page's marked <a> or <quietline-privacy-choices>, else the end of the footer. */
export function renderLinks(doc: Document, options: LinkOptions): LinkView {
  const found = [...doc.querySelectorAll<HTMLElement>(`${SELECTOR_A}, ${SELECTOR_EL}`)];
  const ours: HTMLElement[] = [];
  if (found.length === 0) {
    const created = doc.createElement(SELECTOR_EL);
    (doc.querySelector('footer') ?? doc.body).append(created);
    found.push(created);
    ours.push(created);
  }
  const views = found.map((h) => slot(h, h instanceof HTMLAnchorElement ? 'main' : 'all', options));
  // Only site anchors: the Limit link gets its own element right after the last one.
  if (found.every((h) => h instanceof HTMLAnchorElement)) {
    const limitHost = doc.createElement(SELECTOR_EL);
    found[found.length - 1]!.after(limitHost);
    ours.push(limitHost);
    views.push(slot(limitHost, 'limit', options));
  }
  return {
    update(texts, view) {
      for (const v of views) v.update(texts, view);
    },
    remove() {
      for (const v of views) v.remove();
      for (const el of ours) el.remove();
    },
  };
}
