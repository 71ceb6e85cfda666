import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures.ts';
import { WidgetSite } from './pages/widget-site.ts';

const isOptOutPost = (url: string, method: string) => method === 'POST' && url.endsWith('/v1/opt-outs');

test.describe('widget: the privacy choices link and opt-out', () => {
  test('the link renders in the footer with the opt-out icon', async ({ page, pageErrors }) => {
    const widget = new WidgetSite(page);
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await expect(widget.link('Your Privacy Choices')).toBeVisible();
    await expect(page.locator('footer quietline-privacy-choices')).toHaveCount(1);
    await expect(widget.link().locator('svg')).toHaveCount(1);
    // Appended after the footer's content: nothing on the page moves.
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  test('opting out by click reaches the host and shows in __gpp and __uspapi', async ({ page }) => {
    const widget = new WidgetSite(page);
    await page.goto('/');
    expect(await widget.usp()).toEqual({ version: 1, uspString: '1YNN' });
    await widget.openChoices();
    const posted = page.waitForResponse((r) => isOptOutPost(r.url(), r.request().method()));
    await widget.chooseSale('opt-out');
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

    // Ad tech in frames talks by postMessage (__gppCall / __gppReturn).
    const framed = await page.evaluate(
      () =>
        new Promise((resolve) => {
          addEventListener('message', (e) => {
            if (e.data?.__gppReturn?.callId === 'c1') resolve(e.data.__gppReturn);
          });
          postMessage(
            { __gppCall: { command: 'getField', parameter: 'usca.SaleOptOut', callId: 'c1' } },
            '*',
          );
        }),
    );
    expect(framed).toEqual({ returnValue: 1, success: true, callId: 'c1' });

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

  test('a page on an origin the site did not allow gets no config and renders nothing', async ({
    page,
    baseURL,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Another loopback origin (own port), so only CORS, not private-network rules, decides.
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><html lang="en"><body><footer>f</footer><script src="${baseURL}/widget/quietline.js" data-site="demo" async></script></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await expect.poll(() => errors.some((e) => e.includes('could not reach the host'))).toBe(true);
      await expect(page.locator('quietline-privacy-choices')).toHaveCount(0);
    } finally {
      server.close();
    }
  });
});
