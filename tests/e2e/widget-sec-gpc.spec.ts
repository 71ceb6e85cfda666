import { expect, test } from './fixtures.ts';
import { WidgetSite } from './pages/widget-site.ts';

test.describe('host: the Sec-GPC header on its own pages', () => {
  test('Sec-GPC: 1 records an opt-out for this browser once, shared with the widget through its cookie', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    await page.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
    const widget = new WidgetSite(page);
    await page.goto('/');
    const cookie = (await context.cookies()).find((c) => c.name === 'quietline_demo');
    expect(cookie?.value).toMatch(/^1\.[A-Za-z0-9_-]{8,100}\.o-$/);
    const browserId = cookie?.value.split('.')[1] ?? '';

    // The widget (no JS signal here) reads the host's cookie: sale/sharing is off for this browser.
    await expect(widget.link()).toBeVisible();
    expect((await widget.state()).saleSharingOptedOut).toBe(true);
    expect(await widget.usp()).toEqual({ version: 1, uspString: '1YYN' });

    // The header opt-out was recorded under a key derived from the browser id: a replay is a duplicate.
    await page.reload();
    const replay = await request.post('/v1/opt-outs', {
      headers: { origin: baseURL ?? '' },
      data: {
        siteKey: 'demo',
        idempotencyKey: `gpc-header-${browserId}`.slice(0, 100),
        browserId,
        source: 'gpc-header',
        decision: 'opt-out',
        scopes: ['sale-sharing'],
        gpc: true,
        occurredAt: new Date().toISOString(),
      },
    });
    expect(replay.status()).toBe(200);
    expect(await replay.json()).toMatchObject({ duplicate: true });
  });

  test('without the header nothing is recorded and no cookie is set by the host', async ({
    page,
    context,
  }) => {
    const response = await page.goto('/');
    expect(response?.headers()['set-cookie'] ?? '').not.toContain('quietline_demo');
    expect(response?.headers().vary ?? '').toContain('Sec-GPC');
    await expect(new WidgetSite(page).link()).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === 'quietline_demo');
    // The widget writes its cookie only once the visitor makes a choice.
    expect(cookie).toBeUndefined();
  });
});
