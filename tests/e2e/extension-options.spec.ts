import { encodeConnectionString } from '../../shared/api/connection.ts';
import { expect, test } from './extension-fixtures.ts';

test.describe('options', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
  });

  test('a malformed host URL is rejected with a message saying what is wrong', async ({ page }) => {
    await page.getByLabel('Host URL').fill('calls example com');
    await page.getByLabel('API token').fill('qlt_abcdefghijklmnopqrstuvwxyz');
    await page.getByRole('button', { name: 'Save host' }).click();
    await expect(page.getByRole('alert')).toHaveText(/not a valid URL.*https:\/\/calls\.example\.com/);
    await expect(page.getByRole('list', { name: 'Saved hosts' }).getByRole('listitem')).toHaveCount(0);

    await page.getByLabel('Host URL').fill('http://calls.example.com');
    await page.getByRole('button', { name: 'Save host' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Use https:\/\//);
  });

  test('pasting the connection string saves the host; the token stays in local storage only', async ({
    page,
    serviceWorker,
  }) => {
    const token = 'qlt_e2eToken_0123456789abcdef';
    await page.getByLabel(/Connection string/).fill('QL1:not-really');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('alert')).toHaveText(/damaged|incomplete/);

    await page
      .getByLabel(/Connection string/)
      .fill(encodeConnectionString({ v: 1, host: 'https://calls.example.com', token }));
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('list', { name: 'Saved hosts' })).toContainText(
      '(https://calls.example.com) (active)',
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await page.content()).not.toContain(token);

    const stored = await serviceWorker.evaluate(async () => {
      type Storage = {
        storage: { local: { get(k: null): Promise<object> }; sync: { get(k: null): Promise<object> } };
      };
      const api = (globalThis as unknown as { chrome: Storage }).chrome;
      return {
        local: JSON.stringify(await api.storage.local.get(null)),
        sync: JSON.stringify(await api.storage.sync.get(null)),
      };
    });
    expect(stored.local).toContain(token);
    expect(stored.sync).toBe('{}');
  });

  test('a page pattern for every site is refused', async ({ page }) => {
    await page.getByLabel('Page pattern').fill('<all_urls>');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Name the call-log site/);
  });
});
