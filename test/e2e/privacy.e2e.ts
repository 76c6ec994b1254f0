// SPEC §7 in real Chromium: secret fields, switched-off sites and the pause are never read, and
// the note source sends nothing over the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DISABLED_SITES_KEY, PAUSED_KEY } from '../../lib/store/site-switch-keys';
import { launchExtension, serveFixtures, openTab, type FixtureNetwork, type LaunchedExtension } from './harness';
import { openProbe, recordStoredTexts, setLocal, storedTexts, tabState } from './sources-helpers';

const SHOP = 'https://shop.example.test/private.html';
const OFF = 'https://off.example.test/fields.html';
const PAUSED = 'https://paused.example.test/fields.html';
const SENTINEL = 'https://notes.example.test/fields.html';

let ext: LaunchedExtension;
let network: FixtureNetwork;
let probe: Page;

beforeAll(async () => {
  ext = await launchExtension();
  network = await serveFixtures(ext.context, {
    [SHOP]: 'test/fixtures/pages/private.html',
    [OFF]: 'test/fixtures/pages/fields.html',
    [PAUSED]: 'test/fixtures/pages/fields.html',
    [SENTINEL]: 'test/fixtures/pages/fields.html',
  });
  probe = await openProbe(ext.context, ext.extensionId);
  await recordStoredTexts(probe);
});

afterAll(async () => {
  await ext?.close();
});

const open = (url: string) => openTab(ext.context, url);

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.type(text);
}

const coached = async (tabId: number) => (await tabState(probe, tabId))?.text;

/** Types a sentence on another site and waits until it is coached: edits typed before it have been handled. */
async function sentinel(): Promise<void> {
  const { page, tabId } = await open(SENTINEL);
  const text = 'This sentence proves the earlier edits were processed.';
  await typeInto(page, '#answer', text);
  await expect.poll(() => coached(tabId), { timeout: 10_000 }).toBe(text);
  await page.close();
}

describe('privacy', () => {
  it('never reads password, card, one-time-code or hidden fields', async () => {
    const { page, tabId } = await open(SHOP);
    const secrets = {
      '#password': 'correct horse battery staple is my password',
      '#card': '4111 1111 1111 1111 expires next year soon',
      '#card-name': 'Jane Quincy Public Cardholder Name Here',
      '#otp': '927314 is the code from my phone today',
      '#hidden-note': 'an internal note that is hidden from view',
    };
    for (const [selector, text] of Object.entries(secrets)) await typeInto(page, selector, text);
    const notes = 'I wrote these notes for the interviewer myself.';
    await typeInto(page, '#notes', notes);
    await expect.poll(() => coached(tabId), { timeout: 10_000 }).toBe(notes);
    const seen = (await storedTexts(probe)).join('\n');
    for (const text of Object.values(secrets)) expect(seen).not.toContain(text.slice(0, 12));
  });

  it('does not read a site switched off in the popup, and reads it again once switched on', async () => {
    await setLocal(probe, { [DISABLED_SITES_KEY]: ['off.example.test'] });
    const { page, tabId } = await open(OFF);
    await expect.poll(async () => (await tabState(probe, tabId))?.status, { timeout: 10_000 }).toBe('site-off');
    const draft = 'A private draft on a site I switched off.';
    await typeInto(page, '#answer', draft);
    await sentinel();
    expect((await storedTexts(probe)).join('\n')).not.toContain(draft);
    expect(await coached(tabId)).toBe('');

    await setLocal(probe, { [DISABLED_SITES_KEY]: [] });
    await page.locator('#answer').focus();
    await page.keyboard.type(' More.');
    await expect.poll(() => coached(tabId), { timeout: 10_000 }).toBe(`${draft} More.`);
  });

  it('reads nothing while paused', async () => {
    await setLocal(probe, { [PAUSED_KEY]: true });
    const { page, tabId } = await open(PAUSED);
    await expect.poll(async () => (await tabState(probe, tabId))?.status, { timeout: 10_000 }).toBe('paused');
    const draft = 'Typed while the coach was paused by me.';
    await typeInto(page, '#answer', draft);
    await page.waitForTimeout(1000); // the debounce of any (wrongly) sent edit has long passed
    expect((await storedTexts(probe)).join('\n')).not.toContain(draft);

    await setLocal(probe, { [PAUSED_KEY]: false });
    await expect.poll(() => coached(tabId), { timeout: 10_000 }).toBe(draft);
  });

  it('forgets a tab\'s text when the tab closes', async () => {
    const { page, tabId } = await open(SENTINEL);
    await typeInto(page, '#answer', 'Notes that should not outlive their tab.');
    await expect.poll(() => coached(tabId), { timeout: 10_000 }).toBe('Notes that should not outlive their tab.');
    await page.close();
    await expect.poll(() => tabState(probe, tabId), { timeout: 10_000 }).toBeNull();
  });

  it('lets no request leave the machine', () => {
    expect(network.blocked).toEqual([]);
  });
});
