import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { serveFixture, widgetPage } from './pages/widget-fixture-pages.ts';
import { WidgetSite } from './pages/widget-site.ts';

/** Holds the site config response until `release()`, with `patch` applied: a slow first visit. */
async function holdSiteConfig(page: Page, patch: Record<string, unknown>): Promise<() => void> {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/v1/sites/demo/config', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await held;
    await route.fulfill({ response, json: { ...config, ...patch } });
  });
  return release;
}

/** Sums layout shifts from the first paint on, as Chromium scores them. */
async function recordShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { shifts: number }).shifts);
}

test.describe('widget: first visit, before the site config arrives', () => {
  test('the link is there at once; a click before the config opens the dialog when it arrives', async ({
    page,
    pageErrors,
  }) => {
    const shifts = await recordShifts(page);
    const release = await holdSiteConfig(page, { linkStyle: 'do-not-sell' });
    const widget = new WidgetSite(page);
    await page.goto('/');
    await expect(widget.link('Your Privacy Choices')).toBeVisible();
    await widget.link('Your Privacy Choices').click();
    await expect(widget.dialog()).toHaveCount(0);

    release();
    // The site's own title replaces the default one, and the early click is not lost.
    await expect(widget.link('Do Not Sell or Share My Personal Information')).toBeVisible();
    await expect(widget.dialog()).toBeVisible();
    await expect(widget.link()).toHaveCount(1);
    // Appended at the end of the footer: the longer title moves nothing on the page.
    expect(await shifts()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  test('data-link-style on the script tag sets the title shown before the config', async ({
    page,
    baseURL,
  }) => {
    const release = await holdSiteConfig(page, { linkStyle: 'do-not-sell' });
    const url = await serveFixture(page, baseURL ?? '', {
      path: '/fixtures/link-style',
      html: widgetPage({ scriptAttributes: 'data-link-style="do-not-sell"' }),
    });
    const widget = new WidgetSite(page);
    await page.goto(url);
    await expect(widget.link('Do Not Sell or Share My Personal Information')).toBeVisible();
    release();
    await expect.poll(() => widget.state().then((s) => s.ready)).toBe(true);
    await expect(widget.link('Do Not Sell or Share My Personal Information')).toBeVisible();
  });

  test('with no config at all the early link is taken out again', async ({ page }) => {
    await page.route('**/v1/sites/demo/config', (route) => route.fulfill({ status: 503, body: '' }));
    const widget = new WidgetSite(page);
    await page.goto('/');
    await expect.poll(() => widget.linkHost().count()).toBe(0);
    // Nothing comes back later either (a store change re-renders the link otherwise).
    await page.waitForTimeout(300);
    await expect(widget.linkHost()).toHaveCount(0);
  });
});
