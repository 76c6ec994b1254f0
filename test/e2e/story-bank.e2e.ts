// The story bank as a candidate uses it before a loop: save an answer from a page (saving again
// updates it), read, rename, tag, edit and load it into the draft, see which questions the saved
// stories cover, and export/import all of it.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, screenshot, serveFixtures, tabIdOf, type LaunchedExtension } from './harness';
import { readStorage, seriousViolations } from './ui-helpers';

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
  'The staged rollout shipped a week later and search errors stayed under 0.1%.',
  '',
  'Q2: Tell me about a time you worked under a tight deadline.',
  'Finance needed the billing export two weeks before the end of the quarter.',
  'I cut two reports from the scope, told my manager why, and shipped the core export.',
  'Finance closed the quarter on time with the core export.',
].join('\n');

interface Stored {
  id: string;
  title: string;
  text: string;
  question: string;
  tags: string[];
  origin?: { label: string; story: string };
}

let ext: LaunchedExtension;
let page: Page;
let panel: Page;

const stored = async () => (await readStorage(panel, 'local', 'stories')) as Stored[];
const rows = () => panel.getByRole('list', { name: 'Saved stories' }).locator(':scope > li');
const row = (title: string) => rows().filter({ hasText: title });
/** Opens a saved story by its title, as a reader would. */
async function openRow(title: string): Promise<void> {
  const button = row(title).locator('.story-main');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

async function saveFromPanel(expectButton: RegExp, submit: string): Promise<void> {
  await panel.getByRole('tab', { name: /Stories/ }).click();
  await panel.getByRole('button', { name: expectButton }).click();
  await panel.getByRole('button', { name: submit, exact: true }).click();
}

beforeAll(async () => {
  ext = await launchExtension();
  await serveFixtures(ext.context, { [PREP_URL]: 'test/fixtures/pages/prep.html' });
  page = await ext.context.newPage();
  await page.goto(PREP_URL);
  panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${await tabIdOf(page)}`);
  await panel.setViewportSize({ width: 360, height: 800 });
  await page.bringToFront();
  await page.locator('#incident').click();
  await page.keyboard.insertText(INCIDENT);
  await panel.locator('[data-question="production-incident"]').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await ext?.close();
});

describe('saving the same answer', () => {
  it('saves twice → one story, updated with the edited text', async () => {
    await saveFromPanel(/^Save this answer as a story$/, 'Save story');
    await panel.getByText(/^Saved “/).waitFor();
    const [first] = await stored();
    expect(first!.title).not.toMatch(/…$/);
    expect(first!.title).toBe('Our payment webhooks started failing silently after a');

    // Edit the answer in the page, then save again: the bank offers to update, and does.
    const words = await panel.locator('[data-words]').getAttribute('data-words');
    await page.bringToFront();
    await page.locator('#incident').press('ControlOrMeta+End');
    await page.keyboard.insertText('\nI now review every queue setting change with the team that owns the consumers.');
    await panel.locator(`[data-words]:not([data-words="${words}"])`).waitFor({ timeout: 15_000 });
    await saveFromPanel(/^Save again \(updates “Our payment webhooks/, 'Update story');
    await panel.getByText(/^Updated “/).waitFor();
    const after = await stored();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(first!.id);
    expect(after[0]!.text).toContain('I now review every queue setting change');
    expect(after[0]!.origin).toMatchObject({ label: 'Tell me about a production incident you handled', story: '#0' });
    expect(await rows().count()).toBe(1);
  });
});

describe('working on a saved story', () => {
  it('reads, renames and tags a story', async () => {
    await openRow('Our payment webhooks');
    await expect(panel.getByLabel(/^Text of “Our payment webhooks/).textContent()).resolves.toContain('Failed payments fell from 3% to zero');
    await panel.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = panel.getByRole('form', { name: /^Edit “/ });
    await form.getByRole('textbox', { name: 'Title' }).fill('Silent webhook failures');
    await form.getByRole('textbox', { name: /Tags/ }).fill('ownership,  payments , Ownership');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await row('Silent webhook failures').getByText('A production incident you handled · ownership, payments').waitFor();
    expect((await stored())[0]).toMatchObject({ title: 'Silent webhook failures', tags: ['ownership', 'payments'] });
  });

  it('loads a story into the draft box with its question, and asks before replacing unsaved draft text', async () => {
    await panel.getByRole('button', { name: 'Draft', exact: true }).click();
    await panel.getByRole('textbox', { name: 'Your draft' }).fill('Some notes I have not saved yet.');
    await panel.getByRole('button', { name: 'This page', exact: true }).click();
    await panel.getByRole('tab', { name: /Stories/ }).click();
    await openRow('Silent webhook failures');
    await panel.getByRole('button', { name: 'Load into draft' }).click();
    await panel.getByRole('group', { name: 'Replace the draft?' }).waitFor();
    await panel.getByRole('button', { name: 'Replace the draft' }).click();
    const box = panel.getByRole('textbox', { name: 'Your draft' });
    await expect(box.inputValue()).resolves.toContain('Our payment webhooks started failing silently');
    await panel.locator('[data-question="production-incident"][data-question-origin="chosen"]').waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'This page', exact: true }).click();
  });
});

describe('coverage map', () => {
  it('after saving three stories, shows which questions each answers, the strongest, and the gaps', async () => {
    await page.bringToFront();
    await page.locator('#prep').click();
    await page.keyboard.insertText(PREP);
    await panel.locator('[data-question="deadline"]').waitFor({ timeout: 15_000 });
    await saveFromPanel(/^Save this answer as a story$/, 'Save story');
    await panel.getByText(/^Saved “/).waitFor();
    await panel.getByRole('combobox', { name: 'Answer to coach' }).selectOption('0');
    await panel.locator('[data-question="conflict"]').waitFor();
    await saveFromPanel(/^Save this answer as a story$/, 'Save story');
    await panel.getByText('Saved “Tell me about a conflict with a colleague.”').waitFor();
    expect(await rows().count()).toBe(3);

    const [incident, deadline, conflict] = (await stored()).map((s) => s.id);
    const coverage = (q: string) => panel.locator(`[data-coverage-question="${q}"]`);
    await coverage('production-incident').waitFor({ timeout: 15_000 });
    await expect(coverage('production-incident').getAttribute('data-strongest')).resolves.toBe(incident);
    await expect(coverage('conflict').getAttribute('data-stories')).resolves.toBe(conflict);
    await expect(coverage('deadline').getAttribute('data-strongest')).resolves.toBe(deadline);
    // The tag "ownership" puts the incident story under the ownership question.
    await expect(coverage('ownership').getAttribute('data-stories')).resolves.toContain(incident!);
    await expect(coverage('ambiguity').getAttribute('data-stories')).resolves.toBe('');
    await coverage('ambiguity').getByText('No story yet').waitFor();
    await panel.getByText(/have no story yet/).waitFor();
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.locator('.coverage').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(panel, 'story-bank-coverage', false);
    await openRow('Silent webhook failures');
    await row('Silent webhook failures').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(panel, 'story-bank-story', false);
  });
});

describe('export and import', () => {
  it('keeps tags, questions and where each story came from, and still reads older exports', async () => {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export JSON' }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { stories: Stored[] };
    expect(file.stories).toHaveLength(3);
    expect(file.stories[0]).toMatchObject({ title: 'Silent webhook failures', tags: ['ownership', 'payments'], origin: { story: '#0' } });

    for (const s of await stored()) {
      await panel.getByRole('button', { name: `Delete “${s.title}”` }).click();
      await panel.getByText(`Deleted “${s.title}”.`).waitFor();
    }
    // An export from before tags and origins existed, next to the new one.
    const older = { app: 'star-coach', schemaVersion: 1, stories: [{ id: 'old-1', title: 'Old story…', question: 'failure', text: 'I missed the launch date. I told the team early.' }] };
    for (const [name, json, title] of [['new.json', file, 'Silent webhook failures'], ['old.json', older, 'Old story']] as const) {
      await panel.getByLabel('Import stories from a JSON file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
      await row(title).waitFor();
    }
    await row('Old story').waitFor();
    const back = await stored();
    expect(back.map((s) => s.title)).toEqual(['Silent webhook failures', 'Tell me about a time you worked under a tight deadline.', 'Tell me about a conflict with a colleague.', 'Old story']);
    expect(back[0]).toMatchObject({ tags: ['ownership', 'payments'], origin: { label: 'Tell me about a production incident you handled' } });
    expect(back[3]).toMatchObject({ tags: [], question: 'failure' });
  });
});
