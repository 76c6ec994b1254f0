// Is it an answer yet, and after a pause, in real Chromium: a chat line gets no findings and the
// panel says what it waits for; a field labelled "Tell us about yourself" gets timing only; and
// with the service worker stopped (as Chrome does after ~30 s idle) the next keystroke still
// reaches the panel, the worker woken by the content script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, screenshot, serveFixtures, tabIdOf, type LaunchedExtension } from './harness';

const NOTES_URL = 'https://notes.example.test/notes.html';
const PITCH_URL = 'https://apply.example.test/application.html';
const PITCH_PAGE = `<!doctype html><html lang="en"><body><main>
  <label for="pitch">Tell us about yourself</label>
  <textarea id="pitch" rows="8" style="width: 100%"></textarea>
</main></body></html>`;
const CHAT_LINE = 'Hi, sorry I am running two minutes late, see you soon!';
const PITCH = 'I am a backend engineer with six years in payments. I started at a bank, moved to a startup two years later, and now I lead a team of four that builds our ledger.';
const STORY = 'Our checkout service started timing out after a caching change I had shipped. I rolled the change back within ten minutes, reproduced the timeouts in staging and fixed the cache key. Checkout errors fell from 4% to zero that evening. I now load-test every caching change before it ships.';

let ext: LaunchedExtension;

beforeAll(async () => {
  ext = await launchExtension();
  await serveFixtures(ext.context, { [NOTES_URL]: 'test/fixtures/pages/notes.html', [PITCH_URL]: { body: PITCH_PAGE, contentType: 'text/html' } });
});

afterAll(async () => {
  await ext?.close();
});

async function openWithPanel(url: string): Promise<{ page: Page; panel: Page }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${await tabIdOf(page)}`);
  await panel.setViewportSize({ width: 360, height: 720 });
  await page.bringToFront();
  return { page, panel };
}

describe('is it an answer yet?', () => {
  it('a chat line gets no findings, and the panel says what it waits for', { timeout: 120_000 }, async () => {
    const { page, panel } = await openWithPanel(NOTES_URL);
    await page.locator('#answer').click();
    await page.keyboard.type(CHAT_LINE);
    await panel.locator('[data-notice="not-a-story"]').waitFor({ timeout: 20_000 });
    expect(await panel.locator('[data-rule]').count()).toBe(0);
    await expect(panel.locator('[data-notice="not-a-story"]').textContent()).resolves.toMatch(/story/i);
    await screenshot(panel, 'panel-not-a-story');

    // The answer grows into a story: the notice goes and the coach coaches.
    await page.locator('#answer').fill(STORY);
    await page.keyboard.type(' ');
    await panel.locator('[data-notice]').waitFor({ state: 'detached', timeout: 20_000 });
    await page.close();
    await panel.close();
  });

  it('"Tell us about yourself" as the field\'s label: timing only, with a line that says why', { timeout: 120_000 }, async () => {
    const { page, panel } = await openWithPanel(PITCH_URL);
    await page.locator('#pitch').click();
    await page.keyboard.type(PITCH);
    await panel.locator('[data-notice="not-star-question"]').waitFor({ timeout: 20_000 });
    expect(await panel.locator('[data-rule]').count()).toBe(0);
    await expect(panel.locator('[data-notice]').textContent()).resolves.toMatch(/timing/i);
    await screenshot(panel, 'panel-not-star-question');
    await page.close();
    await panel.close();
  });
});

describe('after a pause', () => {
  it('the first keystroke after the worker stopped reaches the panel', { timeout: 120_000 }, async () => {
    const { page, panel } = await openWithPanel(NOTES_URL);
    await page.locator('#answer').fill(STORY);
    await page.locator('#answer').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    const words = panel.locator('[data-words]').first();
    await expect.poll(() => words.getAttribute('data-words'), { timeout: 20_000 }).toBe('49');
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(500);
    await page.keyboard.type('Again');
    await expect.poll(() => words.getAttribute('data-words'), { timeout: 20_000 }).toBe('50');
    await cdp.detach();
  });
});
