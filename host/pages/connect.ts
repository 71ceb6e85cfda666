import { html } from 'hono/html';
import { appPage } from './app-chrome.ts';

/** GET shows the button; the POST result shows the string once (the token is not stored in clear). */
export function connectPage(agentEmail: string, connectionString?: string) {
  return appPage(
    'Connect the extension',
    agentEmail,
    html`<h1>Connect the Quietline extension</h1>
      <p>The extension needs a connection string: this host's address plus an API token for you, with the
        read, redact and export scopes. Each click creates a new token.</p>
      ${
        connectionString
          ? html`<p>Copy this now and paste it into the extension's options. It is shown only once.</p>
            <code id="connection-string" class="connection-string" data-connection-string>${connectionString}</code>
            <p><button type="button" data-copy-target="connection-string">Copy</button></p>
            <script src="/assets/copy.js" defer></script>`
          : html`<form method="post" action="/app/connect">
              <button type="submit">Create connection string</button>
            </form>`
      }`,
  );
}
