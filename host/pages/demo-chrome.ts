import { html } from 'hono/html';
import { document, type Html } from './layout.ts';

export const BUSINESS = {
  name: 'Harbor Lane Plumbing',
  phone: '(800) 555-0142',
  email: 'privacy@harborlane.example',
  address: '100 Example Way, Sacramento, CA 95814',
} as const;

const NAV = [
  ['/', 'Home'],
  ['/contact', 'Contact'],
  ['/privacy', 'Privacy Policy'],
] as const;

/** Demo business pages share a header and the footer that carries the privacy links. */
export function demoPage(title: string, current: string, main: Html): Html {
  return document(
    `${title} · ${BUSINESS.name}`,
    html`<header class="site-header">
        <a class="brand" href="/">${BUSINESS.name}</a>
        <nav aria-label="Main">
          ${NAV.map(
            ([href, label]) =>
              html`<a href="${href}" ${href === current ? html`aria-current="page"` : ''}>${label}</a>`,
          )}
        </nav>
      </header>
      <main id="main">${main}</main>
      <footer class="site-footer">
        <p>${BUSINESS.name} · ${BUSINESS.address} · ${BUSINESS.phone}</p>
        <nav aria-label="Footer">
          <a href="/privacy">Privacy Policy</a>
          <a href="/privacy#your-rights">Your California privacy rights</a>
          <a href="/contact">Contact us</a>
        </nav>
        <p class="fine-print">A demonstration site for Quietline. All names, numbers and addresses are fictional.</p>
      </footer>`,
    { widget: true, bodyClass: 'demo-site' },
  );
}
