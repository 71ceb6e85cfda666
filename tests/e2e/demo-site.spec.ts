import { expect, test } from './fixtures.ts';
import { DemoSite } from './pages/demo-site.ts';

test.describe('demo business site', () => {
  for (const path of ['/', '/contact', '/privacy'] as const) {
    test(`${path} renders with the widget script served`, async ({ page, pageErrors }) => {
      const site = new DemoSite(page);
      const script = page.waitForResponse((r) => r.url().endsWith('/widget/quietline.js'));
      await site.open(path);
      expect((await script).status()).toBe(200);
      await expect(site.widgetScript()).toHaveAttribute('data-site', 'demo');
      await expect(site.footer()).toBeVisible();
      expect(pageErrors).toEqual([]);
    });
  }

  test('the contact form is a plain HTML form visitors can submit', async ({ page }) => {
    const site = new DemoSite(page);
    await site.open('/contact');
    const form = site.contactForm();
    await form.getByLabel(/name/i).first().fill('Jane Doe');
    await form.getByLabel(/email/i).fill('jane.doe@example.com');
    await form.getByLabel(/message/i).fill('Please call me back about a quote.');
    await form.getByRole('button', { name: /send|submit/i }).click();
    await expect(page.getByText(/thank/i).first()).toBeVisible();
  });

  test('unknown pages answer 404 in the API error shape', async ({ request }) => {
    const response = await request.get('/v1/no-such-thing');
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  test('the OpenAPI document is served', async ({ request }) => {
    const response = await request.get('/v1/openapi.json');
    expect(response.ok()).toBe(true);
    const document = await response.json();
    expect(document.openapi).toMatch(/^3\.1/);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/records']));
  });
});
