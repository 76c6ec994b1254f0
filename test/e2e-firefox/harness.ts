// End-to-end harness for Firefox: the built Firefox extension (.output/firefox-mv3) in a real
// Firefox driven over WebDriver BiDi by puppeteer-core.
//
//   const net = await startNetwork({ '/notes.html': 'test/fixtures/pages/notes.html' });   // before launch
//   const ff = await launchFirefox({ network: net });          // build first: `npm run build:firefox`
//   const page = await ff.browser.newPage(); await page.goto(net.url('/notes.html'));
//   const panel = await ff.openExtensionPage(`sidepanel.html?tab=${await ff.tabIdOf(page)}`);
//   …; expect(net.blocked).toEqual([]); await ff.close(); await net.close();
//
// The extension is installed as Firefox installs a permanent add-on (a file in the profile's
// extensions folder), so a relaunch on the same profile keeps it and its storage.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';

export { ROOT };
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
export const ARTIFACTS_DIR = join(ROOT, 'test/e2e-firefox/artifacts');
/** The moz-extension:// host the tests give the extension (Firefox picks a random one otherwise). */
export const EXTENSION_UUID = '5f3c7a0e-9d2b-4c61-8a47-3e1f0b6d2c95';
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to drive: $FIREFOX_PATH, else Debian's firefox-esr (or firefox). Throws how to get one. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? CANDIDATES.find((p) => existsSync(p)) ?? CANDIDATES[0]!;
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}. Install it (Debian/Ubuntu: \`sudo apt-get install -y firefox-esr\`) ` +
        'or point FIREFOX_PATH at a Firefox binary, e.g. `FIREFOX_PATH=/path/to/firefox npm run test:e2e`.',
    );
  }
  return path;
}

function addonId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/** A new profile with the extension installed from `extensionDir` (a proxy file, as for a developer install). */
export async function createProfile(extensionDir = FIREFOX_EXTENSION_DIR): Promise<string> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run \`npm run build:firefox\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'star-coach-firefox-'));
  await mkdir(join(profile, 'extensions'));
  await writeFile(join(profile, 'extensions', addonId(extensionDir)), extensionDir);
  return profile;
}

export interface FirefoxSession {
  browser: Browser;
  /** e.g. "firefox/140.12.0" */
  version: string;
  profile: string;
  /** Opens `sidepanel.html?tab=12`, `popup.html?tab=12`… of the extension in a new tab, once it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** The extension's tab id of the one tab showing `url` (all tabs are queried: a url filter misses 127.0.0.1). */
  tabIdOf(url: string): Promise<number>;
  /** Closes Firefox, keeping the profile (relaunch on it with `launchFirefox({ profile })`). */
  quit(): Promise<void>;
  /** Closes Firefox and deletes its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile from `createProfile`; a new one otherwise. */
  profile?: string;
  /** Every request that is not to `network` goes to it as a proxy and is refused and recorded. */
  network: FixtureNetwork;
  prefs?: Record<string, unknown>;
}

/** Launches headless Firefox with the extension and waits until its pages answer. */
export async function launchFirefox(options: LaunchOptions): Promise<FirefoxSession> {
  const executablePath = firefoxPath();
  const profile = options.profile ?? (await createProfile());
  const port = options.network.port;
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId(FIREFOX_EXTENSION_DIR)]: EXTENSION_UUID }),
      // Load the unsigned add-on from the profile (ESR and developer builds honour this).
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      // Everything but the fixture server goes through it, where it is refused and recorded.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      ...options.prefs,
    },
  });
  const session: FirefoxSession = {
    browser: firefox,
    version: await firefox.version(),
    profile,
    async openExtensionPage(path) {
      // Its own window, as a sidebar sits beside the page: the coached tab stays visible (the
      // Docs bridge pauses in hidden tabs).
      const page = await firefox.newPage({ type: 'window' });
      const url = `moz-extension://${EXTENSION_UUID}/${path}`;
      // goto never settles on moz-extension pages: start it and poll where the tab is.
      void page.goto(url).catch(() => undefined);
      await poll(
        async () => (await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => false)) === url,
        { timeout: 30_000, message: `The extension page ${path} never loaded.` },
      );
      return page;
    },
    async tabIdOf(url) {
      const probe = await session.openExtensionPage('popup.html');
      try {
        const ids = await probe.evaluate(
          (target) => browser.tabs.query({}).then((tabs) => tabs.filter((t) => t.url === target).map((t) => t.id ?? -1)),
          url,
        );
        if (ids.length !== 1) throw new Error(`Expected one tab at ${url}, found ${ids.length}; give each page its own URL.`);
        return ids[0]!;
      } finally {
        await probe.close();
      }
    },
    async quit() {
      await firefox.close();
    },
    async close() {
      await firefox.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  try {
    // The add-on loads with the browser: wait until its pages answer.
    const probe = await session.openExtensionPage('popup.html');
    await probe.close();
  } catch (error) {
    await firefox.close();
    throw new Error(
      `${session.version} did not load the add-on from ${profile}/extensions. Release builds of Firefox refuse unsigned ` +
        'add-ons: use Firefox ESR (`sudo apt-get install -y firefox-esr`), Developer Edition or Nightly.',
      { cause: error },
    );
  }
  return session;
}

// The WebExtension API inside extension pages, as far as the tests use it.
declare const browser: {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
};

/** Polls `check` (evaluate-based: waitForFunction is blocked by extension CSP on Firefox 140). */
export async function poll(check: () => Promise<boolean>, { timeout = 15_000, interval = 100, message = 'Timed out' } = {}): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(message);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** What a path answers: a file (absolute or relative to the repo root) or a literal response. */
export type FixtureResponse = string | { body: string; status?: number; contentType?: string };

export interface FixtureNetwork {
  port: number;
  /** http://127.0.0.1:PORT + path */
  url(path: string): string;
  /** Every request refused: anything not to the fixture server or the Docs stand-in, as "METHOD url". */
  blocked: string[];
  /** Firefox's own calls to Mozilla's services (settings, updates), refused too: no add-on can make them. */
  firefox: string[];
  /** Every request answered, as "METHOD url", in order. */
  served: string[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// Firefox's own services keep calling home whatever the test prefs say (remote settings on 153).
const MOZILLA_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;

async function answer(response: FixtureResponse): Promise<{ status: number; contentType: string; body: string | Buffer }> {
  if (typeof response !== 'string') return { status: response.status ?? 200, contentType: response.contentType ?? CONTENT_TYPES['.html']!, body: response.body };
  const file = isAbsolute(response) ? response : join(ROOT, response);
  return { status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
}

/**
 * One local server on 127.0.0.1 that serves `routes` (path → response) and is also Firefox's
 * proxy for everything else: a proxied request or tunnel is refused and recorded in `blocked`.
 */
export async function startNetwork(routes: Record<string, FixtureResponse>): Promise<FixtureNetwork> {
  const blocked: string[] = [];
  const firefox: string[] = [];
  const served: string[] = [];
  const refuse = (label: string, host: string) => (MOZILLA_SERVICES.test(host) ? firefox : blocked).push(label);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    // A proxied request names its full URL; a request to us names only the path.
    if (!url.startsWith('/')) {
      refuse(`${req.method} ${url}`, new URL(url).hostname);
      res.writeHead(403).end();
      return;
    }
    const route = routes[url];
    if (route === undefined) {
      // Firefox asks every site for its icon: not the extension's doing.
      if (url !== '/favicon.ico') blocked.push(`${req.method} ${network.url(url)}`);
      res.writeHead(404).end();
      return;
    }
    served.push(`${req.method} ${network.url(url)}`);
    void answer(route).then(({ status, contentType, body }) => res.writeHead(status, { 'content-type': contentType }).end(body));
  });
  server.on('connect', (req: IncomingMessage, socket) => {
    refuse(`CONNECT ${req.url}`, (req.url ?? '').replace(/:\d+$/, ''));
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const network: FixtureNetwork = {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    blocked,
    firefox,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return network;
}

/**
 * Serves the Google Docs stand-in on its real https origin for one page (BiDi request
 * interception: Docs must be https://docs.google.com for the content scripts to run there).
 * Requests the routes do not name are refused and recorded in `network.blocked`.
 */
export async function serveDocs(page: Page, network: FixtureNetwork, routes: Record<string, FixtureResponse>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const label = `${request.method()} ${request.url()}`;
    const route = routes[request.url()];
    if (route === undefined) {
      if (!request.url().endsWith('/favicon.ico')) network.blocked.push(label);
      void request.abort('blockedbyclient');
      return;
    }
    network.served.push(label);
    void answer(route).then(({ status, contentType, body }) => request.respond({ status, contentType, body }));
  });
}

/** The button inside `root` (a CSS selector) whose text or aria-label is `name`. */
export async function button(page: Page, name: string, root = 'body'): Promise<ElementHandle<HTMLButtonElement>> {
  let found: ElementHandle<HTMLButtonElement> | null = null;
  await poll(
    async () => {
      const handle = await page.evaluateHandle(
        (r, n) =>
          [...(document.querySelector(r)?.querySelectorAll('button') ?? [])].find(
            (b) => b.textContent?.trim() === n || b.getAttribute('aria-label') === n,
          ) ?? null,
        root,
        name,
      );
      found = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
      return found !== null;
    },
    { message: `No button "${name}" in ${root}.` },
  );
  return found!;
}

/** Saves a screenshot to test/e2e-firefox/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}
