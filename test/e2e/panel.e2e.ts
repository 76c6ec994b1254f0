// Side panel layout and honest states (issue 13: points 1, 2, 3, 8, 9, 10), in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, screenshot, type LaunchedExtension } from './harness';
import { fixtureState, seedTabState } from './ui-helpers';

const WEAK_TAB = 9301;
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

beforeAll(async () => {
  ext = await launchExtension();
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
    const tops = await panel.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await screenshot(panel, `sidepanel-${width}`);
    await panel.emulateMedia({ colorScheme: 'dark' });
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
    await screenshot(panel, 'sidepanel-first-sentence');
    await panel.locator('[data-action="full-check"]').click();
    await panel.locator('article[data-rule="missing-reflection"]').waitFor();
    expect(await panel.locator('[data-upcoming-count]').count()).toBe(0);
    await panel.close();
  });
});
