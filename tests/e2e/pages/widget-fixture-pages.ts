import type { Page } from '@playwright/test';

export interface FixturePage {
  path: string;
  html: string;
  headers?: Record<string, string>;
}

/** Serves a test-only page on the host's own origin, so the real widget files and API stay in play. */
export async function serveFixture(page: Page, baseURL: string, fixture: FixturePage): Promise<string> {
  const url = new URL(fixture.path, baseURL).href;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: fixture.headers ?? {},
      body: fixture.html,
    }),
  );
  return url;
}

export function widgetPage(options: {
  lang?: string;
  head?: string;
  body?: string;
  scriptAttributes?: string;
}): string {
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head><meta charset="utf-8"><title>Fixture</title>${options.head ?? ''}</head>
<body>
<main><h1>Fixture business</h1><p>Some page content that must not move.</p></main>
${options.body ?? '<footer><p>Footer text</p></footer>'}
<script src="/widget/quietline.js" data-site="demo" async ${options.scriptAttributes ?? ''}></script>
</body>
</html>`;
}

/** Replaces the demo site's public config for this page only (the host is not changed). */
export async function overrideSiteConfig(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.route('**/v1/sites/demo/config', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...config, ...patch } });
  });
}
