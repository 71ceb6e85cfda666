import type { Page, Worker } from '@playwright/test';
import { MASK_COLOUR } from '../../extension/lib/labels.ts';
import { expect, paintedShare, readHighlights, test, waitForHighlights } from './extension-fixtures.ts';

/** Opens the popup as a page about the given tab (a test cannot click the toolbar button). */
async function openPopup(page: Page, worker: Worker, extensionId: string): Promise<Page> {
  const url = page.url();
  const tabId = await worker.evaluate(async (pageUrl) => {
    type Tabs = { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
    const [tab] = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ url: pageUrl });
    return tab?.id ?? -1;
  }, url);
  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

const LABEL_OF: Record<string, string> = {
  'quietline-person': 'PERSON',
  'quietline-phone': 'PHONE',
  'quietline-email': 'EMAIL',
  'quietline-ssn': 'SSN',
  'quietline-credit-card': 'CREDIT_CARD',
  'quietline-ip-address': 'IP_ADDRESS',
};

test.describe('popup', () => {
  test('counts per label match the highlights on the page', async ({
    page,
    fixtureSite,
    serviceWorker,
    extensionId,
  }) => {
    await page.goto(fixtureSite.url('all-labels.html'));
    await waitForHighlights(page);
    const onPage = await readHighlights(page);
    const popup = await openPopup(page, serviceWorker, extensionId);
    for (const [name, label] of Object.entries(LABEL_OF)) {
      const expected = String(onPage[name]?.length ?? 0);
      await expect(popup.locator(`tr[data-label="${label}"] .count`)).toHaveText(expected);
    }
    expect(Number(await popup.locator('tr[data-label="PHONE"] .count').textContent())).toBeGreaterThan(2);
  });

  test('choosing a finding scrolls the page to it', async ({
    page,
    fixtureSite,
    serviceWorker,
    extensionId,
  }) => {
    await page.goto(fixtureSite.url('long-record.html'));
    await waitForHighlights(page);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const popup = await openPopup(page, serviceWorker, extensionId);
    await popup.getByRole('button', { name: /Phone/ }).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await expect
      .poll(async () => (await readHighlights(page))['quietline-phone'] ?? [])
      .toContain('(312) 555-0166');
  });

  test('turning the site off removes every highlight and turning it on brings them back', async ({
    page,
    fixtureSite,
    serviceWorker,
    extensionId,
  }) => {
    await page.goto(fixtureSite.url('all-labels.html'));
    await waitForHighlights(page);
    const popup = await openPopup(page, serviceWorker, extensionId);
    const toggle = popup.getByLabel(/Highlight on 127\.0\.0\.1/);
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect.poll(async () => Object.keys(await readHighlights(page))).toEqual([]);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await readHighlights(page)).toEqual({});
    await toggle.check();
    await expect
      .poll(async () => (await readHighlights(page))['quietline-ssn'] ?? [])
      .toContain('123-45-6789');
  });

  test('screen-share mode paints over values, and a click reveals one', async ({
    page,
    fixtureSite,
    serviceWorker,
    extensionId,
  }) => {
    await page.goto(fixtureSite.url('all-labels.html'));
    await waitForHighlights(page);
    const popup = await openPopup(page, serviceWorker, extensionId);
    await popup.getByLabel(/Screen-share mode/).check();
    // The popup opened as a tab of its own: the page must be in front again to be painted and clicked (a tab in the
    // background runs no animation frames, in which the highlights' positions are read).
    await page.bringToFront();
    await expect
      .poll(async () => (await readHighlights(page))['quietline-mask'] ?? [])
      .toContain('123-45-6789');
    // The mask paints over the value: its box is the mask colour, the digits gone.
    await expect.poll(() => paintedShare(page, 'quietline-ssn', MASK_COLOUR)).toBeGreaterThan(0.9);
    const point = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('quietline-ssn') ?? [])][0];
      const rect = range instanceof Range ? range.getBoundingClientRect() : null;
      return rect ? { x: rect.left + 4, y: rect.top + rect.height / 2 } : null;
    });
    await page.mouse.click(point?.x ?? 0, point?.y ?? 0);
    await expect
      .poll(async () => (await readHighlights(page))['quietline-mask'] ?? [])
      .not.toContain('123-45-6789');
    expect((await readHighlights(page))['quietline-mask']).toContain('jane.doe@example.com');
  });
});
