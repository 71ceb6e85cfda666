import { expect, type Page } from '@playwright/test';

/** The agent call-log app the extension overlays. */
export class CallLog {
  constructor(private readonly page: Page) {}

  records() {
    return this.page.locator('[data-record-id][data-record-kind]');
  }

  async openFirstRecord(): Promise<string> {
    const first = this.records().first();
    const id = await first.getAttribute('data-record-id');
    if (!id) throw new Error('the call log lists no records');
    await first.getByRole('link').first().click();
    await expect(this.page).toHaveURL(new RegExp(`/app/calls/${id}`));
    return id;
  }

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(query);
    await this.page.getByRole('searchbox').press('Enter');
  }
}
