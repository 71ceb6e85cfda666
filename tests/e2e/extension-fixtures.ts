import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type Worker,
} from '@playwright/test';

/** The test build: like the store build, plus loopback host access and loopback pages overlaid by default. */
const buildDir = resolve(process.env.QUIETLINE_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
const pagesDir = resolve('tests/e2e/extension-pages');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type FixtureSite = { url: (name: string) => string };

type WorkerFixtures = { extensionBuild: string; fixtureSite: FixtureSite };
type TestFixtures = {
  context: BrowserContext;
  page: Page;
  serviceWorker: Worker;
  extensionId: string;
  pageErrors: Error[];
};

function buildOnce(): string {
  if (!process.env.QUIETLINE_EXTENSION_DIR) {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
  }
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`No extension build at ${buildDir}`);
  return buildDir;
}

/** Serves tests/e2e/extension-pages on a loopback port: pages the host's seeded data may not cover. */
function serveFixtures(): Promise<Server> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/+/, '');
    const file = join(pagesDir, name);
    if (!/^[a-z0-9-]+\.html$/.test(name) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

type ScriptingApi = { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };

/** Runs in the service worker. */
async function registeredScriptCount(): Promise<number> {
  const api = (globalThis as unknown as { chrome: ScriptingApi }).chrome;
  return (await api.scripting.getRegisteredContentScripts()).length;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  extensionBuild: [async ({}, use) => use(buildOnce()), { scope: 'worker' }],
  fixtureSite: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const server = await serveFixtures();
      const { port } = server.address() as AddressInfo;
      await use({ url: (name) => `http://127.0.0.1:${port}/${name}` });
      await new Promise((done) => server.close(done));
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionBuild }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'quietline-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: [
        `--disable-extensions-except=${extensionBuild}`,
        `--load-extension=${extensionBuild}`,
        '--no-sandbox',
        '--disable-gpu',
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The background registers the overlay script on install; pages opened before that are not overlaid.
    await expect.poll(() => worker.evaluate(registeredScriptCount)).toBeGreaterThan(0);
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
  page: async ({ context, serviceWorker }, use) => {
    void serviceWorker;
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  pageErrors: async ({ page }, use) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await use(errors);
    expect(errors, 'uncaught exceptions in the page').toEqual([]);
  },
});

export { expect };

/** Highlighted text per highlight name, read from the page's own `CSS.highlights` registry. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      const texts = [...highlight].map((range) => String(range).replace(/\s+/g, ' '));
      if (texts.length > 0) out[name] = texts;
    }
    return out;
  });
}

/** Waits for the overlay's "everything scanned and on-screen values highlighted" timeline mark. */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('quietline:highlights-set').length > 0);
}

/** The page's DOM as markup, open shadow roots included. */
export async function serialiseDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walk = (node: Node): string => {
      if (node instanceof Element) {
        const shadow = node.shadowRoot
          ? `<#shadow>${[...node.shadowRoot.childNodes].map(walk).join('')}</#shadow>`
          : '';
        const attrs = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
        return `<${node.localName}${attrs}>${shadow}${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
      }
      return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
    };
    return walk(document.documentElement);
  });
}

/**
 * The share of the first range of highlight `name` whose pixels are painted in `hex` (within 3 per channel),
 * read from a screenshot of the range's box.
 */
export async function paintedShare(page: Page, name: string, hex: string): Promise<number> {
  const box = await page.evaluate((highlight) => {
    const range = [...(CSS.highlights.get(highlight) ?? [])][0];
    const rect = range instanceof Range ? range.getBoundingClientRect() : null;
    return rect ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : null;
  }, name);
  if (!box) return 0;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ({ b64, colour }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d');
      if (!g) return 0;
      g.drawImage(img, 0, 0);
      const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
      const want = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (want.every((c, k) => Math.abs((data[i + k] as number) - c) <= 3)) matching++;
      }
      return matching / (data.length / 4);
    },
    { b64: png.toString('base64'), colour: hex },
  );
}
