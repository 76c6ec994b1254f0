// Keystroke-to-panel latency in real Chromium (SPEC §9), and the service worker's heap after the
// 10,000-word document. A sample types one letter that starts a new word and times, from that
// key's keydown in the page, until the side panel's data-words shows the new count.
import type { CDPSession, Page } from 'playwright-core';
import { analyze } from '../../lib/engine/analyze';
import { launchExtension, openExtensionPage, serveFixtures, tabIdOf, type LaunchedExtension } from '../e2e/harness';
import { WAKE_AFTER_IDLE_MS } from '../../lib/sources/field-watcher';
import { prepDocument, singleAnswer } from './corpus';
import { summarize, type Summary } from './stats';

const PAGE_URL = 'https://bench.example.test/notes.html';
const SAMPLES = 12;
/** Longer than the debounce plus a 10,000-word analysis: the space before a timed key must have
 * been analyzed, or its pending analysis would pick up the timed key early and flatter it. */
const SETTLE_MS = 800;

export interface LatencyResults {
  answer300: Summary | { error: string };
  /** The same, with the service worker stopped before each key (as Chrome does after ~30 s idle). */
  afterPause300: Summary | { error: string };
  prepDoc10k: Summary | { error: string };
  workerHeapAfter10kBytes?: number;
}

// Page clocks: epoch milliseconds with sub-millisecond precision, comparable across renderers.
declare global {
  interface Window {
    __lastKeyAt?: number;
    __wordsSeen?: { words: string; at: number }[];
    __noteWords?: () => void;
  }
}

async function recordKeydowns(page: Page): Promise<void> {
  await page.evaluate(() => {
    addEventListener('keydown', () => (window.__lastKeyAt = performance.timeOrigin + performance.now()), true);
  });
}

async function recordPanelWords(panel: Page): Promise<void> {
  // No named local functions in here: tsx would wrap them in a helper the page does not have.
  await panel.evaluate(() => {
    window.__wordsSeen = [];
    window.__noteWords = () => {
      const words = [...document.querySelectorAll('[data-words]')].map((el) => el.getAttribute('data-words')).join(',');
      const seen = window.__wordsSeen!;
      if (seen.at(-1)?.words !== words) seen.push({ words, at: performance.timeOrigin + performance.now() });
    };
    new MutationObserver(window.__noteWords).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-words'] });
    window.__noteWords();
  });
}

/** The word count of the first story: the one the panel coaches by default, and where we type. */
function firstStoryWords(text: string): string {
  return String(analyze(text).stories[0]?.words ?? 0);
}

async function waitForPanelWords(panel: Page, words: string, after = 0): Promise<number> {
  const handle = await panel.waitForFunction(
    ([w, t]) => window.__wordsSeen?.find((s) => s.words.split(',').includes(w) && s.at >= t)?.at,
    [words, after] as const,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** What to do before each timed key, and how many keys to time. */
interface SampleOptions {
  samples?: number;
  beforeKey?: () => Promise<void>;
}

async function sampleCase(page: Page, panel: Page, text: string, { samples: count = SAMPLES, beforeKey }: SampleOptions = {}): Promise<Summary | { error: string }> {
  try {
    const field = page.locator('#answer');
    await field.fill(text);
    // Type at the end of the first story (before the first blank line, if any).
    let caret = text.includes('\n\n') ? text.indexOf('\n\n') : text.length;
    await field.evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), caret);
    let current = text;
    const type = async (key: string) => {
      await page.keyboard.type(key);
      current = current.slice(0, caret) + key + current.slice(caret);
      caret += key.length;
    };
    await type(' ');
    let shownAt = await waitForPanelWords(panel, firstStoryWords(current));
    await page.waitForTimeout(SETTLE_MS);
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      await beforeKey?.();
      // One key that starts a new word, so the count changes only after the timed keystroke.
      await type('a');
      const keyAt = await page.evaluate(() => window.__lastKeyAt ?? 0);
      shownAt = await waitForPanelWords(panel, firstStoryWords(current), keyAt);
      samples.push(shownAt - keyAt);
      await type(' ');
      await waitForPanelWords(panel, firstStoryWords(current), shownAt);
      await page.waitForTimeout(SETTLE_MS);
    }
    return summarize(samples);
  } catch (error) {
    return { error: String(error).split('\n')[0] ?? 'failed' };
  }
}

/** Before each key: a pause longer than the content script's wake-up throttle, then the service
 * worker stopped through the DevTools protocol, as Chrome stops it after ~30 s without events. */
async function stopWorkerAfterPause(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return async () => {
    await page.waitForTimeout(WAKE_AFTER_IDLE_MS + 500);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
  };
}

/** The service worker's used JS heap, through the DevTools protocol. */
async function workerHeap(ext: LaunchedExtension): Promise<number | undefined> {
  const browser = ext.context.browser();
  if (!browser) return undefined;
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`));
  if (!worker) return undefined;
  // Playwright speaks to the browser target only; a non-flat session relays one command to the worker.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const reply = new Promise<number>((resolve) =>
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
      if (message.id === 2) resolve(message.result?.usedSize ?? NaN);
    }),
  );
  // Garbage first, so the figure is what the worker keeps (caches included), not what it has yet to free.
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }) });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }) });
  const used = await reply;
  await cdp.detach();
  return used;
}

export async function measureLatency(): Promise<LatencyResults> {
  const ext = await launchExtension();
  try {
    await serveFixtures(ext.context, { [PAGE_URL]: 'test/fixtures/pages/notes.html' });
    const page = await ext.context.newPage();
    await page.goto(PAGE_URL);
    await recordKeydowns(page);
    const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${await tabIdOf(page)}`);
    await recordPanelWords(panel);
    await page.bringToFront();
    const answer300 = await sampleCase(page, panel, singleAnswer());
    const afterPause300 = await sampleCase(page, panel, singleAnswer(1), { samples: 5, beforeKey: await stopWorkerAfterPause(page) });
    const prepDoc10k = await sampleCase(page, panel, prepDocument(10_000));
    return { answer300, afterPause300, prepDoc10k, workerHeapAfter10kBytes: await workerHeap(ext) };
  } finally {
    await ext.close();
  }
}
