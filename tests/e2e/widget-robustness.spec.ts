import { expect, test } from './fixtures.ts';
import { overrideSiteConfig, serveFixture, widgetPage } from './pages/widget-fixture-pages.ts';
import { WidgetSite } from './pages/widget-site.ts';

const NONCE = 'r4nd0mN0nce';
const STRICT_CSP = `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types quietline`;
const HOSTILE_CSS = `<style>
* { all: unset !important; }
html, body, main, footer, p, h1, a, span, div { display: block !important; font-size: 72px !important;
  line-height: 3 !important; font-family: "Comic Sans MS", fantasy !important; color: #f0f !important;
  background: #ff0 !important; letter-spacing: 12px !important; }
</style>`;

test.describe('widget: hostile pages', () => {
  test('a strict CSP with a nonce: link, dialog and opt-out all work, no violation', async ({
    page,
    baseURL,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const url = await serveFixture(page, baseURL ?? '', {
      path: '/fixtures/strict-csp',
      headers: { 'content-security-policy': STRICT_CSP },
      html: widgetPage({ scriptAttributes: `nonce="${NONCE}"` }),
    });
    const widget = new WidgetSite(page);
    await page.goto(url);
    await expect(widget.link()).toBeVisible();
    await widget.openChoices();
    const posted = page.waitForResponse((r) => r.url().endsWith('/v1/opt-outs'));
    await widget.chooseSale('opt-out');
    expect((await posted).status()).toBe(201);
    await expect(widget.status()).toHaveText('Your choices are saved.');
    // The dialog file was injected with the page's nonce and styled without inline <style>.
    const dialogNonce = await page
      .locator('script[src*="quietline-dialog.js?v="]')
      .evaluate((s) => (s as HTMLScriptElement).nonce);
    expect(dialogNonce).toBe(NONCE);
    const dialogFont = await widget.dialog().evaluate((el) => getComputedStyle(el).fontSize);
    expect(dialogFont).toBe('15px');
    await page.screenshot({ path: test.info().outputPath('strict-csp.png') });
    expect(violations).toEqual([]);
  });

  test('hostile page CSS cannot restyle or hide the link or the dialog', async ({ page, baseURL }) => {
    const url = await serveFixture(page, baseURL ?? '', {
      path: '/fixtures/hostile-css',
      html: widgetPage({ head: HOSTILE_CSS, scriptAttributes: 'data-gpp-locator' }),
    });
    const widget = new WidgetSite(page);
    await page.goto(url);
    await expect(widget.link()).toBeVisible();
    const look = await widget.link().evaluate((a) => {
      const style = getComputedStyle(a);
      const icon = a.querySelector('svg')?.getBoundingClientRect();
      return {
        font: style.fontSize,
        decoration: style.textDecorationLine,
        icon: [icon?.width, icon?.height],
      };
    });
    expect(look).toEqual({ font: '14px', decoration: 'underline', icon: [30, 14] });
    const box = await widget.link().boundingBox();
    expect(box?.height).toBeLessThan(40);
    await widget.linkHost().scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('hostile-css-link.png') });
    // The opt-in IAB locator frame exists and stays invisible.
    await expect(page.locator('iframe[name="__gppLocator"]')).toHaveCount(1);
    await expect(page.locator('iframe[name="__gppLocator"]')).toBeHidden();

    await widget.openChoices();
    const dialog = await widget.dialog().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        font: getComputedStyle(el).fontSize,
        inView: r.top >= 0 && r.bottom <= innerHeight,
        width: r.width,
      };
    });
    expect(dialog.font).toBe('15px');
    expect(dialog.inView).toBe(true);
    expect(dialog.width).toBeGreaterThan(300);
    expect(dialog.width).toBeLessThanOrEqual(560);
    await expect(widget.saleButton('opt-out')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('hostile-css-dialog.png') });
  });

  test('XSS payloads in the site config render as text and never run', async ({ page }) => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    await overrideSiteConfig(page, {
      name: `Acme"><svg onload="window.__pwned=2">`,
      privacyPolicyUrl: 'javascript:window.__pwned=3',
      texts: { en: { privacyChoices: `${payload}Choices`, title: '<script>window.__pwned=4</script>' } },
    });
    const widget = new WidgetSite(page);
    await page.goto('/');
    await expect(widget.link(`${payload}Choices`)).toBeVisible();
    await widget.openChoices(`${payload}Choices`);
    await expect(widget.dialog().getByRole('heading')).toHaveText('<script>window.__pwned=4</script>');
    await expect(
      widget.dialog().getByText('Acme"><svg onload="window.__pwned=2">', { exact: false }),
    ).toBeVisible();
    await expect(widget.dialog().getByRole('link', { name: /privacy policy/i })).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await page.locator('quietline-privacy-choices img, quietline-dialog img, quietline-dialog svg').count(),
    ).toBe(0);
  });

  test('a bad embed config logs one clear error naming the field and renders nothing', async ({
    page,
    baseURL,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const html = widgetPage({}).replace('data-site="demo"', 'data-site="Not A Key!"');
    const url = await serveFixture(page, baseURL ?? '', { path: '/fixtures/bad-config', html });
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('embed config field "site" is invalid');
    await expect(page.locator('quietline-privacy-choices')).toHaveCount(0);
  });
});
