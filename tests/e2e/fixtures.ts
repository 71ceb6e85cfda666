import { test as base, expect, type Page } from '@playwright/test';

/** The demo agent the host seeds; the e2e host is started with this password (playwright.config.ts). */
export const demoAgent = { email: 'agent@example.com', password: 'demo-password-e2e' } as const;

export async function logInAsDemoAgent(page: Page): Promise<void> {
  await page.goto('/app/login');
  await page.getByLabel(/email/i).fill(demoAgent.email);
  await page.getByLabel(/password/i).fill(demoAgent.password);
  await page.getByRole('button', { name: /log in|sign in/i }).click();
  await expect(page).toHaveURL(/\/app\/calls/);
}

/** Fails a test on any uncaught exception in the page: nothing of ours may throw into a host page. */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await use(errors);
    expect(errors, 'uncaught exceptions in the page').toEqual([]);
  },
});

export { expect };
