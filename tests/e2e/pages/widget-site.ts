import type { Locator, Page } from '@playwright/test';

/** The widget as a visitor meets it on a page: the link, the dialog, and what ad tech can read. */
export class WidgetSite {
  /** Every visitor action taken through this object; §7004 symmetry is measured in these steps. */
  steps = 0;

  constructor(readonly page: Page) {}

  linkHost(): Locator {
    return this.page.locator('quietline-privacy-choices');
  }

  link(name: RegExp | string = /Your Privacy Choices|Do Not Sell or Share/): Locator {
    return this.linkHost().getByRole('link', { name });
  }

  honoredBadge(): Locator {
    return this.linkHost().getByText('Opt-Out Request Honored');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The two equal buttons of the sale/sharing choice; `aria-pressed` marks the current one. */
  saleButton(choice: 'opt-out' | 'allow'): Locator {
    const name = choice === 'opt-out' ? 'Opt out of sale and sharing' : 'Allow sale and sharing';
    return this.dialog().getByRole('button', { name, exact: true });
  }

  async step(action: () => Promise<void>): Promise<void> {
    this.steps++;
    await action();
  }

  async openChoices(linkName?: RegExp | string): Promise<void> {
    await this.step(() => this.link(linkName).click());
    await this.dialog().waitFor();
  }

  /** One click: the choice is saved at once (§7004(a)(2)); opting back in then asks to confirm. */
  async chooseSale(choice: 'opt-out' | 'allow'): Promise<void> {
    await this.step(() => this.saleButton(choice).click());
  }

  async confirmOptIn(): Promise<void> {
    await this.step(() => this.dialog().getByRole('button', { name: 'Yes, allow sale and sharing' }).click());
  }

  status(): Locator {
    return this.dialog().getByRole('status');
  }

  state(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() =>
      (window as unknown as { Quietline: { getState(): Record<string, unknown> } }).Quietline.getState(),
    );
  }

  gpp(command: string, parameter?: unknown): Promise<unknown> {
    return this.page.evaluate(
      ([cmd, param]) =>
        new Promise((resolve) => {
          const gpp = (
            window as unknown as { __gpp: (c: string, cb: (d: unknown) => void, p?: unknown) => void }
          ).__gpp;
          gpp(cmd as string, (data) => resolve(data), param);
        }),
      [command, parameter] as const,
    );
  }

  usp(): Promise<unknown> {
    return this.page.evaluate(
      () =>
        new Promise((resolve) => {
          const usp = (
            window as unknown as { __uspapi: (c: string, v: number, cb: (d: unknown) => void) => void }
          ).__uspapi;
          usp('getUSPData', 1, (data) => resolve(data));
        }),
    );
  }
}
