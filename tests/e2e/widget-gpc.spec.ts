import { expect, test } from './fixtures.ts';
import { WidgetSite } from './pages/widget-site.ts';

test.describe('widget: Global Privacy Control', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
  });

  test('GPC is an opt-out with no click: honoured, shown, sent once, kept across reloads', async ({
    page,
  }) => {
    const widget = new WidgetSite(page);
    const posts: Record<string, unknown>[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/v1/opt-outs')) posts.push(r.postDataJSON());
    });
    const recorded = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/v1/opt-outs'),
    );
    await page.goto('/');
    expect((await recorded).status()).toBe(201);
    await expect(widget.honoredBadge()).toBeVisible();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      source: 'gpc',
      decision: 'opt-out',
      gpc: true,
      scopes: ['sale-sharing'],
    });

    expect(await widget.gpp('getSection', 'usca')).toMatchObject({
      SaleOptOut: 1,
      SharingOptOut: 1,
      Gpc: true,
    });
    expect(await widget.gpp('getField', 'usnat.Gpc')).toBe(true);
    expect(await widget.usp()).toEqual({ version: 1, uspString: '1YYN' });

    await widget.openChoices();
    await expect(widget.dialog().getByText('Opt-Out Request Honored')).toBeVisible();
    await expect(widget.saleButton('opt-out')).toHaveAttribute('aria-pressed', 'true');
    await expect(widget.saleButton('allow')).toBeDisabled();

    await page.reload();
    await expect(widget.honoredBadge()).toBeVisible();
    await page.waitForTimeout(300);
    expect(posts).toHaveLength(1);
  });
});
