import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Every page: one stylesheet, no inline script, so pages also work under a strict CSP. */
export function document(
  title: string,
  body: Html,
  options: { widget?: boolean; bodyClass?: string } = {},
): Html {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="/assets/site.css" />
    ${options.widget ? html`<script src="/widget/quietline.js" data-site="demo" async></script>` : ''}
  </head>
  <body class="${options.bodyClass ?? ''}">
    ${body}
  </body>
</html>`;
}

export type { Html };
