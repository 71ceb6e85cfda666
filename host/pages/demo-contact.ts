import { html } from 'hono/html';
import { BUSINESS, demoPage } from './demo-chrome.ts';

export interface ContactFormState {
  sent?: boolean;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

const FIELDS = [
  { name: 'name', label: 'Your name', type: 'text', autocomplete: 'name', required: true },
  { name: 'email', label: 'Email', type: 'email', autocomplete: 'email', required: true },
  { name: 'phone', label: 'Phone (optional)', type: 'tel', autocomplete: 'tel', required: false },
] as const;

/** A plain HTML form (no script needed); the notice at collection sits next to the submit button (§7012). */
export function contactPage(state: ContactFormState = {}) {
  const value = (name: string) => state.values?.[name] ?? '';
  const error = (name: string) =>
    state.errors?.[name] ? html`<p class="field-error" id="${name}-error">${state.errors[name]}</p>` : '';
  const invalid = (name: string) =>
    state.errors?.[name] ? html`aria-invalid="true" aria-describedby="${name}-error"` : '';
  return demoPage(
    'Contact',
    '/contact',
    html`<h1>Contact us</h1>
      ${state.sent ? html`<p class="notice" role="status">Thanks! We received your message and will reply within one business day.</p>` : ''}
      <p>Call <strong>${BUSINESS.phone}</strong> or send us a note.</p>
      <form class="contact-form" method="post" action="/contact" novalidate>
        ${FIELDS.map(
          (f) => html`<label for="${f.name}">${f.label}</label>
            <input id="${f.name}" name="${f.name}" type="${f.type}" autocomplete="${f.autocomplete}"
              value="${value(f.name)}" ${f.required ? html`required` : ''} ${invalid(f.name)} />
            ${error(f.name)}`,
        )}
        <label for="message">Your message</label>
        <textarea id="message" name="message" rows="5" required ${invalid('message')}>${value('message')}</textarea>
        ${error('message')}
        <p class="collection-notice">We use these details only to answer your request and schedule work. We do
          not sell them. See our <a href="/privacy">privacy policy</a> for what we collect and your rights.</p>
        <button type="submit">Send message</button>
      </form>`,
  );
}
