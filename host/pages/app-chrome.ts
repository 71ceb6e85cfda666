import { html } from 'hono/html';
import { document, type Html } from './layout.ts';

/** Agent-facing pages: the header shows who is logged in and the way out. */
export function appPage(title: string, agentEmail: string | null, main: Html): Html {
  return document(
    `${title} · Quietline call log`,
    html`<header class="app-header">
        <a class="brand" href="/app/calls">Quietline call log</a>
        ${
          agentEmail
            ? html`<nav aria-label="Account">
                <a href="/app/calls">Calls</a>
                <a href="/app/connect">Connect extension</a>
                <span class="agent-email">${agentEmail}</span>
                <form method="post" action="/app/logout"><button type="submit">Log out</button></form>
              </nav>`
            : ''
        }
      </header>
      <main id="main">${main}</main>`,
    { bodyClass: 'call-log' },
  );
}

export function loginPage(options: { error?: string; email?: string; next?: string }) {
  return appPage(
    'Log in',
    null,
    html`<h1>Agent log in</h1>
      ${options.error ? html`<p class="form-error" role="alert">${options.error}</p>` : ''}
      <form class="login-form" method="post" action="/app/login">
        <input type="hidden" name="next" value="${options.next ?? '/app/calls'}" />
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required value="${options.email ?? ''}" />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit">Log in</button>
      </form>`,
  );
}
