// Firefox keeps saved stories in the add-on's local storage: a story saved in the sidebar is
// still there, in the sidebar and the popup, after Firefox quits and starts again on the profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { button, createProfile, launchFirefox, poll, startNetwork, type FirefoxSession, type FixtureNetwork } from './harness';
import { expectedStory, waitForStory } from './panel-helpers';

const ANSWER = [
  'Situation: Our nightly billing export failed silently for a week after a vendor changed their file format.',
  'Task: I owned the export, so I had to get the missing invoices out before month end.',
  'Action: I reproduced the failure with last week’s files, wrote a parser for the new format and added an alert on empty exports.',
  'Result: All 1,200 missing invoices went out two days before the close, and the alert has caught two vendor changes since.',
].join('\n');
const TITLE = 'The silent billing export';

// The WebExtension API inside the extension's pages, as far as this test uses it.
declare const browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

let network: FixtureNetwork;
let profile: string;
let ff: FirefoxSession | undefined;

beforeAll(async () => {
  network = await startNetwork({ '/notes.html': 'test/fixtures/pages/notes.html' });
  profile = await createProfile();
});

afterAll(async () => {
  await ff?.close();
  await network?.close();
});

const titles = (page: Page, list: string) =>
  page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent ?? ''), list);

describe('Firefox: the story bank across a restart', () => {
  it('saves the coached answer as a story from the sidebar page', async () => {
    ff = await launchFirefox({ network, profile });
    const notes = await ff.browser.newPage();
    await notes.goto(network.url('/notes.html'));
    await notes.click('#answer');
    await notes.keyboard.type(ANSWER);
    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${await ff.tabIdOf(network.url('/notes.html'))}`);
    await waitForStory(panel, expectedStory(ANSWER));
    await (await button(panel, 'Stories')).click();
    await (await button(panel, 'Save this answer as a story')).click();
    await poll(async () => panel.evaluate(() => document.querySelector('form[aria-label="Save story"] input') !== null));
    await panel.focus('form[aria-label="Save story"] input');
    await panel.keyboard.down('Control');
    await panel.keyboard.press('a');
    await panel.keyboard.up('Control');
    await panel.keyboard.type(TITLE);
    await (await button(panel, 'Save story')).click();
    await poll(async () => (await titles(panel, '[aria-label="Saved stories"] li')).some((t) => t.includes(TITLE)), {
      message: 'The saved story never appeared in the bank.',
    });
    await ff.quit();
    ff = undefined;
  });

  it('still lists it after Firefox starts again on the same profile', async () => {
    ff = await launchFirefox({ network, profile });
    const panel = await ff.openExtensionPage('sidepanel.html?tab=424242');
    await poll(async () => (await titles(panel, '[aria-label="Saved stories"] li')).some((t) => t.includes(TITLE)), {
      message: 'The story bank lost the story over the restart.',
    });
    const stored = await panel.evaluate(() => browser.storage.local.get('stories').then((r) => r.stories as { title: string }[]));
    expect(stored.map((story) => story.title)).toEqual([TITLE]);
    const popup = await ff.openExtensionPage('popup.html?tab=424242');
    await poll(async () => (await titles(popup, '[data-story-id]')).some((t) => t.includes(TITLE)), {
      message: 'The popup’s story bank lost the story over the restart.',
    });
    expect(network.blocked).toEqual([]);
  });
});
