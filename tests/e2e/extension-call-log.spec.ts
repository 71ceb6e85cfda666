import { chromium, type Page } from '@playwright/test';
import { expect, readHighlights, serialiseDom, test, waitForHighlights } from './extension-fixtures.ts';
import { demoAgent } from './fixtures.ts';

async function logIn(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}/app/login`);
  await page.getByLabel(/email/i).fill(demoAgent.email);
  await page.getByLabel(/password/i).fill(demoAgent.password);
  await page.getByRole('button', { name: /log in|sign in/i }).click();
  await expect(page).toHaveURL(/\/app\/calls/);
}

test.describe('overlay on the host call log', () => {
  test('contact phones and names in the record list are highlighted, the agent account is not read as a record', async ({
    page,
    baseURL,
  }) => {
    await logIn(page, baseURL ?? '');
    await waitForHighlights(page);
    const rows = page.locator('[data-record-id][data-record-kind]');
    await expect(rows.first()).toBeVisible();
    const highlights = await readHighlights(page);
    expect(Object.keys(highlights).length).toBeGreaterThan(0);
    const phones = await rows.evaluateAll((els) =>
      els.map(
        (el) =>
          el
            .querySelector('td:nth-child(3)')
            ?.textContent?.match(/[(+]?[\d][\d\s().-]{8,}\d/)?.[0]
            ?.trim() ?? '',
      ),
    );
    const visiblePhones = phones.filter((p) => p !== '').slice(0, 5);
    expect(visiblePhones.length).toBeGreaterThan(0);
    for (const phone of visiblePhones) expect(highlights['quietline-phone'] ?? []).toContain(phone);
    // The header's navigation (the logged-in agent) is outside every record and ignored by the adapter.
    expect(Object.values(highlights).flat()).not.toContain(demoAgent.email);
  });

  test('a call record shows highlights in its transcript turns', async ({ page, baseURL }) => {
    await logIn(page, baseURL ?? '');
    const call = page.locator('[data-record-kind="call"]').first();
    await call.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/app\/calls\/rec_/);
    await waitForHighlights(page);
    const inTurns = await page.evaluate(() => {
      let n = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (name === 'quietline-mask') continue;
        for (const range of highlight) {
          const el = range.startContainer.parentElement;
          if (el?.closest('.turn')) n++;
        }
      }
      return n;
    });
    expect(inTurns).toBeGreaterThan(0);
  });

  test('the call log DOM and behaviour are the same as without the extension', async ({ page, baseURL }) => {
    const base = baseURL ?? '';
    await logIn(page, base);
    await waitForHighlights(page);
    const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    try {
      const other = await plain.newPage();
      await logIn(other, base);
      expect(await serialiseDom(page)).toBe(await serialiseDom(other));
      for (const p of [page, other]) {
        await p.getByRole('link', { name: /next/i }).click();
        await expect(p).toHaveURL(/page=2/);
      }
      expect(await serialiseDom(page)).toBe(await serialiseDom(other));
    } finally {
      await plain.close();
    }
  });

  test('the connection string from the Connect page sets up the host in one paste', async ({
    page,
    baseURL,
    extensionId,
  }) => {
    await logIn(page, baseURL ?? '');
    await page.goto(`${baseURL}/app/connect`);
    await page.getByRole('button', { name: 'Create connection string' }).click();
    const connection = (await page.locator('[data-connection-string]').textContent())?.trim() ?? '';
    expect(connection).toMatch(/^QL1:/);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByLabel(/Connection string/).fill(connection);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('list', { name: 'Saved hosts' })).toContainText(`(${baseURL}) (active)`);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
