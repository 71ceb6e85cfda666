// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { linkMessages } from '../../../shared/i18n/en.ts';
import { renderLinks } from '../../../widget/lib/link.ts';

const view = { doNotSell: false, showLimit: false, honored: false };
const shadowText = (el: Element | null) => el?.shadowRoot?.textContent ?? '';

describe('link placement (§7015)', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main><p>content</p></main><footer><p>footer</p></footer>';
  });

  it('appends to the footer when the page marks no place', () => {
    renderLinks(document, { nonce: undefined, onOpen: () => undefined }).update(linkMessages, view);
    const host = document.querySelector('footer > quietline-privacy-choices');
    expect(shadowText(host)).toContain('Your Privacy Choices');
  });

  it('fills a <quietline-privacy-choices> element where the page put it, with the Limit link when asked', () => {
    document
      .querySelector('main')
      ?.insertAdjacentHTML('beforeend', '<quietline-privacy-choices></quietline-privacy-choices>');
    renderLinks(document, { nonce: undefined, onOpen: () => undefined }).update(linkMessages, {
      doNotSell: true,
      showLimit: true,
      honored: true,
    });
    expect(document.querySelectorAll('quietline-privacy-choices')).toHaveLength(1);
    const text = shadowText(document.querySelector('main quietline-privacy-choices'));
    expect(text).toContain('Do Not Sell or Share My Personal Information');
    expect(text).toContain('Opt-Out Request Honored');
    expect(text).toContain('Limit the Use of My Sensitive Personal Information');
  });

  it("uses the site's own <a data-quietline> and opens the dialog on click", () => {
    document
      .querySelector('footer')
      ?.insertAdjacentHTML('beforeend', '<a data-quietline="privacy-choices">x</a>');
    const opened: string[] = [];
    renderLinks(document, { nonce: undefined, onOpen: (focus) => opened.push(focus) }).update(
      linkMessages,
      view,
    );
    const anchor = document.querySelector('a[data-quietline]') as HTMLAnchorElement;
    expect(anchor.getAttribute('href')).toBe('#');
    expect(shadowText(anchor.querySelector('span'))).toContain('Your Privacy Choices');
    anchor.click();
    expect(opened).toEqual(['sale']);
  });

  it('remove() takes out what it added and gives site elements their own content back', () => {
    const footer = document.querySelector('footer');
    footer?.insertAdjacentHTML('beforeend', '<a data-quietline="privacy-choices">Privacy</a>');
    const links = renderLinks(document, { nonce: undefined, onOpen: () => undefined });
    links.update(linkMessages, { ...view, showLimit: true });
    expect(document.querySelectorAll('quietline-privacy-choices')).toHaveLength(1);
    links.remove();
    expect(document.querySelectorAll('quietline-privacy-choices')).toHaveLength(0);
    expect(document.querySelector('a[data-quietline]')?.textContent).toBe('Privacy');
  });

  it('remove() hides, but keeps, a <quietline-privacy-choices> the page placed itself', () => {
    document
      .querySelector('main')
      ?.insertAdjacentHTML('beforeend', '<quietline-privacy-choices></quietline-privacy-choices>');
    const links = renderLinks(document, { nonce: undefined, onOpen: () => undefined });
    links.update(linkMessages, view);
    links.remove();
    const host = document.querySelector<HTMLElement>('main quietline-privacy-choices');
    expect(host?.hidden).toBe(true);
  });
});
