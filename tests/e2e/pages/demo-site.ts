import type { Page } from '@playwright/test';

/** The host's demo business site: a plain website that embeds the widget with one script tag. */
export class DemoSite {
  constructor(private readonly page: Page) {}

  async open(path: '/' | '/contact' | '/privacy' = '/'): Promise<void> {
    await this.page.goto(path);
  }

  widgetScript() {
    return this.page.locator('script[src$="/widget/quietline.js"][data-site]');
  }

  footer() {
    return this.page.locator('footer');
  }

  contactForm() {
    return this.page.locator('form').filter({ has: this.page.getByRole('button', { name: /send|submit/i }) });
  }
}
