import { html } from 'hono/html';
import type { CallLogRecord, RecordPage } from '../../shared/api/records.ts';
import { appPage } from './app-chrome.ts';

/** One line of preview text: the first customer words, message or form value. */
export function previewText(record: CallLogRecord): string {
  const text =
    record.kind === 'call'
      ? record.transcript[0]?.text
      : record.kind === 'form'
        ? record.fields.at(-1)?.value
        : record.messages[0]?.text;
  const line = text ?? '';
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}

export const formatWhen = (iso: string) => iso.replace('T', ' ').slice(0, 16);

export function callListPage(input: {
  agentEmail: string;
  q: string;
  page: number;
  limit: number;
  result: RecordPage;
}) {
  const { result, page, q } = input;
  const pages = Math.max(1, Math.ceil(result.total / input.limit));
  const link = (p: number) => `/app/calls?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return appPage(
    'Calls',
    input.agentEmail,
    html`<h1>Call log</h1>
      <form class="search" method="get" action="/app/calls" role="search">
        <label class="visually-hidden" for="q">Search by phone, email or name</label>
        <input id="q" name="q" type="search" placeholder="Phone, email or name" value="${q}" />
        <button type="submit">Search</button>
      </form>
      <p class="count" data-total="${result.total}">${result.total} records${q ? html` matching “${q}”` : ''} · page ${page} of ${pages}</p>
      <table class="records">
        <thead><tr><th>When</th><th>Kind</th><th>Contact</th><th>Preview</th></tr></thead>
        <tbody>
          ${result.items.map(
            (r) => html`<tr class="record-row" data-record-id="${r.id}" data-record-kind="${r.kind}">
              <td><a href="/app/calls/${r.id}">${formatWhen(r.occurredAt)}</a></td>
              <td><span class="kind">${r.kind}</span></td>
              <td>${r.contact.name ?? ''}<br />${r.contact.phone ?? r.contact.email ?? ''}</td>
              <td>${previewText(r)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <nav class="pager" aria-label="Pages">
        ${page > 1 ? html`<a rel="prev" href="${link(page - 1)}">Previous</a>` : ''}
        ${page < pages ? html`<a rel="next" href="${link(page + 1)}">Next</a>` : ''}
      </nav>`,
  );
}
