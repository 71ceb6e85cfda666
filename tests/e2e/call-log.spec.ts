import { expect, logInAsDemoAgent, test } from './fixtures.ts';
import { CallLog } from './pages/call-log.ts';

test.describe('agent call log', () => {
  test('asks for a login before showing any record', async ({ page }) => {
    await page.goto('/app/calls');
    await expect(page).toHaveURL(/\/app\/login/);
    await expect(page.locator('[data-record-id]')).toHaveCount(0);
  });

  test('rejects a wrong password without saying which part was wrong', async ({ page }) => {
    await page.goto('/app/login');
    await page.getByLabel(/email/i).fill('agent@example.com');
    await page.getByLabel(/password/i).fill('not-the-password');
    await page.getByRole('button', { name: /log in|sign in/i }).click();
    await expect(page.getByText(/incorrect|invalid/i)).toBeVisible();
    await expect(page).toHaveURL(/\/app\/login/);
  });

  test('the demo agent logs in, pages through records and opens one with its transcript', async ({
    page,
  }) => {
    await logInAsDemoAgent(page);
    const log = new CallLog(page);
    await expect(log.records().first()).toBeVisible();
    const firstPage = await log
      .records()
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-record-id')));
    await page.getByRole('link', { name: /next/i }).click();
    const secondPage = await log
      .records()
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-record-id')));
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);

    await page.goto('/app/calls');
    const id = await log.openFirstRecord();
    const record = page.locator(`[data-record-id="${id}"]`);
    await expect(record).toHaveAttribute('data-record-kind', /^(call|sms|chat|form)$/);
    await expect(record).not.toBeEmpty();
  });
});
