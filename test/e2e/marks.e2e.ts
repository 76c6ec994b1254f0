// Marks in the page: a flagged sentence is underlined in the page's own field (a textarea through
// an overlay, a rich editor through the CSS Custom Highlight API), named on hover, opened in the
// panel on click, gone once fixed, and never drawn when the setting is off.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, openExtensionPage, screenshot, serveFixtures, tabIdOf, type LaunchedExtension } from './harness';

const PREP_URL = 'https://prep.example.test/prep.html';
// "We" on a key step: flagged (we-language) in the Action.
const ANSWER = [
  'Situation: Our checkout service started timing out after a caching change I had shipped.',
  'Task: I had to get checkout working again before the evening peak.',
  'Action: We dug into the logs together and found a cache key collision. I wrote a fix with a regression test and deployed it.',
  'Result: Timeouts fell from 4% to zero and checkout revenue recovered.',
  'Reflection: I now load-test every cache change before shipping it.',
].join('\n');
const FLAGGED = 'We dug into the logs together and found a cache key collision.';

let ext: LaunchedExtension;
let page: Page;
let panel: Page;

const highlighted = () =>
  page.evaluate(() => {
    const h = CSS.highlights.get('star-coach');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });

async function hoverText(selector: string, text: string): Promise<void> {
  // The middle of the first word of `text` inside the field, found with a mirror of its layout.
  const point = await page.evaluate(
    ([sel, t]) => {
      const el = document.querySelector(sel)!;
      if (el instanceof HTMLTextAreaElement) {
        const at = el.value.indexOf(t);
        const mirror = document.createElement('div');
        const css = getComputedStyle(el);
        for (const p of ['font', 'padding', 'border', 'boxSizing', 'lineHeight', 'whiteSpace', 'overflowWrap', 'width'] as const) mirror.style[p] = css[p];
        mirror.style.whiteSpace = 'pre-wrap';
        mirror.style.position = 'absolute';
        mirror.style.visibility = 'hidden';
        const r = el.getBoundingClientRect();
        mirror.style.left = `${r.left + scrollX}px`;
        mirror.style.top = `${r.top + scrollY}px`;
        const span = document.createElement('span');
        span.textContent = t.slice(0, 2);
        mirror.append(el.value.slice(0, at), span);
        document.body.append(mirror);
        const box = span.getBoundingClientRect();
        mirror.remove();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 - el.scrollTop };
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(t.slice(0, 10));
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 2);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`${t} not in ${sel}`);
    },
    [selector, text] as const,
  );
  await page.mouse.move(point.x, point.y);
}

/** The tooltip that names the finding under the pointer or the caret. */
const tooltip = () => page.getByRole('tooltip');

beforeAll(async () => {
  ext = await launchExtension();
  await serveFixtures(ext.context, { [PREP_URL]: 'test/fixtures/pages/prep.html' });
  page = await ext.context.newPage();
  await page.goto(PREP_URL);
  panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${await tabIdOf(page)}`);
  await panel.setViewportSize({ width: 360, height: 800 });
});

afterAll(async () => {
  await ext?.close();
});

describe('marks in a textarea', () => {
  it('underlines the flagged sentence, names it on hover, and opens it in the panel on click', async () => {
    await page.bringToFront();
    await page.locator('#prep').click();
    await page.keyboard.insertText(ANSWER);
    await panel.locator('[data-rule="we-language"]').waitFor({ timeout: 15_000 });
    // The underline is drawn over the sentence itself, inside the textarea.
    const drawn = page.locator('star-coach-marks').locator('s').filter({ hasText: FLAGGED });
    await drawn.waitFor({ timeout: 10_000 });
    const [mark, field] = [(await drawn.boundingBox())!, (await page.locator('#prep').boundingBox())!];
    expect(mark.y).toBeGreaterThan(field.y);
    expect(mark.y + mark.height).toBeLessThan(field.y + field.height);
    await hoverText('#prep', FLAGGED);
    await tooltip().waitFor({ timeout: 5_000 });
    const label = await tooltip().textContent();
    await expect(panel.locator('[data-rule="we-language"] h4').textContent()).resolves.toBe(label);
    await screenshot(page, 'marks-textarea', false);

    await page.mouse.down();
    await page.mouse.up();
    await panel.locator('[data-rule="we-language"][data-opened]').waitFor({ timeout: 10_000 });
  });

  it('is gone after the fix', async () => {
    await page.bringToFront();
    await page.locator('#prep').fill(ANSWER.replace('We dug into the logs together', 'I dug into the logs'));
    await panel.locator('[data-rule="we-language"]').waitFor({ state: 'detached', timeout: 15_000 });
    const message = 'This step is told as "we"';
    await expect.poll(() => page.locator('star-coach-marks s').filter({ hasText: 'dug into the logs' }).count(), { timeout: 10_000 }).toBe(0);
    await page.bringToFront();
    await hoverText('#prep', 'I dug into the logs');
    await page.waitForTimeout(300);
    expect((await tooltip().isVisible()) ? await tooltip().textContent() : '').not.toContain(message);
  });
});

describe('marks in a rich-text field', () => {
  it('highlights the flagged sentence without changing the editor’s DOM', async () => {
    await page.bringToFront();
    await page.locator('#rich').click();
    await page.keyboard.insertText(ANSWER);
    await panel.locator('[data-rule="we-language"]').waitFor({ timeout: 15_000 });
    await expect.poll(highlighted, { timeout: 10_000 }).toContain(FLAGGED);
    // Nothing was added to the editor: no wrapper, no class, no attribute of ours.
    expect(await page.locator('#rich').evaluate((el) => el.querySelectorAll('s, mark, span, [class], [style]').length)).toBe(0);
    await hoverText('#rich', FLAGGED);
    await tooltip().waitFor({ timeout: 5_000 });
    await screenshot(page, 'marks-rich', false);
  });


  it('draws nothing when the setting is off', async () => {
    await panel.getByRole('button', { name: 'Coaching settings' }).click();
    await panel.getByRole('switch', { name: 'Underline flagged sentences in the page' }).uncheck();
    await expect.poll(highlighted, { timeout: 10_000 }).toEqual([]);
    await panel.getByRole('switch', { name: 'Underline flagged sentences in the page' }).check();
    await expect.poll(async () => (await highlighted()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Done' }).click();
  });

  it('drops the highlight after the fix', async () => {
    await page.bringToFront();
    await page.locator('#rich').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(ANSWER.replace('We dug into the logs together', 'I dug into the logs'));
    await panel.locator('[data-rule="we-language"]').waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(highlighted, { timeout: 10_000 }).not.toContain(FLAGGED);
  });
});

describe('content script size', () => {
  it('stays within 20 kB minified', () => {
    expect(statSync(join(EXTENSION_DIR, 'content-scripts/notes.js')).size).toBeLessThanOrEqual(20 * 1024);
  });
});
