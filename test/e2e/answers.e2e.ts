// Each answer of a page keeps its own question (from its heading, else its field's label, else the
// user's choice for that answer alone), and the panel follows the caret on clicks, not only typing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, screenshot, serveFixtures, tabIdOf, type LaunchedExtension } from './harness';

const PREP_URL = 'https://prep.example.test/prep.html';
const INCIDENT = [
  'Our payment webhooks started failing silently after a queue change I had shipped.',
  'I owned the fix because the queue was my change. I reproduced the failure locally and traced it to a retry limit.',
  'I raised the limit, added an alert on dropped messages and replayed the lost events.',
  'Failed payments fell from 3% to zero within a day.',
].join('\n');
const PREP = [
  'Q1: Tell me about a conflict with a colleague.',
  'Dana and I disagreed about the rollout plan for the new search page.',
  'I set up a call, we compared the error data, and I proposed a staged rollout.',
  'The staged rollout shipped a week later with no incidents.',
  '',
  'Q2: Tell me about a time you worked under a tight deadline.',
  'Finance needed the billing export two weeks before the end of the quarter.',
  'I cut two reports from the scope, told my manager why, and shipped the core export.',
  'Finance closed the quarter on time with the core export.',
].join('\n');

let ext: LaunchedExtension;
let page: Page;
let panel: Page;

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

const question = () => panel.locator('[data-question]');
const picker = () => panel.getByRole('combobox', { name: 'Answer to coach' });

describe('the question of each answer', () => {
  it('takes the question from the field’s label when the answer has no heading, without the user choosing', async () => {
    await page.bringToFront();
    await page.locator('#incident').click();
    await page.keyboard.insertText(INCIDENT);
    await panel.locator('[data-question="production-incident"][data-question-origin="label"]').waitFor({ timeout: 15_000 });
    await expect(question().locator('select option:checked').textContent()).resolves.toBe('A production incident you handled');
    await expect(question().getByText('from field label').isVisible()).resolves.toBe(true);
    await screenshot(panel, 'question-from-label', false);
  });

  it('takes each answer’s question from its heading in a prep document', async () => {
    await page.bringToFront();
    await page.locator('#prep').click();
    await page.keyboard.insertText(PREP);
    // The caret ends in the second answer.
    await panel.locator('[data-question="deadline"][data-question-origin="heading"]').waitFor({ timeout: 15_000 });
    await picker().selectOption('0');
    await panel.locator('[data-question="conflict"][data-question-origin="heading"]').waitFor();
  });

  it('keeps a chosen question with that answer only', async () => {
    await question().locator('select').selectOption('leadership');
    await panel.locator('[data-question="leadership"][data-question-origin="chosen"]').waitFor({ timeout: 15_000 });
    await picker().selectOption('1');
    await panel.locator('[data-question="deadline"][data-question-origin="heading"]').waitFor();
    await picker().selectOption('0');
    await panel.locator('[data-question="leadership"][data-question-origin="chosen"]').waitFor();
    // Back to detection.
    await question().locator('select').selectOption('auto');
    await panel.locator('[data-question="conflict"][data-question-origin="heading"]').waitFor({ timeout: 15_000 });
  });
});

describe('following the caret', () => {
  it('switches to the answer the user clicks into, with no typing', async () => {
    await page.bringToFront();
    const box = (await page.locator('#prep').boundingBox())!;
    // Below the last line: the caret goes to the end of the text, in the second answer.
    await page.mouse.click(box.x + 40, box.y + box.height - 12);
    await panel.locator('[data-question="deadline"]').waitFor({ timeout: 10_000 });
    expect(await picker().inputValue()).toBe('1');
    // The first line: the first answer.
    await page.mouse.click(box.x + 40, box.y + 20);
    await panel.locator('[data-question="conflict"]').waitFor({ timeout: 10_000 });
    expect(await picker().inputValue()).toBe('0');
    // Arrow keys move the caret too.
    await page.keyboard.press('ControlOrMeta+End');
    await panel.locator('[data-question="deadline"]').waitFor({ timeout: 10_000 });
  });

  it('moves the caret without a new analysis', async () => {
    const version = () => panel.evaluate(async () => {
      const all = await (globalThis as unknown as { chrome: { storage: { session: { get(): Promise<Record<string, { version: number; caret?: number }>> } } } }).chrome.storage.session.get();
      return Object.values(all).map((s) => [s.version, s.caret]);
    });
    const before = await version();
    const box = (await page.locator('#prep').boundingBox())!;
    await page.mouse.click(box.x + 40, box.y + 20);
    await panel.locator('[data-question="conflict"]').waitFor({ timeout: 10_000 });
    const after = await version();
    expect(after.map(([v]) => v)).toEqual(before.map(([v]) => v));
    expect(after).not.toEqual(before);
  });

  it('follows the caret in a rich-text field too', async () => {
    await page.locator('#rich').click();
    await page.keyboard.insertText(PREP);
    await panel.locator('[data-question="deadline"]').waitFor({ timeout: 15_000 });
    await page.keyboard.press('ControlOrMeta+Home');
    await panel.locator('[data-question="conflict"]').waitFor({ timeout: 10_000 });
  });
});
