import { expect, logInAsDemoAgent, test } from './fixtures.ts';
import { CallLog } from './pages/call-log.ts';
import { DemoSite } from './pages/demo-site.ts';

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

  test('the demo agent logs in, pages through records and opens one', async ({ page }) => {
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

  test('a call shows its transcript one turn per speaker change', async ({ page }) => {
    await logInAsDemoAgent(page);
    await page.goto('/app/calls?kind=call');
    const log = new CallLog(page);
    const call = log.records().and(page.locator('[data-record-kind="call"]')).first();
    await call.getByRole('link').first().click();
    const turns = page.locator('[data-record-kind="call"] .turn');
    expect(await turns.count()).toBeGreaterThan(0);
    await expect(turns.first()).toHaveAttribute('data-speaker', /^(agent|customer)$/);
  });

  test("a visitor's contact form reaches the agent's call log and can be found by e-mail", async ({
    page,
  }) => {
    const site = new DemoSite(page);
    await site.open('/contact');
    const form = site.contactForm();
    // Letters only: other journeys read digit runs on the list page as phone numbers.
    const unique = Date.now()
      .toString(36)
      .replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');
    const email = `robin.${unique}@example.com`;
    await form.getByLabel(/name/i).first().fill('Robin Visitor');
    await form.getByLabel(/email/i).fill(email);
    await form.getByLabel(/message/i).fill('Please call me back about a quote.');
    await form.getByRole('button', { name: /send|submit/i }).click();
    await expect(page.getByText(/thank/i).first()).toBeVisible();

    await logInAsDemoAgent(page);
    const log = new CallLog(page);
    await log.search(email);
    await expect(log.records()).toHaveCount(1);
    await expect(log.records().first()).toHaveAttribute('data-record-kind', 'form');
    await log.openFirstRecord();
    await expect(page.getByText('Please call me back about a quote.')).toBeVisible();
  });
});
