import AxeBuilder from '@axe-core/playwright';
import type { Locator, Request } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { overrideSiteConfig, serveFixture, widgetPage } from './pages/widget-fixture-pages.ts';
import { WidgetSite } from './pages/widget-site.ts';

/** What makes one button look heavier than another: box size, colours, border and type. */
const look = (button: Locator) =>
  button.evaluate((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      width: Math.round(r.width),
      height: Math.round(r.height),
      colors: [s.backgroundColor, s.color, s.borderTopColor, s.borderTopWidth],
      type: [s.fontSize, s.fontWeight, s.padding],
    };
  });

test.describe('widget: the choices dialog', () => {
  test('axe-core finds no violations in the link or the open dialog', async ({ page }) => {
    await overrideSiteConfig(page, { usesSensitivePi: true });
    const widget = new WidgetSite(page);
    await page.goto('/');
    await expect(widget.link()).toBeVisible();
    const linkScan = await new AxeBuilder({ page }).include('quietline-privacy-choices').analyze();
    expect(linkScan.violations).toEqual([]);
    await widget.openChoices();
    const dialogScan = await new AxeBuilder({ page }).include('quietline-dialog').analyze();
    expect(dialogScan.violations).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('choices-dialog.png') });
  });

  test('keyboard: Enter opens, focus stays inside, Escape closes and returns focus', async ({ page }) => {
    const widget = new WidgetSite(page);
    await page.goto('/');
    await widget.link().focus();
    await page.keyboard.press('Enter');
    await expect(widget.dialog()).toBeVisible();
    await expect(widget.saleButton('opt-out')).toBeFocused();
    const inside = () =>
      page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'quietline-dialog');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside()).toBe(true);
    }
    // Visible focus: the focused control draws an outline.
    const outline = await page.evaluate(() => {
      const active = document.querySelector('quietline-dialog')?.shadowRoot?.activeElement;
      return active ? getComputedStyle(active).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    await page.keyboard.press('Escape');
    await expect(widget.dialog()).toHaveCount(0);
    await expect(widget.link()).toBeFocused();
  });

  test('§7004 symmetry: the link and one click either way; opting back in adds a confirmation', async ({
    page,
  }) => {
    const widget = new WidgetSite(page);
    const isPost = (r: Request) => r.method() === 'POST' && r.url().endsWith('/v1/opt-outs');
    await page.goto('/');

    // A first-time visitor: nothing is pre-selected and both buttons look and measure the same.
    widget.steps = 0;
    await widget.openChoices();
    for (const choice of ['opt-out', 'allow'] as const) {
      await expect(widget.saleButton(choice)).toHaveAttribute('aria-pressed', 'false');
    }
    expect(await look(widget.saleButton('allow'))).toEqual(await look(widget.saleButton('opt-out')));
    await widget.chooseSale('allow');
    await expect(widget.status()).toHaveText('Your choices are saved.');
    const optInSteps = widget.steps;
    await page.keyboard.press('Escape');

    widget.steps = 0;
    const optOutPost = page.waitForResponse((r) => isPost(r.request()));
    await widget.openChoices();
    await widget.chooseSale('opt-out');
    const optOut = await optOutPost;
    expect(optOut.status()).toBe(201);
    expect(optOut.request().postDataJSON()).toMatchObject({
      decision: 'opt-out',
      scopes: ['sale-sharing'],
      source: 'link',
    });
    await expect(widget.status()).toHaveText('Your choices are saved.');
    const optOutSteps = widget.steps;
    expect(optOutSteps).toBe(2);
    expect(optInSteps).toBe(2);
    // The current choice shows on its button (§7025(c)(6), §7026).
    await expect(widget.saleButton('opt-out')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');

    // Opting back in after an opt-out is a request and a separate confirmation (Civ. Code 1798.135).
    widget.steps = 0;
    await widget.openChoices();
    await widget.chooseSale('allow');
    const confirmScan = await new AxeBuilder({ page }).include('quietline-dialog').analyze();
    expect(confirmScan.violations).toEqual([]);
    await expect(widget.dialog().getByRole('button', { name: 'Yes, allow sale and sharing' })).toBeFocused();
    const optInPost = page.waitForResponse((r) => isPost(r.request()));
    await widget.confirmOptIn();
    expect((await optInPost).request().postDataJSON()).toMatchObject({ decision: 'opt-in' });
    await expect(widget.status()).toHaveText('Your choices are saved.');
    expect(widget.steps).toBe(3);
    expect((await widget.state()).saleSharingOptedOut).toBe(false);
  });

  test('known under-16 audience: opted out until opting in, which is request then confirm', async ({
    page,
  }) => {
    await overrideSiteConfig(page, { knownMinorAudience: true });
    const widget = new WidgetSite(page);
    await page.goto('/');
    await expect(widget.link()).toBeVisible();
    expect(await widget.state()).toMatchObject({ saleSharingOptedOut: true, knownMinorAudience: true });
    expect(await widget.usp()).toEqual({ version: 1, uspString: '1YYN' });
    widget.steps = 0;
    await widget.openChoices();
    await expect(widget.dialog().getByText(/under 16 unless they opt in/)).toBeVisible();
    await expect(widget.saleButton('opt-out')).toHaveAttribute('aria-pressed', 'true');
    await widget.chooseSale('allow');
    await expect(widget.dialog().getByText(/only a parent or guardian may agree/)).toBeVisible();
    await widget.confirmOptIn();
    await expect(widget.status()).toHaveText('Your choices are saved.');
    // Opting in is request and confirm here too (§7070-7071).
    expect(widget.steps).toBe(3);
    expect((await widget.gpp('getSection', 'usca')) as Record<string, unknown>).toMatchObject({
      SaleOptOut: 2,
      KnownChildSensitiveDataConsents: [2, 2],
    });
  });

  test('the Limit link shows for sites using sensitive PI and opens that choice', async ({ page }) => {
    await overrideSiteConfig(page, { usesSensitivePi: true, linkStyle: 'do-not-sell' });
    const widget = new WidgetSite(page);
    await page.goto('/');
    await expect(widget.link('Do Not Sell or Share My Personal Information')).toBeVisible();
    const limit = widget.link('Limit the Use of My Sensitive Personal Information');
    await limit.click();
    const limitButton = widget
      .dialog()
      .getByRole('button', { name: 'Limit use to what is needed to provide the service' });
    await expect(limitButton).toBeFocused();
    const posted = page.waitForResponse((r) => r.url().endsWith('/v1/opt-outs'));
    await limitButton.click();
    expect((await posted).request().postDataJSON()).toMatchObject({
      scopes: ['sensitive-limit'],
      decision: 'opt-out',
    });
    expect(await widget.gpp('getField', 'usca.SensitiveDataLimitUseNotice')).toBe(1);
  });

  test('language follows the page: a Spanish page gets the Spanish link and dialog', async ({
    page,
    baseURL,
  }) => {
    const url = await serveFixture(page, baseURL ?? '', {
      path: '/fixtures/es',
      html: widgetPage({ lang: 'es-MX' }),
    });
    const widget = new WidgetSite(page);
    await page.goto(url);
    await widget.openChoices('Sus opciones de privacidad');
    await expect(widget.dialog().getByRole('heading')).toHaveText('Sus opciones de privacidad');
    await expect(
      widget.dialog().getByRole('button', { name: 'Excluirme de la venta y el uso compartido' }),
    ).toBeVisible();
  });

  test('public API: openChoices(), getState() and the quietline:change event', async ({ page }) => {
    const widget = new WidgetSite(page);
    await page.goto('/');
    await expect(widget.link()).toBeVisible();
    await page.evaluate(() => {
      const w = window as unknown as { changes: unknown[] };
      w.changes = [];
      addEventListener('quietline:change', (e) => w.changes.push((e as CustomEvent).detail));
    });
    expect(
      await page.evaluate(() =>
        (window as unknown as { Quietline: { openChoices(): boolean } }).Quietline.openChoices(),
      ),
    ).toBe(true);
    await widget.chooseSale('opt-out');
    await expect(widget.status()).toHaveText('Your choices are saved.');
    const changes = await page.evaluate(
      () => (window as unknown as { changes: { saleSharingOptedOut: boolean }[] }).changes,
    );
    expect(changes.at(-1)?.saleSharingOptedOut).toBe(true);
  });

  test('12 months after an opt-out the site may not reopen the dialog by itself; the visitor can', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-01-15T10:00:00Z'));
    const widget = new WidgetSite(page);
    await page.goto('/');
    await widget.openChoices();
    await widget.chooseSale('opt-out');
    await expect(widget.status()).toHaveText('Your choices are saved.');

    // Playwright's evaluate() counts as a user gesture, so the site's own call runs from a page script.
    await page.addInitScript(() => {
      const w = window as unknown as { siteOpened?: boolean; Quietline?: { openChoices(): boolean } };
      addEventListener('quietline:change', () => {
        if (w.siteOpened === undefined && w.Quietline) w.siteOpened = w.Quietline.openChoices();
      });
    });
    const siteOpened = () => page.evaluate(() => (window as unknown as { siteOpened?: boolean }).siteOpened);

    await page.clock.setFixedTime(new Date('2026-12-20T10:00:00Z'));
    await page.reload();
    await expect.poll(siteOpened).toBe(false);
    await expect(widget.dialog()).toHaveCount(0);
    await widget.openChoices();
    await expect(widget.dialog()).toBeVisible();

    await page.clock.setFixedTime(new Date('2027-01-16T10:00:00Z'));
    await page.reload();
    await expect.poll(siteOpened).toBe(true);
    await expect(widget.dialog()).toBeVisible();
  });
});
