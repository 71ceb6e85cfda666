import { expect, test } from './fixtures.ts';
import { OwnHost } from './pages/widget-own-host.ts';
import { WidgetSite } from './pages/widget-site.ts';

test.describe('widget: opt-outs while the host is down', () => {
  const host = new OwnHost(
    Number(process.env.E2E_PORT ?? 8790) + 100,
    `.tmp/e2e-widget-outage-${process.pid}`,
  );

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await host.start();
  });
  test.afterAll(async () => {
    await host.dispose();
  });

  test('host stopped: the opt-out is queued; host back: recorded exactly once', async ({ page, request }) => {
    test.setTimeout(120_000);
    const widget = new WidgetSite(page);
    const sent: { key: string; status: number }[] = [];
    page.on('response', (r) => {
      if (r.request().method() === 'POST' && r.url().endsWith('/v1/opt-outs')) {
        sent.push({ key: r.request().postDataJSON().idempotencyKey, status: r.status() });
      }
    });
    await page.goto(`${host.origin}/`);
    await widget.openChoices();

    await host.stop();
    await widget.chooseSale('opt-out');
    await expect(widget.status()).toHaveText(/saved on this device and will be sent/);
    expect(await widget.state()).toMatchObject({ saleSharingOptedOut: true, pendingSync: 1 });
    expect(sent).toEqual([]);

    await host.start();
    // The widget retries on its own backoff schedule; no reload, no click.
    await expect.poll(async () => (await widget.state()).pendingSync, { timeout: 60_000 }).toBe(0);
    await expect(widget.status()).toHaveText('Your choices are saved.');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.status).toBe(201);
    // This host's database started empty: its audit trail shows one recorded opt-out.
    expect(await host.recordedOptOuts()).toBe(1);

    // The host knows this idempotency key: replaying it is a duplicate, not a second record.
    const replay = await request.post(`${host.origin}/v1/opt-outs`, {
      headers: { origin: host.origin },
      data: {
        siteKey: 'demo',
        idempotencyKey: sent[0]?.key,
        browserId: 'replay-browser-id',
        source: 'link',
        decision: 'opt-out',
        scopes: ['sale-sharing'],
        gpc: false,
        occurredAt: new Date().toISOString(),
      },
    });
    expect(replay.status()).toBe(200);
    expect(await replay.json()).toMatchObject({ duplicate: true });

    // A later page load finds nothing left to send.
    await page.reload();
    await expect(widget.link()).toBeVisible();
    await page.waitForTimeout(500);
    expect(sent).toHaveLength(1);
    expect(await host.recordedOptOuts()).toBe(1);
  });
});
