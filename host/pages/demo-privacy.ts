import { html } from 'hono/html';
import { BUSINESS, demoPage } from './demo-chrome.ts';

const UPDATED = '2026-01-01';

/** A plain-language policy covering the CCPA/CPRA disclosures (Civ. Code 1798.130(a)(5), §7011). */
export function privacyPage() {
  return demoPage(
    'Privacy Policy',
    '/privacy',
    html`<article class="policy">
      <h1>Privacy Policy</h1>
      <p class="meta">Last updated ${UPDATED}</p>
      <p>This policy explains, in plain words, what ${BUSINESS.name} collects about you, why, and the
        choices California law gives you.</p>

      <h2 id="what-we-collect">What we collect and why</h2>
      <ul>
        <li><strong>Contact details</strong> (name, phone number, email, service address): to answer you, book
          visits and send invoices.</li>
        <li><strong>Call recordings and transcripts, text messages and chats</strong>: to schedule work and check
          the quality of our service.</li>
        <li><strong>Website data</strong> (pages visited, browser type, a cookie id): to keep the site working and
          to measure which adverts bring customers.</li>
      </ul>
      <p>We keep call recordings and messages for 24 months, then delete them, unless the law requires us to keep
        them longer.</p>

      <h2 id="sale-and-sharing">Selling and sharing</h2>
      <p>We do not sell your information for money. Our website shares a cookie id and the pages you visit with
        advertising partners to show you our adverts elsewhere. California law calls this "sharing", and you
        can stop it (see below). We do not knowingly sell or share information of anyone under 16.</p>

      <h2 id="your-rights">Your California privacy rights</h2>
      <ul>
        <li><strong>Right to know</strong> what we have collected about you and get a copy.</li>
        <li><strong>Right to delete</strong> what we have collected about you, with some legal exceptions.</li>
        <li><strong>Right to correct</strong> information that is wrong.</li>
        <li><strong>Right to opt out</strong> of the sale or sharing of your information.</li>
        <li><strong>Right to limit</strong> our use of sensitive information. We only use sensitive information to
          provide the service you asked for.</li>
        <li><strong>Right to equal treatment</strong>: we will not charge you more or serve you worse for using any
          of these rights.</li>
      </ul>

      <h2 id="opt-out">How to opt out of sale or sharing</h2>
      <ul>
        <li>Use the <strong>Your Privacy Choices</strong> link on any page of this site.</li>
        <li>Turn on <strong>Global Privacy Control</strong> in your browser or an extension. We treat the signal as
          a valid opt-out for that browser, without asking you for anything else.</li>
        <li>Call us toll-free at ${BUSINESS.phone} or email ${BUSINESS.email}.</li>
      </ul>
      <p>You do not need an account, and we do not ask you to prove who you are to opt out.</p>

      <h2 id="requests">How to make a request to know, delete or correct</h2>
      <p>Call ${BUSINESS.phone} (toll-free), email ${BUSINESS.email}, or use our <a href="/contact">contact form</a>.
        We confirm we received your request within 10 business days and answer within 45 days. If we need
        more time, up to 45 more days, we tell you why.</p>
      <p>To protect you, we check your identity by matching details you give us (for example your phone number
        and service address) with what we already hold. We will not ask for more than we need.</p>
      <p>You can ask someone else (an authorized agent) to make a request for you. We will ask for your signed
        permission and may ask you to confirm your identity with us directly.</p>

      <h2 id="contact">Contact</h2>
      <p>${BUSINESS.name}, ${BUSINESS.address}. Phone ${BUSINESS.phone}. Email ${BUSINESS.email}.</p>
    </article>`,
  );
}
