// Issue 7 in real Chromium: the coach survives its service worker being stopped, a hostile page
// cannot drive it or make it read other fields, page text never runs as code in its pages, and
// nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { MAX_TEXT_CHARS } from '../../lib/background/analysis-input';
import type { TabState } from '../../lib/messaging';
import { launchExtension, openExtensionPage, serveFixtures, openTab, type FixtureNetwork, type LaunchedExtension } from './harness';
import { openProbe, recordStoredTexts, storedTexts, tabState } from './sources-helpers';
import { readStorage, seedStorage } from './ui-helpers';

const NOTES = 'https://notes.example.test/fields.html';
const INJECTION = 'https://inject.example.test/fields.html';
const HOSTILE = 'https://hostile.example.test/hostile.html';
const HUGE = 'https://notes.example.test/fields.html?huge';

const ANSWER =
  'Our nightly report emails stopped for three nights and nobody owned them. We rotated the token together. ' +
  'I reproduced the failure in staging and added an expiry alert. Reports resumed for all 140 accounts.';
const BANKED_SECRET = 'BANKED-STORY-SECRET';
const BANKED = {
  id: 'banked-1',
  title: 'Banked story',
  question: 'general',
  text: `${BANKED_SECRET} I led the migration and cut costs by 30%.`,
  outcome: 'Costs fell 30%.',
  words: 12,
  seconds: 5,
  checklist: [],
  savedAt: 1,
  updatedAt: 1,
};
// The secret fields of hostile.html that the page fakes events on, and what each holds.
const SECRET_FIELDS = ['#password', '#card', '#hidden', '#hidden-area'];
const PAGE_SECRETS = [
  'HOSTILE-PASSWORD-SECRET',
  'HOSTILE-CARD-SECRET',
  'HOSTILE-HIDDEN-SECRET',
  'HOSTILE-HIDDEN-AREA-SECRET',
  'HOSTILE-FORGED-TEXT',
];

let ext: LaunchedExtension;
let network: FixtureNetwork;
let probe: Page;

beforeAll(async () => {
  ext = await launchExtension();
  network = await serveFixtures(ext.context, {
    [NOTES]: 'test/fixtures/pages/fields.html',
    [INJECTION]: 'test/fixtures/pages/fields.html',
    [HUGE]: 'test/fixtures/pages/fields.html',
    [HOSTILE]: 'test/fixtures/pages/hostile.html',
    [`${HOSTILE}?decoy`]: 'test/fixtures/pages/hostile.html',
  });
  probe = await openProbe(ext.context, ext.extensionId);
  await recordStoredTexts(probe);
});

afterAll(async () => {
  await ext?.close();
});

const open = (url: string) => openTab(ext.context, url);

/** Types at the end of a field as a user would (trusted input events). */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

const coached = async (tabId: number): Promise<TabState | null> => tabState(probe, tabId);

async function waitForText(tabId: number, text: string): Promise<TabState> {
  await expect.poll(async () => (await coached(tabId))?.text, { timeout: 15_000 }).toBe(text);
  return (await coached(tabId))!;
}

/**
 * Stops the extension's service worker through the DevTools protocol and waits until the worker
 * that ran before is gone: a global set in it first is no longer there (Chrome may start a fresh
 * worker at once, even under the same target id).
 */
async function stopServiceWorker(page: Page): Promise<void> {
  const ours = (url: string) => url.startsWith(`chrome-extension://${ext.extensionId}/`);
  const isOurs = (w: Worker) => ours(w.url());
  const worker = ext.context.serviceWorkers().find(isOurs) ?? (await ext.context.waitForEvent('serviceworker', { predicate: isOurs }));
  const MARK = '__hardeningBeforeStop';
  await worker.evaluate((mark) => void ((globalThis as Record<string, unknown>)[mark] = true), MARK);
  const stillRunning = () => worker.evaluate((mark) => (globalThis as Record<string, unknown>)[mark] === true, MARK).catch(() => false);
  const cdp = await ext.context.newCDPSession(page);
  await expect
    .poll(
      async () => {
        if (!(await stillRunning())) return 'stopped';
        const { targetInfos } = await cdp.send('Target.getTargets');
        const target = targetInfos.find((t) => t.type === 'service_worker' && ours(t.url));
        if (target) await cdp.send('Target.closeTarget', { targetId: target.targetId });
        return 'running';
      },
      { timeout: 30_000 },
    )
    .toBe('stopped');
  await cdp.detach();
}

const wordsShown = (panel: Page) => panel.locator('[data-words]').first().getAttribute('data-words');

describe('service worker restart', () => {
  it('keeps the last report in the panel and analyzes the next edit', async () => {
    const { page, tabId } = await open(NOTES);
    await typeInto(page, '#answer', ANSWER);
    const before = await waitForText(tabId, ANSWER);
    const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${tabId}`);
    await panel.locator('[data-rule]').first().waitFor({ timeout: 15_000 });
    const rulesBefore = await panel.locator('[data-rule]').count();
    const wordsBefore = await wordsShown(panel);
    expect(wordsBefore).toBe(String(before.report.stories[0]!.words));

    // Fault: stop the extension's service worker through the DevTools protocol, as Chrome does when idle.
    await stopServiceWorker(panel);

    await panel.reload();
    await panel.locator('[data-rule]').first().waitFor({ timeout: 15_000 });
    expect(await panel.locator('[data-rule]').count()).toBe(rulesBefore);
    expect(await wordsShown(panel)).toBe(wordsBefore);

    // The next edit wakes the worker again and is analyzed.
    const more = ' I added a dashboard that three other teams now use.';
    await typeInto(page, '#answer', more);
    const after = await waitForText(tabId, ANSWER + more);
    expect(after.version).toBeGreaterThan(before.version);
    await expect.poll(() => wordsShown(panel), { timeout: 15_000 }).not.toBe(wordsBefore);
    expect(await wordsShown(panel)).toBe(String(after.report.stories[0]!.words));
    await panel.close();
    await page.close();
  });
});

describe('huge paste', () => {
  it('coaches the first part of a text over the cap and says so in the panel', async () => {
    const { page, tabId } = await open(HUGE);
    // Years of notes at once: well over the cap, in answer-sized paragraphs. The bulk goes in as the
    // field's value (typing 260,000 characters through the driver takes a minute); a typed word ends it.
    const notes = `${ANSWER}\n\n`.repeat(Math.ceil((MAX_TEXT_CHARS * 1.3) / (ANSWER.length + 2))) + 'Done.';
    await page.locator('#answer').evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), notes.slice(0, -'Done.'.length));
    await typeInto(page, '#answer', 'Done.');
    await expect.poll(async () => (await coached(tabId))?.status, { timeout: 60_000 }).toBe('too-long');
    const state = (await coached(tabId))!;
    expect(state.text).toBe(notes.slice(0, MAX_TEXT_CHARS));
    expect(state.report.stories.length).toBeGreaterThan(0);

    const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('body').textContent(), { timeout: 15_000 }).toContain('covers its first part only');
    await panel.close();
    await page.close();
  });
});

describe('hostile page', () => {
  it('cannot make the coach read other fields, apply an edit or reach stored stories', async () => {
    await seedStorage(ext.context, ext.extensionId, 'local', { stories: [BANKED] });
    const { page, tabId } = await open(HOSTILE);
    const mine = 'I wrote this answer myself in the only field I typed in today.';
    await typeInto(page, '#answer', mine);
    await waitForText(tabId, mine);

    const tried = await page.evaluate(
      ([id, selectors]) => (window as unknown as { attack(id: string, s: string[]): Promise<Record<string, unknown>> }).attack(id, selectors),
      [ext.extensionId, SECRET_FIELDS] as const,
    );
    expect(tried.direct).toBe('unavailable');
    expect(tried.storageVisible).toBe(false);

    // A later real edit in the user's field proves everything sent before it was handled.
    const next = ' Then I checked it twice.';
    await typeInto(page, '#answer', next);
    await waitForText(tabId, mine + next);

    const seen = (await storedTexts(probe)).join('\n');
    for (const secret of PAGE_SECRETS) expect(seen).not.toContain(secret);
    // No edit was applied: every field still holds what the user or the page put there.
    expect(await page.locator('#answer').inputValue()).toBe(mine + next);
    expect(await page.locator('#decoy').inputValue()).toMatch(/^DECOY-PAGE-TEXT/);
    // Nothing the page received back holds a stored story or a report.
    const received = await page.evaluate(() => (window as unknown as { received: string[] }).received.join('\n'));
    expect(received).not.toContain(BANKED_SECRET);
    expect(received).not.toContain('"stories"');
    // And the story bank is as it was: nothing lost, nothing changed.
    expect(await readStorage(probe, 'local', 'stories')).toEqual([BANKED]);
    console.info(`hardening: hostile page posted ${String(tried.messages)} messages and dispatched ${String(tried.events)} fake events`);
    await page.close();
  });
  it('cannot move the coach onto a field the page fills and focuses itself', async () => {
    const { page, tabId } = await open(`${HOSTILE}?decoy`);
    const mine = 'Only my own answer should be coached here.';
    await typeInto(page, '#answer', mine);
    await waitForText(tabId, mine);

    await page.evaluate(([id]) => (window as unknown as { attack(id: string, s: string[]): Promise<unknown> }).attack(id, ['#decoy']), [ext.extensionId] as const);
    await page.evaluate(() => (document.querySelector('#decoy') as HTMLTextAreaElement).focus());
    const next = ' And nothing else.';
    await typeInto(page, '#answer', next);
    await waitForText(tabId, mine + next);

    expect((await storedTexts(probe)).join('\n')).not.toContain('DECOY-PAGE-TEXT');
    await page.close();
  });
});

describe('page text is data', () => {
  const PAYLOAD =
    'We basically kind of just pasted <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> into the template, I think.';
  const DRAFT = `<b onmouseover="window.__pwned=3">Our nightly report emails stopped</b> for three nights and nobody owned them.\n${PAYLOAD}\nThe fix was deployed and the team was happy.`;

  async function expectInert(page: Page): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], script:not([src]), b[onmouseover]').count()).toBe(0);
  }

  it('shows HTML and script from a draft as text in the side panel and popup, and runs none of it', async () => {
    const { page, tabId } = await open(INJECTION);
    await typeInto(page, '#answer', DRAFT);
    await waitForText(tabId, DRAFT);

    const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${tabId}`);
    await panel.locator('[data-rule="hedging"]').waitFor({ timeout: 15_000 });
    await expect(panel.locator('[data-rule="hedging"] blockquote').textContent()).resolves.toContain(
      '<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script>',
    );
    await expectInert(panel);

    const popup = await openExtensionPage(ext.context, ext.extensionId, `popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 15_000 }).toContain('<b onmouseover="window.__pwned=3">Our');
    await expectInert(popup);
    await popup.close();
    await panel.close();
    await page.close();
  });
});

describe('network', () => {
  it('lets no request leave the machine but the fixture pages', () => {
    expect(network.blocked).toEqual([]);
    const origins = new Set(network.served.map((entry) => new URL(entry.split(' ')[1]!).origin));
    expect([...origins].sort()).toEqual(['https://hostile.example.test', 'https://inject.example.test', 'https://notes.example.test']);
  });
});
