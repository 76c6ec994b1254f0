// Side panel layout and honest states (issue 13: points 1, 2, 3, 8, 9, 10), in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, openTab, screenshot, serveFixtures, type LaunchedExtension } from './harness';
import { fixtureState, readStorage, seedStorage, seedTabState, seriousViolations } from './ui-helpers';

const WEAK_TAB = 9301;
const NOTES_URL = 'https://notes.example.test/panel-notes.html';
const CALL_URL = 'https://meet.google.com/abc-defg-hij';
const ELSEWHERE_URL = 'https://elsewhere.example.test/';
const CHAT_LINE = 'I fixed the checkout outage last week and we cut errors from 4% to zero, happy to talk about it later.';
const ANSWER = [
  'Situation: Our checkout service started timing out after a caching change I had shipped.',
  'Task: I had to get checkout working again before the evening peak.',
  'Action: We dug into the logs together and found a cache key collision. The fix was deployed on Friday.',
  'Result: Timeouts fell from 4% to zero.',
  'Reflection: I learned a lot.',
].join('\n');
const SAVED_STORY = {
  id: 'story-1',
  title: 'The checkout cache outage',
  question: 'production-incident',
  text: ANSWER,
  outcome: 'Timeouts fell from 4% to zero.',
  words: 60,
  seconds: 26,
  checklist: [{ id: 'fix-validated', label: 'Fix validated', done: false }],
  savedAt: 1,
  updatedAt: 1,
};
let ext: LaunchedExtension;

async function openPanel(tabId: number | string, width = 360, height = 800): Promise<Page> {
  const page = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${tabId}`);
  await page.setViewportSize({ width, height });
  return page;
}

/** Controls whose text is cut or runs past the panel's right edge. */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.topbar h1, .topbar button, [role="tablist"], [role="tab"]')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth)
      .map((el) => el.textContent),
  );
/** Header pieces and tabs laid out on more than one line. */
const wrapped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.topbar h1, .mode button, [role="tab"]')]
      .filter((el) => el.getBoundingClientRect().height > parseFloat(getComputedStyle(el).lineHeight || '20') * 1.6 + 20)
      .map((el) => el.textContent),
  );

async function openPopup(tabId: number): Promise<Page> {
  const page = await openExtensionPage(ext.context, ext.extensionId, `popup.html?tab=${tabId}`);
  await page.setViewportSize({ width: 360, height: 600 });
  return page;
}

const badgeOf = (tabId: number) =>
  ext.worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);

beforeAll(async () => {
  ext = await launchExtension();
  await serveFixtures(ext.context, {
    [NOTES_URL]: 'test/fixtures/pages/notes.html',
    [`${NOTES_URL}?badge`]: 'test/fixtures/pages/notes.html',
    [`${NOTES_URL}?left`]: 'test/fixtures/pages/notes.html',
    [CALL_URL]: 'test/fixtures/pages/call.html',
    [ELSEWHERE_URL]: 'test/fixtures/pages/call.html',
  });
  await seedTabState(ext.context, ext.extensionId, fixtureState('weak', WEAK_TAB));
});
afterAll(async () => {
  await ext?.close();
});

describe('side panel at a real side-panel width', () => {
  it.each([320, 360])('keeps the header and the tabs on one line, uncut, at %i px', async (width) => {
    const panel = await openPanel(WEAK_TAB, width);
    await panel.locator('[data-rule]').first().waitFor();
    expect(await clipped(panel)).toEqual([]);
    expect(await wrapped(panel)).toEqual([]);
    // One scrolling area: the page itself does not scroll under the header.
    expect(await panel.evaluate(() => document.scrollingElement!.scrollHeight)).toBe(await panel.evaluate(() => innerHeight));
    const tops = await panel.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await seriousViolations(panel)).toEqual([]);
    await screenshot(panel, `sidepanel-${width}`);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(panel)).toEqual([]);
    await screenshot(panel, `sidepanel-${width}-dark`);
    await panel.close();
  });

  it('draws the timing as one strip with every part named apart, and two advice cards above the fold', async () => {
    const panel = await openPanel(WEAK_TAB, 360, 800);
    await panel.locator('[data-rule]').first().waitFor();
    expect(await panel.locator('.timeline ol').count()).toBe(1);
    const labels = await panel.locator('[data-section]').allTextContents();
    expect(labels).toHaveLength(4);
    expect(labels.join('|')).toMatch(/^Situation 46 s\|Act( 17 s)?\|Res\|Refl$/);
    // Seconds and target of a part on focus, and in its accessible name.
    await panel.locator('[data-section="reflection"]').focus();
    await expect(panel.locator('.timeline-detail').textContent()).resolves.toMatch(/^Reflection · \d+ words? · 2 s \(target 5–20 s\)$/);
    expect(await panel.locator('[data-section="result"]').getAttribute('aria-label')).toMatch(/^Result: .*target 10–25 s/);
    const cards = await panel.locator('article[data-rule]').evaluateAll((els) => els.slice(0, 2).map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(cards).toHaveLength(2);
    // The second card's heading and quote are in view without scrolling.
    expect(cards[1]!.top + 90).toBeLessThan(800);
    await panel.close();
  });
});

describe('progressive coaching', () => {
  it('does not scold a one-sentence draft for the parts it has not reached, until asked for a full check', async () => {
    const panel = await openPanel('none');
    await panel.getByRole('button', { name: 'Draft', exact: true }).click();
    await panel.getByRole('textbox', { name: 'Your draft' }).fill(
      'Last spring our checkout service started timing out after a caching change I had shipped, and I was the engineer on call that week.',
    );
    const upcoming = panel.locator('[data-upcoming-count]');
    await upcoming.waitFor({ timeout: 15_000 });
    await upcoming.getByRole('heading', { name: 'So far, nothing to fix' }).waitFor();
    expect(await panel.locator('article[data-rule]').count()).toBe(0);
    expect(await panel.getByText(/\d+ fix\b/).count()).toBe(0);
    expect(await panel.getByRole('tab', { name: /Advice/ }).textContent()).not.toMatch(/\d/);
    expect(await upcoming.locator('[data-rule="missing-reflection"]').count()).toBe(1);
    expect(await seriousViolations(panel)).toEqual([]);
    await screenshot(panel, 'sidepanel-first-sentence');
    await panel.locator('[data-action="full-check"]').click();
    await panel.locator('article[data-rule="missing-reflection"]').waitFor();
    expect(await panel.locator('[data-upcoming-count]').count()).toBe(0);

    // Half an answer: what is written gets fixes, what is not written yet is still to come.
    await panel.getByRole('textbox', { name: 'Your draft' }).fill(ANSWER.split('\n').slice(0, 3).join('\n'));
    await panel.locator('article[data-rule="we-language"]').waitFor({ timeout: 15_000 });
    await panel.locator('[data-upcoming-count] [data-rule="missing-reflection"]').waitFor();
    expect(await panel.locator('article[data-rule="missing-reflection"]').count()).toBe(0);
    await screenshot(panel, 'sidepanel-half-answer');
    // The panel remembers its mode: back to coaching the page for the tests that follow.
    await panel.getByRole('button', { name: 'This page', exact: true }).click();
    await expect.poll(() => readStorage(panel, 'local', 'panelMode')).toBe('page');
    await panel.close();
  });
});

describe('popup: honest states', () => {
  it('says plainly that a browser page cannot be read, and offers the story bank', async () => {
    await seedStorage(ext.context, ext.extensionId, 'local', { stories: [SAVED_STORY] });
    const { page, tabId } = await openTab(ext.context, 'chrome://version/');
    const popup = await openPopup(tabId);
    await popup.locator('[data-page="unreadable"]').getByRole('heading', { name: 'The coach cannot read this page' }).waitFor();
    expect(await popup.getByRole('button', { name: 'Open the story bank' }).count()).toBe(1);
    expect(await popup.getByRole('switch', { name: /Coach on/ }).count()).toBe(0);
    expect(await popup.textContent('body')).not.toContain('Coach on version');
    // The checklist says whose it is.
    await popup.getByRole('heading', { name: 'Saved story: The checkout cache outage' }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-browser-page');
    await popup.close();
    await page.close();
  });

  it('names the page’s answer as “This page: …” and shows the keyboard shortcut', async () => {
    const popup = await openPopup(WEAK_TAB);
    await popup.getByRole('heading', { name: /^This page: / }).waitFor();
    await expect(popup.getByRole('button', { name: 'Open coach' }).getAttribute('aria-keyshortcuts')).resolves.toBe('Alt+Shift+S');
    expect(await popup.locator('kbd').textContent()).toContain('Alt+Shift+S');
    await popup.close();
  });

  it('does not call the answer of a page the tab has left “This page”', async () => {
    const notes = await openTab(ext.context, `${NOTES_URL}?left`);
    await notes.page.locator('#answer').click();
    await notes.page.keyboard.insertText(ANSWER);
    let popup = await openPopup(notes.tabId);
    await popup.getByRole('heading', { name: /^This page: / }).waitFor({ timeout: 15_000 });
    await popup.close();
    await notes.page.goto(ELSEWHERE_URL);
    popup = await openPopup(notes.tabId);
    await popup.getByRole('switch', { name: /Coach on elsewhere.example.test/ }).waitFor();
    expect(await popup.getByText(/^This page: /).count()).toBe(0);
    await popup.close();
    await notes.page.close();
  });

  it('reads as paused: the site switch shows off and cannot be used while paused', async () => {
    const popup = await openPopup(WEAK_TAB);
    const site = popup.getByRole('switch', { name: /Coach on notes.example.test/ });
    expect(await site.isChecked()).toBe(true);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).check();
    await popup.locator('[data-paused]').waitFor();
    await expect.poll(() => site.isChecked()).toBe(false);
    expect(await site.isDisabled()).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-paused');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByRole('switch', { name: 'Pause everywhere' }).uncheck();
    await expect.poll(() => site.isChecked()).toBe(true);
    expect(await site.isDisabled()).toBe(false);
    await expect.poll(() => readStorage(popup, 'local', 'paused')).toBe(false);
    await popup.close();
  });
});

describe('call pages', () => {
  it('never coaches the meeting chat; popup and panel show the saved stories’ cue cards', async () => {
    await seedStorage(ext.context, ext.extensionId, 'local', { stories: [SAVED_STORY] });
    const call = await openTab(ext.context, CALL_URL);
    await call.page.locator('#chat').click();
    await call.page.keyboard.insertText(CHAT_LINE);
    // A normal page typed into afterwards is coached: the chat line had its chance to arrive.
    const notes = await openTab(ext.context, NOTES_URL);
    await notes.page.locator('#answer').click();
    await notes.page.keyboard.insertText(ANSWER);
    const panel = await openPanel(notes.tabId);
    await panel.locator('article[data-rule]').first().waitFor({ timeout: 15_000 });
    expect(await readStorage(panel, 'session', `tab:${call.tabId}`)).toBeUndefined();
    await panel.close();

    const popup = await openPopup(call.tabId);
    await popup.locator('[data-mode="before-call"]').waitFor();
    await popup.locator('[data-cue-card]').first().waitFor();
    const shown = (await popup.textContent('body')) ?? '';
    expect(shown).not.toContain('This page:');
    expect(shown).not.toContain('happy to talk about it');
    expect(shown).toContain('Timeouts fell from 4% to zero.');
    expect(await seriousViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-call');
    await popup.close();

    const callPanel = await openPanel(call.tabId);
    await callPanel.locator('[data-mode="before-call"]').waitFor();
    expect(await callPanel.locator('[data-cue-card]').allTextContents()).toEqual([expect.stringContaining('Timeouts fell from 4% to zero.')]);
    await callPanel.getByRole('heading', { name: 'Saved story: The checkout cache outage' }).waitFor();
    expect(await callPanel.locator('[data-rule]').count()).toBe(0);
    expect(await seriousViolations(callPanel)).toEqual([]);
    await screenshot(callPanel, 'sidepanel-call');
    await callPanel.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(callPanel)).toEqual([]);
    await callPanel.close();
    await call.page.close();
    await notes.page.close();
  });
});

describe('toolbar badge', () => {
  it('counts the fixes of the tab’s answer, and clears when there is none', async () => {
    const notes = await openTab(ext.context, `${NOTES_URL}?badge`);
    await notes.page.locator('#answer').click();
    await notes.page.keyboard.insertText(ANSWER);
    await expect.poll(() => badgeOf(notes.tabId), { timeout: 15_000 }).toMatch(/^[1-9]\d*$/);
    const panel = await openPanel(notes.tabId);
    await panel.locator('article[data-rule]').first().waitFor();
    expect(await panel.locator('article[data-rule]').count()).toBe(Number(await badgeOf(notes.tabId)));
    // A first sentence has nothing to fix yet: its points are still to come, and the badge is empty.
    await notes.page.locator('#answer').fill('');
    await notes.page.locator('#answer').click();
    await notes.page.keyboard.insertText('Last spring our checkout service started timing out after a caching change I had shipped, and I was on call.');
    await panel.locator('[data-upcoming-count]').waitFor({ timeout: 15_000 });
    await expect.poll(() => badgeOf(notes.tabId), { timeout: 15_000 }).toBe('');
    await panel.close();
    await notes.page.close();
  });
});

describe('notices', () => {
  it('show one at a time, in their own room below the content, for at most 3 s', async () => {
    const panel = await openPanel(WEAK_TAB, 360, 800);
    await panel.locator('article[data-rule]').first().waitFor();
    // The last card sits at the bottom of the scrolled panel, where a floating notice would cover it.
    const copies = panel.getByRole('button', { name: /^Copy suggestion/ });
    await copies.last().scrollIntoViewIfNeeded();
    await copies.last().click();
    const notice = panel.locator('.notice');
    await notice.filter({ hasText: /./ }).waitFor();
    const shownAt = Date.now();
    const layout = await panel.evaluate(() => {
      const box = document.querySelector('.notice')!.getBoundingClientRect();
      const content = document.querySelector('.content')!.getBoundingClientRect();
      // The part of a control on screen: the scrolling content clips what is scrolled out of it.
      const shown = (el: HTMLElement) => {
        const r = el.getBoundingClientRect();
        return el.closest('.content') ? { top: Math.max(r.top, content.top), bottom: Math.min(r.bottom, content.bottom), left: r.left, right: r.right } : r;
      };
      const covered = [...document.querySelectorAll<HTMLElement>('button, a, input, select, textarea, [tabindex]')]
        .filter((el) => !el.closest('.notice'))
        .filter((el) => {
          const r = shown(el);
          return r.bottom > r.top && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
        })
        .map((el) => el.outerHTML.slice(0, 80));
      const used = document.activeElement!.getBoundingClientRect();
      return { covered, usedInView: used.top >= content.top && used.bottom <= content.bottom };
    });
    // Nothing sits under the notice, and the button just clicked is still in view.
    expect(layout).toEqual({ covered: [], usedInView: true });
    // A second notice replaces the first: one region, one message.
    await copies.first().scrollIntoViewIfNeeded();
    await copies.first().click();
    expect(await panel.locator('[role="status"]:not(:empty)').count()).toBe(1);
    await screenshot(panel, 'sidepanel-notice');
    await notice.filter({ hasText: /./ }).waitFor({ state: 'detached', timeout: 5000 });
    // Each click restarts the clock; the first notice went within 3 s of the last click, with slack for a busy machine.
    expect(Date.now() - shownAt).toBeLessThan(5000);
    await panel.close();
  });
});
