// End-to-end harness: the built Chrome extension (.output/chrome-mv3) in real Chromium via playwright-core.
//
//   const ext = await launchExtension();                       // build first: `npm run build`
//   const net = await serveFixtures(ext.context, { 'https://notes.example.test/notes.html': 'test/fixtures/pages/notes.html' });
//   const page = await ext.context.newPage(); await page.goto('https://notes.example.test/notes.html');
//   const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${await tabIdOf(page)}`);
//   …; expect(net.blocked).toEqual([]); await ext.close();
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { extensionArgs } from '../../scripts/chromium.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'test/e2e/artifacts');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as found at launch (MV3 may stop it when idle). */
  worker: Worker;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

/** The Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium. Throws how to get one. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (Debian/Ubuntu: \`sudo apt-get install -y chromium\`) ` +
        'or point CHROME_PATH at a Chrome/Chromium binary, e.g. `CHROME_PATH=/path/to/chrome npm run test:e2e`.',
    );
  }
  return path;
}

/**
 * Launches headless Chromium with the built extension and waits for its service worker.
 * `extraArgs` adds flags for one spec (the fake microphone of the rehearsal spec).
 */
export async function launchExtension(extensionDir = EXTENSION_DIR, extraArgs: string[] = []): Promise<LaunchedExtension> {
  const executablePath = chromiumPath();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run \`npm run build\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'star-coach-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath,
    // No sandbox: CI runs as root. No GPU: headless servers have none.
    args: [...extensionArgs(extensionDir), '--no-sandbox', '--disable-gpu', ...extraArgs],
  });
  try {
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      worker,
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

// The one chrome.* call evaluated inside the browser; declared here rather than pulling in @types/chrome.
declare const chrome: { tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> } };

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/** What a routed URL answers: a file path (absolute or relative to the repo root) or a literal response. */
export type FixtureResponse =
  | string
  | { body: string | Buffer; status?: number; contentType?: string; headers?: Record<string, string> };
/** A fixed answer, or one computed per request (e.g. a Docs export that answers 429 first). */
export type FixtureRoute = FixtureResponse | ((request: Request) => FixtureResponse | Promise<FixtureResponse>);

export interface FixtureNetwork {
  /** Every request that matched no route and was aborted, as "METHOD url", in order. */
  blocked: string[];
  /** Every request that a route answered, as "METHOD url", in order. */
  served: string[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `routes` (exact URL, query included, → response) on their real origins for every page
 * and the extension, and aborts every other network request, recording it in `blocked`: a test
 * can assert the extension sent nothing else. Extension, data and blob URLs are never touched.
 */
export async function serveFixtures(
  context: BrowserContext,
  routes: Record<string, FixtureRoute>,
): Promise<FixtureNetwork> {
  const network: FixtureNetwork = { blocked: [], served: [] };
  await context.route('**/*', async (route, request) => {
    const url = request.url();
    const label = `${request.method()} ${url}`;
    if (/^(chrome-extension|data|blob|about):/.test(url)) return route.continue();
    const entry = routes[url];
    if (entry === undefined) {
      network.blocked.push(label);
      return route.abort('blockedbyclient');
    }
    network.served.push(label);
    const response = typeof entry === 'function' ? await entry(request) : entry;
    if (typeof response === 'string') {
      const file = isAbsolute(response) ? response : join(ROOT, response);
      const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      return route.fulfill({ status: 200, contentType, body: await readFile(file) });
    }
    return route.fulfill({
      status: response.status ?? 200,
      contentType: response.contentType ?? 'text/html; charset=utf-8',
      headers: response.headers,
      body: response.body,
    });
  });
  return network;
}

/** Opens an extension page such as `sidepanel.html?tab=12` or `popup.html?tab=12` in a new tab. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/**
 * The Chrome tab id of `page`, matched by URL through chrome.tabs in the extension's worker
 * (or, if MV3 stopped it, a briefly opened extension page). Give pages distinct URLs.
 */
export async function tabIdOf(page: Page): Promise<number> {
  const context = page.context();
  const url = page.url();
  const query = (target: string) =>
    chrome.tabs.query({}).then((tabs) => tabs.filter((tab) => tab.url === target).map((tab) => tab.id ?? -1));
  const worker = context.serviceWorkers().find(isExtensionWorker);
  let ids: number[];
  if (worker) {
    ids = await worker.evaluate(query, url);
  } else {
    const extensionId = await extensionIdFromPages(context);
    const helper = await openExtensionPage(context, extensionId, 'popup.html');
    ids = await helper.evaluate(query, url);
    await helper.close();
  }
  if (ids.length !== 1) throw new Error(`Expected one tab at ${url}, found ${ids.length}; give each page its own URL.`);
  return ids[0]!;
}

async function extensionIdFromPages(context: BrowserContext): Promise<string> {
  const page = context.pages().find((p) => p.url().startsWith('chrome-extension://'));
  if (!page) throw new Error('The extension service worker is gone and no extension page is open to find its id.');
  return new URL(page.url()).host;
}

/** Saves a screenshot (the full page, or only what is in view) to test/e2e/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Opens `url` in a new tab of the extension's browser and returns the page with its tab id. */
export async function openTab(context: BrowserContext, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(page) };
}
