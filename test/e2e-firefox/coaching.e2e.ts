// The whole path in real Firefox (MV3 build): keystrokes in page fields and in the Google Docs
// stand-in → content scripts → background → the sidebar page, Apply and its undo, the popup's
// checklist, opening the sidebar, the Docs access prompt, and nothing sent anywhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { button, launchFirefox, poll, screenshot, serveDocs, startNetwork, type FirefoxSession, type FixtureNetwork } from './harness';
import { checklist, expectedStory, shown, waitForStory } from './panel-helpers';

// The WebExtension API inside the extension's pages, as far as these tests use it.
declare const browser: {
  permissions: { remove(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean> };
  sidebarAction: { isOpen(details: object): Promise<boolean>; close(): Promise<void> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  storage: { session: { get(key: string): Promise<Record<string, { text: string; source: { writable: boolean } } | undefined>> } };
};

const TEXTAREA_ANSWER = [
  'Situation: Last spring our checkout service started timing out after a caching change I had shipped.',
  'Task: I needed to get checkout working again before the evening peak.',
  'Action: We figured out the root cause together by reading the logs. The payments team owned the gateway, so I sent them a Slack message and they handled it.',
  'Result: The errors stopped and the team was happy.',
].join('\n');

// An answer with a word-for-word rewrite (passive voice), which Apply writes into the field.
const APPLY_ANSWER = [
  'Situation: Our checkout service started timing out after a caching change I had shipped.',
  'Task: I had to get checkout working again before the evening peak.',
  'Action: My teammate Lea and I dug into the logs together and found a cache key collision. The fix was deployed on Friday.',
  'Result: Timeouts fell from 4% to zero.',
].join('\n');

const RICH_ANSWER = [
  'Situation: A release of mine broke the login page for mobile users on a Friday.',
  'Task: Nobody had assigned it to me, but I wanted it fixed before the weekend.',
  'Action: We dug into the logs together and found a bad redirect. I pinged the identity team on Slack and they handled the fix.',
  'Result: Logins worked again the next morning.',
].join('\n');

const DOC_ANSWER = ['Situation: our payment service went down during a launch.', 'Action: We rolled back the release together. The fix was deployed on Friday.'];
const REWRITTEN = 'passive-voice';
const DOCS = 'https://docs.google.com/document/d';

let ff: FirefoxSession;
let network: FixtureNetwork;
let notes: Page;
let tabId: number;

beforeAll(async () => {
  network = await startNetwork({ '/notes.html': 'test/fixtures/pages/notes.html', '/withheld.html': 'test/fixtures/pages/notes.html' });
  // Firefox grants what the add-on asks for without its prompt, which headless Firefox cannot show.
  ff = await launchFirefox({ network, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  console.info(`Firefox e2e on ${ff.version}`);
  notes = await ff.browser.newPage();
  await notes.goto(network.url('/notes.html'));
  tabId = await ff.tabIdOf(network.url('/notes.html'));
});

afterAll(async () => {
  await ff?.close();
  await network?.close();
});

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.bringToFront();
  await page.click(selector);
  await page.keyboard.type(text);
}

const fieldValue = () => notes.evaluate(() => document.querySelector<HTMLTextAreaElement>('#answer')!.value);

describe('Firefox: typing in a page field coaches it in the sidebar page and popup', () => {
  it('shows the findings for an answer typed into a textarea', async () => {
    const story = expectedStory(TEXTAREA_ANSWER);
    await typeInto(notes, '#answer', TEXTAREA_ANSWER);
    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await waitForStory(panel, story);
    expect((await shown(panel)).rules).toEqual(expect.arrayContaining(['we-language', 'handoff']));
    await screenshot(panel, 'sidebar-textarea');
    await panel.close();
  });

  it('applies a suggestion in the textarea, and Ctrl+Z in the page takes it back', async () => {
    const story = expectedStory(APPLY_ANSWER);
    await notes.bringToFront();
    await notes.evaluate(() => (document.querySelector<HTMLTextAreaElement>('#answer')!.value = ''));
    await typeInto(notes, '#answer', APPLY_ANSWER);
    const finding = story.findings.find((f) => f.rule === REWRITTEN && f.replacement);
    if (!finding) throw new Error(`The answer no longer gets a ${REWRITTEN} rewrite: pick one that does.`);
    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await waitForStory(panel, story);
    await (await button(panel, 'Apply', `[data-rule="${REWRITTEN}"]`)).click();
    const applied = APPLY_ANSWER.slice(0, finding.start) + finding.replacement + APPLY_ANSWER.slice(finding.end);
    await poll(async () => (await fieldValue()) === applied, { message: 'Apply never changed the textarea.' });
    await poll(async () => !(await shown(panel)).rules.includes(REWRITTEN), { message: 'The panel kept the applied finding.' });

    await notes.bringToFront();
    await notes.focus('#answer');
    await notes.keyboard.down('Control');
    await notes.keyboard.press('z');
    await notes.keyboard.up('Control');
    await poll(async () => (await fieldValue()) === APPLY_ANSWER, { message: 'Ctrl+Z did not undo the Apply.' });
    await waitForStory(panel, story);
    await panel.close();
  });

  it('follows the contenteditable the user types in next, live in an open sidebar page', async () => {
    const story = expectedStory(RICH_ANSWER);
    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await typeInto(notes, '#rich', RICH_ANSWER);
    await waitForStory(panel, story);
    expect((await shown(panel)).rules).toEqual(expect.arrayContaining(['we-language', 'handoff']));
    await panel.close();
  });

  it('ticks the popup checklist from the same analysis', async () => {
    const story = expectedStory(RICH_ANSWER);
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    const expected = story.checklist.map((item) => ({ id: item.id, done: String(item.done) }));
    await poll(async () => JSON.stringify(await checklist(popup)) === JSON.stringify(expected), {
      message: `The popup checklist never matched ${JSON.stringify(expected)}.`,
    });
    expect(expected.some((item) => item.done === 'false')).toBe(true);
    await screenshot(popup, 'popup');
    await popup.close();
  });
});

describe('Firefox: opening the sidebar', () => {
  const isOpen = (page: Page) => page.evaluate(() => browser.sidebarAction.isOpen({}));

  it('opens from the popup’s Open coach button', async () => {
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    // Firefox opens a new add-on's sidebar by itself; closing it takes a click too (a user gesture).
    await popup.evaluate(() => {
      const close = document.createElement('button');
      close.textContent = 'Close the sidebar (test)';
      close.onclick = () => void browser.sidebarAction.close();
      document.body.prepend(close);
    });
    await (await button(popup, 'Close the sidebar (test)')).click();
    await poll(async () => !(await isOpen(popup)), { message: 'The sidebar did not close.' });
    await (await button(popup, 'Open coach')).click();
    // The popup closes itself once the sidebar is open: ask from another page.
    const probe = await ff.openExtensionPage('popup.html');
    await poll(() => isOpen(probe), { message: 'Open coach did not open the sidebar.' });
    await probe.close();
  });

  it('declares Alt+Shift+S for the sidebar, which Firefox binds itself', async () => {
    const page = await ff.openExtensionPage('popup.html');
    const commands = await page.evaluate(() => browser.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_sidebar_action', shortcut: 'Alt+Shift+S' }));
    await page.close();
  });
});

describe('Firefox: Google Docs (stand-in on its real origin)', () => {
  async function openDoc(docId: string): Promise<{ page: Page; tabId: number }> {
    const page = await ff.browser.newPage();
    await serveDocs(page, network, { [`${DOCS}/${docId}/edit`]: 'test/fixtures/pages/docs.html' });
    await page.goto(`${DOCS}/${docId}/edit`);
    return { page, tabId: await ff.tabIdOf(`${DOCS}/${docId}/edit`) };
  }
  const docText = (page: Page) => page.evaluate(() => (window as unknown as { fixtureText(): string }).fixtureText());
  async function typeInDoc(page: Page): Promise<void> {
    await page.bringToFront();
    await page.click('.kix-appview-editor');
    for (const [i, paragraph] of DOC_ANSWER.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(paragraph);
    }
  }

  it('reads the live text through the page-world bridge; Apply is off there and the panel says why', async () => {
    const { page, tabId: docTab } = await openDoc('annotated1');
    // The MAIN-world bridge named the add-on to Docs: MV3 Firefox ran it in the page.
    expect(await page.evaluate(() => (window as unknown as { fixtureFlag?: string }).fixtureFlag)).toBe('star-coach@example.org');
    await typeInDoc(page);
    const text = DOC_ANSWER.join('\n');
    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${docTab}`);
    await waitForStory(panel, expectedStory(text));
    // Firefox gives a scripted paste an empty clipboard: Docs would lose the words, so no Apply.
    expect(expectedStory(text).findings.some((f) => f.rule === REWRITTEN && f.replacement)).toBe(true);
    const card = await panel.evaluate((rule) => {
      const el = document.querySelector(`[data-rule="${rule}"]`);
      return { buttons: [...(el?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim()), note: document.querySelector('[data-note="firefox-docs-read-only"]') !== null };
    }, REWRITTEN);
    expect(card).toEqual({ buttons: ['Copy', 'Show in text'], note: true });
    await (await button(panel, 'Show in text', `[data-rule="${REWRITTEN}"]`)).click();
    const finding = expectedStory(text).findings.find((f) => f.rule === REWRITTEN)!;
    const said = () => panel.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').join(' | '));
    await poll(async () => (await said()).includes('Selected in the text.'), {
      message: 'Show in text did not select the sentence in the Doc.',
    });
    expect(await docText(page)).toBe(text);
    expect(text.slice(finding.start, finding.end)).toBe('The fix was deployed on Friday.');
    await screenshot(panel, 'sidebar-docs');
    await panel.close();
  });

  it('says when Docs access is off, asks for it from the sidebar, and coaches the Doc after a reload', async () => {
    // As a user who turned off the add-on's site access in about:addons (all sites cover Docs too).
    const settings = await ff.openExtensionPage('popup.html');
    expect(await settings.evaluate(() => browser.permissions.remove({ origins: ['https://docs.google.com/*', '<all_urls>'] }))).toBe(true);
    await settings.close();
    const { page, tabId: docTab } = await openDoc('annotated2');
    expect(await page.evaluate(() => (window as unknown as { fixtureFlag?: string }).fixtureFlag)).toBeUndefined();

    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${docTab}`);
    const state = () => panel.evaluate(() => document.querySelector('[data-access="docs"]')?.getAttribute('data-access-state') ?? null);
    await poll(async () => (await state()) === 'missing', { message: 'The sidebar never said Docs access is off.' });
    await screenshot(panel, 'sidebar-docs-access-off');
    await (await button(panel, 'Allow Google Docs')).click();
    await poll(async () => (await state()) === 'reload', { message: 'Allowing Docs did not ask for a reload.' });
    await (await button(panel, 'Reload tab')).click();
    await poll(async () => (await state()) === null, { message: 'The notice stayed after the reload.' });
    await poll(async () => (await page.evaluate(() => (window as unknown as { fixtureFlag?: string }).fixtureFlag)) === 'star-coach@example.org', {
      message: 'The Docs bridge did not start after the reload.',
    });
    await typeInDoc(page);
    await waitForStory(panel, expectedStory(DOC_ANSWER.join('\n')));
    await panel.close();
  });
});

describe('Firefox: a site the user has not allowed', () => {
  it('says so in the sidebar, asks for that site only, and coaches it after a reload', async () => {
    // Site access for all sites was taken back in the test above.
    const page = await ff.browser.newPage();
    await page.goto(network.url('/withheld.html'));
    const panel = await ff.openExtensionPage(`sidepanel.html?tab=${await ff.tabIdOf(network.url('/withheld.html'))}`);
    const state = () => panel.evaluate(() => document.querySelector('[data-access="site"]')?.getAttribute('data-access-state') ?? null);
    await poll(async () => (await state()) === 'missing', { message: 'The sidebar never said the site is not allowed.' });
    await (await button(panel, 'Allow on 127.0.0.1')).click();
    await poll(async () => (await state()) === 'reload', { message: 'Allowing the site did not ask for a reload.' });
    expect(await panel.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] }))).toBe(false);
    await (await button(panel, 'Reload tab')).click();
    await poll(async () => (await state()) === null, { message: 'The notice stayed after the reload.' });
    await typeInto(page, '#answer', RICH_ANSWER);
    await waitForStory(panel, expectedStory(RICH_ANSWER));
    await panel.close();
  });
});

describe('Firefox: network', () => {
  it('sent no request beyond the pages it coached and the Docs stand-in', () => {
    expect(network.blocked).toEqual([]);
    if (network.firefox.length) console.info(`Firefox's own requests to Mozilla, refused: ${new Set(network.firefox).size} distinct`);
    const allowed = [network.url('/notes.html'), network.url('/withheld.html'), `${DOCS}/annotated1/edit`, `${DOCS}/annotated2/edit`];
    for (const line of network.served) expect(allowed).toContain(line.replace(/^GET /, ''));
  });
});
