import { html } from 'hono/html';
import { BUSINESS, demoPage } from './demo-chrome.ts';

export function homePage() {
  return demoPage(
    'Home',
    '/',
    html`<section class="hero">
        <h1>Leaks fixed today, not next week.</h1>
        <p>${BUSINESS.name} has served the valley's homes and small businesses since 1998. Call us, text us
          or send the form, and a licensed plumber gets back to you the same day.</p>
        <p><a class="button" href="/contact">Request a visit</a> or call <strong>${BUSINESS.phone}</strong></p>
      </section>
      <section class="cards" aria-label="Services">
        <article><h2>Repairs</h2><p>Leaks, clogs, water heaters and burst pipes, around the clock.</p></article>
        <article><h2>Installations</h2><p>Fixtures, tankless heaters and water filtration, fitted to code.</p></article>
        <article><h2>Inspections</h2><p>Camera inspections and written reports for buyers and landlords.</p></article>
      </section>
      <section>
        <h2>How we handle your information</h2>
        <p>We record calls and keep messages so we can schedule visits and check our service quality.
          Read our <a href="/privacy">privacy policy</a> to see what we collect and the choices you have.</p>
      </section>`,
  );
}
