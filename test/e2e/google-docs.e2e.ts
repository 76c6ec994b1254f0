// Google Docs on its real origin (served from fixtures by request routing): the annotated-canvas
// source with apply, and the export source with its signed-out, no-access and rate-limit answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import type { SourceStatus } from '../../lib/messaging';
import { launchExtension, openExtensionPage, screenshot, serveFixtures, tabIdOf, type FixtureNetwork, type FixtureResponse, type LaunchedExtension } from './harness';
import { applyOver, openProbe, tabState } from './sources-helpers';

const DOCS = 'https://docs.google.com/document';
const SIGN_IN = 'https://accounts.google.com/ServiceLogin';
const PARAGRAPH1 = 'Situation: our payment service went down during a launch.';
const PARAGRAPH2 = 'I rolled back the release and wrote a test for the bug.';

let ext: LaunchedExtension;
let network: FixtureNetwork;
let probe: Page;
const pages = new Map<string, Page>();
/** What each Doc's export answers, by doc id; a list is answered in turn, its last entry forever. */
const exportAnswers = new Map<string, ((page: Page) => Promise<FixtureResponse>)[]>();

async function exportOf(request: Request): Promise<FixtureResponse> {
  const docId = /\/d\/([^/]+)\/export/.exec(request.url())?.[1] ?? '';
  const answers = exportAnswers.get(docId) ?? [];
  const answer = answers.length > 1 ? answers.shift()! : answers[0];
  const page = pages.get(docId);
  if (!answer || !page) return { status: 404, body: '' };
  return answer(page);
}

const fromDoc = async (page: Page): Promise<FixtureResponse> => ({
  contentType: 'text/plain; charset=utf-8',
  body: `\uFEFF${(await page.evaluate(() => (window as unknown as { fixtureText(): string }).fixtureText())).replace(/\n/g, '\r\n')}`,
});
const fixed = (status: number, headers: Record<string, string> = {}) => async (): Promise<FixtureResponse> => ({ status, headers, body: '' });

const DOC_IDS = ['annotated1', 'canvas-ok', 'canvas-signed-out', 'canvas-denied', 'canvas-limited'];

beforeAll(async () => {
  ext = await launchExtension();
  const routes: Parameters<typeof serveFixtures>[1] = { [SIGN_IN]: { body: '<title>Sign in</title>' } };
  for (const id of DOC_IDS) {
    routes[`${DOCS}/d/${id}/edit`] = 'test/fixtures/pages/docs.html';
    routes[`${DOCS}/d/${id}/export?format=txt`] = exportOf;
  }
  network = await serveFixtures(ext.context, routes);
  probe = await openProbe(ext.context, ext.extensionId);
});

afterAll(async () => {
  await ext?.close();
});

async function openDoc(docId: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  pages.set(docId, page);
  await page.goto(`${DOCS}/d/${docId}/edit`);
  return { page, tabId: await tabIdOf(page) };
}

async function typeInDoc(page: Page, ...paragraphs: string[]): Promise<void> {
  await page.locator('.kix-appview-editor').click();
  for (const [i, paragraph] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(paragraph);
  }
}

const coached = async (tabId: number) => (await tabState(probe, tabId))?.text.trim();
const statusOf = async (tabId: number): Promise<SourceStatus | undefined> => (await tabState(probe, tabId))?.status;

describe('annotated canvas', () => {
  it('names our extension in the flag, reads the live text and applies through Docs', async () => {
    const { page, tabId } = await openDoc('annotated1');
    expect(await page.evaluate(() => (window as unknown as { fixtureFlag?: string }).fixtureFlag)).toBe(ext.extensionId);
    await typeInDoc(page, PARAGRAPH1, PARAGRAPH2);
    await expect.poll(() => coached(tabId), { timeout: 10_000 }).toBe(`${PARAGRAPH1}\n${PARAGRAPH2}`);
    const state = await tabState(probe, tabId);
    expect(state?.source).toMatchObject({ kind: 'google-docs', label: 'Interview prep', writable: true });

    expect(await applyOver(probe, tabId, 'our payment', 'my payment')).toEqual({ ok: true });
    await expect.poll(() => page.evaluate(() => (window as unknown as { fixtureText(): string }).fixtureText())).toBe(
      `${PARAGRAPH1.replace('our payment', 'my payment')}\n${PARAGRAPH2}`,
    );
    await expect.poll(() => coached(tabId), { timeout: 10_000 }).toContain('my payment');
    await screenshot(page, 'google-docs-annotated');
  });
});

describe('export (canvas only)', () => {
  it('reads the Doc through its export, again after edits, and offers no write-back', async () => {
    exportAnswers.set('canvas-ok', [fromDoc]);
    const { page, tabId } = await openDoc('canvas-ok');
    await typeInDoc(page, PARAGRAPH1);
    await expect.poll(() => coached(tabId), { timeout: 15_000 }).toBe(PARAGRAPH1);
    expect((await tabState(probe, tabId))?.source).toMatchObject({ kind: 'google-docs', label: 'Interview prep', writable: false });

    // The panel says how fresh the text is, offers no action that cannot work on the export, and
    // keeps the last report on screen while the Doc is read again.
    const panel = await openExtensionPage(ext.context, ext.extensionId, `sidepanel.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.locator('[data-freshness="fresh"]').getByText(/^Docs export · updated (just now|\d+ s ago)$/).waitFor();
    await panel.getByText('Suggestions can be copied into your Doc').waitFor();
    expect(await panel.getByRole('button', { name: /^(Apply|Show in text)/ }).count()).toBe(0);

    await page.keyboard.press('Enter');
    await page.keyboard.type(PARAGRAPH2);
    await panel.locator('[data-freshness="updating"]').waitFor({ timeout: 15_000 });
    expect(await panel.locator('[data-section]').count()).toBeGreaterThan(0);
    expect(await panel.locator('.spinner').count()).toBe(0);
    await screenshot(panel, 'sidepanel-docs-export');
    await expect.poll(() => coached(tabId), { timeout: 15_000 }).toBe(`${PARAGRAPH1}\n${PARAGRAPH2}`);
    await panel.locator('[data-freshness="fresh"]').waitFor();
    await panel.close();
    expect(await applyOver(probe, tabId, 'our payment', 'my payment')).toEqual({ ok: false, reason: 'not-writable' });
  });

  it('says signed out when the export redirects to sign-in', async () => {
    exportAnswers.set('canvas-signed-out', [fixed(302, { location: SIGN_IN })]);
    const { tabId } = await openDoc('canvas-signed-out');
    await expect.poll(() => statusOf(tabId), { timeout: 15_000 }).toBe('signed-out');
  });

  it('says no access on 403', async () => {
    exportAnswers.set('canvas-denied', [fixed(403)]);
    const { tabId } = await openDoc('canvas-denied');
    await expect.poll(() => statusOf(tabId), { timeout: 15_000 }).toBe('no-access');
  });

  it('backs off on 429 and reads the Doc once Docs answers again', async () => {
    exportAnswers.set('canvas-limited', [fixed(429, { 'retry-after': '1' }), fromDoc]);
    const { page, tabId } = await openDoc('canvas-limited');
    await typeInDoc(page, PARAGRAPH2);
    await expect.poll(() => statusOf(tabId), { timeout: 15_000 }).toBe('rate-limited');
    await expect.poll(() => coached(tabId), { timeout: 20_000 }).toBe(PARAGRAPH2);
    expect(await statusOf(tabId)).toBe('ok');
  });

  it('sends no request other than the Docs export (and the sign-in redirect it answered)', () => {
    expect(network.blocked).toEqual([]);
    const sent = network.served.filter((line) => !line.endsWith('/edit'));
    expect(sent.every((line) => line.includes('/export?format=txt') || line.endsWith(SIGN_IN))).toBe(true);
  });
});
