// Chromium as the highlight benchmark and its trace drive it: one persistent profile per browser, the
// page probes installed before any page script, and a load timed from a blank page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import * as probes from './page-probes.ts';

/** A headless Chromium with `extension` (an unpacked directory) loaded, or none; remove `profile` after. */
export async function launch(
  extension: string | null,
  profilePrefix = 'quietline-bench-',
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const extArgs = extension
    ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...extArgs, '--no-sandbox', '--disable-gpu'],
  });
  // tsx keeps function names with a __name() helper that serialised probes expect to find.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(probes.installSampler);
  return { context, profile };
}

/** Waits until the extension has registered its overlay script, so the first load is already covered. */
export async function waitForScripts(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (let i = 0; i < 100; i++) {
    const n = await worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
        }
      ).chrome;
      return (await api.scripting.getRegisteredContentScripts()).length;
    });
    if (n > 0) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the extension never registered its overlay script');
}

/** Leaves the previous page for a blank one, so tearing down a 2,000-record page is not timed. */
export async function blankPage(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.waitForTimeout(1000);
}

/**
 * Loads `url`, waits for `doneMark` (a performance mark the highlighter sets when done, or null for none)
 * and a moment for late frames, then reads the load's timings.
 */
export async function loadAndSettle(
  page: Page,
  url: string,
  doneMark: string | null,
): Promise<probes.LoadTimings> {
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  if (doneMark) {
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, doneMark, {
      timeout: 180_000,
      polling: 100,
    });
  }
  await page.waitForTimeout(1500);
  return page.evaluate(probes.readLoadTimings, doneMark ?? '');
}
