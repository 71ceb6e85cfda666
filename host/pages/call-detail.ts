import { html } from 'hono/html';
import type { CallLogRecord, Speaker } from '../../shared/api/records.ts';
import { appPage } from './app-chrome.ts';
import { formatWhen } from './call-list.ts';

const SPEAKER: Record<Speaker, string> = { agent: 'Agent', customer: 'Customer', system: 'System' };

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function body(record: CallLogRecord) {
  switch (record.kind) {
    case 'call':
      return html`<p>Duration ${clock(record.durationSeconds * 1000)} · tracking number ${record.trackingNumber}</p>
        <h2>Transcript</h2>
        <ol class="transcript">
          ${record.transcript.map(
            (t, i) => html`<li class="turn" data-turn-index="${i}" data-speaker="${t.speaker}">
              <span class="speaker">${SPEAKER[t.speaker]}</span><span class="time">${clock(t.startMs)}</span>
              <p class="turn-text">${t.text}</p>
            </li>`,
          )}
        </ol>`;
    case 'sms':
    case 'chat':
      return html`${record.kind === 'sms' ? html`<p>Tracking number ${record.trackingNumber}</p>` : html`<p>Page ${record.pageUrl}</p>`}
        <h2>Messages</h2>
        <ol class="messages">
          ${record.messages.map(
            (m, i) => html`<li class="message" data-message-index="${i}" data-speaker="${m.sender}">
              <span class="speaker">${SPEAKER[m.sender]}</span><span class="time">${formatWhen(m.sentAt)}</span>
              <p class="message-text">${m.text}</p>
            </li>`,
          )}
        </ol>`;
    case 'form':
      return html`<p>Form “${record.formName}” on ${record.pageUrl}</p>
        <h2>Fields</h2>
        <dl class="form-fields">
          ${record.fields.map((f) => html`<dt>${f.label}</dt><dd class="form-value" data-field-name="${f.name}">${f.value}</dd>`)}
        </dl>`;
  }
}

/** The record's root element carries data-record-id/-kind: the extension finds records by them. */
export function callDetailPage(agentEmail: string, record: CallLogRecord) {
  const c = record.contact;
  return appPage(
    `${record.kind} ${record.id}`,
    agentEmail,
    html`<p><a href="/app/calls">← Back to the call log</a></p>
      <article class="record" data-record-id="${record.id}" data-record-kind="${record.kind}">
        <h1><span class="kind">${record.kind}</span> ${record.direction} · ${formatWhen(record.occurredAt)}</h1>
        ${record.redactedAt ? html`<p class="notice">Redacted ${formatWhen(record.redactedAt)}</p>` : ''}
        <dl class="contact">
          ${c.name ? html`<dt>Name</dt><dd class="contact-name">${c.name}</dd>` : ''}
          ${c.phone ? html`<dt>Phone</dt><dd class="contact-phone">${c.phone}</dd>` : ''}
          ${c.email ? html`<dt>Email</dt><dd class="contact-email">${c.email}</dd>` : ''}
          ${c.address ? html`<dt>Address</dt><dd class="contact-address">${c.address}</dd>` : ''}
        </dl>
        ${body(record)}
      </article>`,
  );
}
