import { expect, test } from './fixtures.ts';
import { WidgetSite } from './pages/widget-site.ts';

const isOptOutPost = (url: string, method: string) => method === 'POST' && url.endsWith('/v1/opt-outs');

test.describe('widget: the privacy choices link and opt-out', () => {
  test('the link renders in the footer with the opt-out icon', async ({ page, pageErrors }) => {
    const widget = new WidgetSite(page);
    await page.goto('/');
    await expect(widget.link('Your Privacy Choices')).toBeVisible();
    await expect(page.locator('footer quietline-privacy-choices')).toHaveCount(1);
    await expect(widget.link().locator('svg')).toHaveCount(1);
    expect(pageErrors).toEqual([]);
  });

  test('opting out by click reaches the host and shows in __gpp and __uspapi', async ({ page }) => {
    const widget = new WidgetSite(page);
    await page.goto('/');
    expect(await widget.usp()).toEqual({ version: 1, uspString: '1YNN' });
    await widget.openChoices();
    await widget.chooseSale('opt-out');
    const posted = page.waitForResponse((r) => isOptOutPost(r.url(), r.request().method()));
    await widget.save();
    const response = await posted;
    expect(response.status()).toBe(201);
    const body = response.request().postDataJSON();
    expect(body).toMatchObject({
      siteKey: 'demo',
      source: 'link',
      decision: 'opt-out',
      scopes: ['sale-sharing'],
    });
    await expect(widget.status()).toHaveText('Your choices are saved.');
    const section = (await widget.gpp('getSection', 'usca')) as Record<string, unknown>;
    expect(section).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, Gpc: false });
    expect(await widget.gpp('getField', 'usnat.SaleOptOut')).toBe(1);
    expect(await widget.usp()).toEqual({ version: 1, uspString: '1YYN' });
    expect(body.gppString).toBe((await widget.state()).gppString);

    // The choice survives a reload and is not sent again.
    let again = 0;
    page.on('request', (r) => {
      if (isOptOutPost(r.url(), r.method())) again++;
    });
    await page.reload();
    await expect(widget.link()).toBeVisible();
    expect((await widget.state()).saleSharingOptedOut).toBe(true);
    expect(again).toBe(0);
  });
});
