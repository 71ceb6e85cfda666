import { chromium } from '@playwright/test';
import { LABEL_COLOURS } from '../../extension/lib/labels.ts';
import {
  expect,
  paintedShare,
  readHighlights,
  serialiseDom,
  test,
  waitForHighlights,
} from './extension-fixtures.ts';

test.describe('call-log overlay highlights', () => {
  test.beforeEach(async ({ page, fixtureSite }) => {
    await page.goto(fixtureSite.url('all-labels.html'));
    await waitForHighlights(page);
  });

  test('every kind of personal information on the page gets its own highlight', async ({ page }) => {
    const highlights = await readHighlights(page);
    expect(highlights['quietline-person']).toContain('Maria Gonzalez');
    expect(highlights['quietline-phone']).toContain('(415) 555-0123');
    expect(highlights['quietline-email']).toContain('jane.doe@example.com');
    expect(highlights['quietline-address']?.some((text) => text.startsWith('1234 Market Street'))).toBe(true);
    expect(highlights['quietline-zip']).toContain('94107');
    expect(highlights['quietline-ssn']).toContain('123-45-6789');
    expect(highlights['quietline-credit-card']).toContain('4111 1111 1111 1111');
    expect(highlights['quietline-routing']).toContain('021000021');
    expect(highlights['quietline-bank-account']).toContain('123456789012');
    expect(highlights['quietline-iban']).toContain('GB82 WEST 1234 5698 7654 32');
    expect(highlights['quietline-dob']).toContain('03/14/1985');
    expect(highlights['quietline-drivers-license']).toContain('D1234567');
    expect(highlights['quietline-passport']).toContain('123456789');
    expect(highlights['quietline-ip-address']).toContain('192.168.10.12');
  });

  test("each highlighted value is painted in its label's colour", async ({ page }) => {
    // The label's colour fills the value's box behind its glyphs.
    expect(await paintedShare(page, 'quietline-email', LABEL_COLOURS.EMAIL)).toBeGreaterThan(0.5);
    expect(await paintedShare(page, 'quietline-ssn', LABEL_COLOURS.SSN)).toBeGreaterThan(0.5);
  });

  test('values split across elements and spoken out in words are highlighted', async ({ page }) => {
    const highlights = await readHighlights(page);
    // "(415) 555-" and "0123" sit in two spans; the card is one span per word.
    expect(highlights['quietline-phone']).toContain('(415) 555-0123');
    expect(highlights['quietline-credit-card']).toContain('4111 1111 1111 1111');
    expect(highlights['quietline-phone']).toContain('five five five two one two three four five six seven');
    expect(highlights['quietline-email']).toContain('jane dot doe at example dot com');
    // Inside an open shadow root.
    expect(highlights['quietline-phone']).toContain('212-555-0187');
  });

  test('an order number and a price are not highlighted', async ({ page }) => {
    const all = Object.values(await readHighlights(page)).flat();
    expect(all.length).toBeGreaterThan(10);
    for (const text of all) {
      expect(text).not.toContain('4412');
      expect(text).not.toContain('9934');
      expect(text).not.toContain('1,234.56');
    }
  });

  test('a record the page appends later is highlighted', async ({ page }) => {
    await page.getByRole('button', { name: 'Load newer records' }).click();
    await expect(page.locator('#status')).toHaveText('1 new records');
    await expect
      .poll(async () => (await readHighlights(page))['quietline-phone'] ?? [])
      .toContain('646-555-0142');
  });

  test('the page DOM is exactly what it is without the extension', async ({ page, fixtureSite }) => {
    const withExtension = await serialiseDom(page);
    const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    try {
      const other = await plain.newPage();
      await other.goto(fixtureSite.url('all-labels.html'));
      await expect(other.locator('#shadow-host')).toBeAttached();
      expect(withExtension).toBe(await serialiseDom(other));
      // The page's own behaviour is the same too.
      await page.getByRole('button', { name: 'Load newer records' }).click();
      await other.getByRole('button', { name: 'Load newer records' }).click();
      await expect(page.locator('#status')).toHaveText('1 new records');
      await expect(other.locator('#status')).toHaveText('1 new records');
      expect(await serialiseDom(page)).toBe(await serialiseDom(other));
    } finally {
      await plain.close();
    }
  });

  test('hovering a highlighted value shows what it is, and the card leaves no trace', async ({ page }) => {
    const before = await serialiseDom(page);
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('quietline-ssn') ?? [])][0];
      const rect = range instanceof Range ? range.getBoundingClientRect() : null;
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0);
    const card = page.locator('quietline-card').getByRole('dialog');
    await expect(card).toContainText('SSN');
    await expect(card).toContainText('•••-••-6789');
    await expect(card.getByRole('button', { name: 'Copy masked value' })).toBeVisible();
    await page.mouse.move(1, 1);
    await expect(page.locator('quietline-card')).toHaveCount(0);
    expect(await serialiseDom(page)).toBe(before);
  });
});

test('text the parser inserts before an element a script appended while the page loaded is highlighted', async ({
  page,
  fixtureSite,
}) => {
  await page.goto(fixtureSite.url('script-appends-while-parsing.html'));
  await waitForHighlights(page);
  const phones = (await readHighlights(page))['quietline-phone'] ?? [];
  expect(phones).toContain('(415) 555-0111');
  expect(phones).toContain('212-555-0199');
  expect(phones).toContain('646-555-0177');
});
