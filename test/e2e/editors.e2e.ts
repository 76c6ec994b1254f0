// Real editors (Quill, ProseMirror, Lexical, Tiptap, CKEditor 5, Draft.js, Slate) and plain fields in real Chromium
// with the built extension: what the user types, cuts, pastes and undoes is exactly the text the
// background coaches, and apply goes through the editor so that the page's undo reverts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, screenshot, serveFixtures, openTab, tabIdOf, type FixtureNetwork, type LaunchedExtension } from './harness';
import { applyFinding, applyOver, EDITABLE, editorRoutes, EDITORS, NOTES_ORIGIN, openPanel, openProbe, send, shownRules, sourcesLibRoutes, tabState } from './sources-helpers';

const LINE1 = 'Situation: our checkout service failed for an hour after my cache change.';
const LINE2 = 'I traced the bug in the logs and fixed it myself.';
// A weak action in the seed's manner: the work is "we", the fix is routed to another team.
// A named partner makes "I … with my teammate Lea" a true drop-in; a bare "we" only gets slots.
const WEAK = 'Action: My teammate Lea and I traced the bug in the logs. I pinged the payments team on Slack and they handled the fix.';
const FIELDS_URL = `${NOTES_ORIGIN}/fields.html`;
const FRAMES_URL = `${NOTES_ORIGIN}/frames.html`;
const SHADOW_URL = `${NOTES_ORIGIN}/shadow.html`;

let ext: LaunchedExtension;
let network: FixtureNetwork;
let probe: Page;

beforeAll(async () => {
  ext = await launchExtension();
  network = await serveFixtures(ext.context, {
    ...(await editorRoutes()),
    [FIELDS_URL]: 'test/fixtures/pages/fields.html',
    [FRAMES_URL]: 'test/fixtures/pages/frames.html',
    [`${NOTES_ORIGIN}/frame-inner.html`]: 'test/fixtures/pages/frame-inner.html',
    [SHADOW_URL]: 'test/fixtures/pages/shadow.html',
    ...(await sourcesLibRoutes()),
  });
  probe = await openProbe(ext.context, ext.extensionId);
});

afterAll(async () => {
  await ext?.close();
});

async function expectCoached(tabId: number, text: string): Promise<void> {
  await expect.poll(async () => (await tabState(probe, tabId))?.text, { timeout: 10_000 }).toBe(text);
}

async function open(url: string, selector: string): Promise<{ page: Page; tabId: number }> {
  const opened = await openTab(ext.context, url);
  await opened.page.locator(selector).click();
  return opened;
}

// Editors group quick edits into one undo step; a pause makes the next edit its own step.
const newUndoStep = (page: Page) => page.waitForTimeout(1200);

describe.each(EDITORS)('%s', (name) => {
  it('coaches exactly what was typed, cut, pasted and undone; apply goes through the editor and undoes', async () => {
    const { page, tabId } = await open(`${NOTES_ORIGIN}/editors/${name}.html`, EDITABLE[name]);
    await page.keyboard.type(LINE1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(WEAK);
    await expectCoached(tabId, `${LINE1}\n${WEAK}`);
    expect((await tabState(probe, tabId))?.source).toMatchObject({ kind: 'field', site: 'notes.example.test', writable: true });

    await newUndoStep(page);
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('ControlOrMeta+X');
    await expectCoached(tabId, `${LINE1}\n`);

    await newUndoStep(page);
    await page.keyboard.press('ControlOrMeta+V');
    await expectCoached(tabId, `${LINE1}\n${WEAK}`);

    await newUndoStep(page);
    await page.keyboard.press('ControlOrMeta+V');
    await expectCoached(tabId, `${LINE1}\n${WEAK}${WEAK}`);
    await newUndoStep(page);
    await page.keyboard.press('ControlOrMeta+Z');
    await expectCoached(tabId, `${LINE1}\n${WEAK}`);

    const panel = await openPanel(ext.context, ext.extensionId, tabId);
    await expect.poll(() => shownRules(panel)).toEqual(expect.arrayContaining(['we-language', 'handoff']));
    await panel.close();

    const applied = await applyFinding(probe, tabId, 'we-language');
    expect(applied.result).toEqual({ ok: true });
    await expectCoached(tabId, `${LINE1}\n${WEAK.replace(applied.before, applied.after)}`);
    await screenshot(page, `editor-${name}-applied`);

    await page.bringToFront();
    await newUndoStep(page);
    await page.keyboard.press('ControlOrMeta+Z');
    await expectCoached(tabId, `${LINE1}\n${WEAK}`);

    const state = (await tabState(probe, tabId))!;
    const start = state.text.indexOf('payments team');
    const reveal = { tabId, fieldId: state.source.fieldId, start, end: start + 'payments team'.length, expected: 'payments team' };
    expect(await send(probe, 'revealRange', reveal)).toEqual({ ok: true });
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('payments team');
    await page.close();
  });
});

describe('plain fields', () => {
  it('coaches a textarea and keeps its native undo after apply', async () => {
    const { page, tabId } = await open(FIELDS_URL, '#answer');
    await page.keyboard.type(LINE1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(LINE2);
    await expectCoached(tabId, `${LINE1}\n${LINE2}`);
    expect((await tabState(probe, tabId))?.source.label).toBe('Your answer');

    expect(await applyOver(probe, tabId, 'I traced', 'I personally traced')).toEqual({ ok: true });
    await expect.poll(() => page.locator('#answer').inputValue()).toBe(`${LINE1}\n${LINE2.replace('I traced', 'I personally traced')}`);
    await page.bringToFront();
    await page.keyboard.press('ControlOrMeta+Z');
    await expectCoached(tabId, `${LINE1}\n${LINE2}`);
    await page.close();
  });

  it('coaches a plain contenteditable, switches to the field being typed in, and refuses stale applies', async () => {
    const { page, tabId } = await open(FIELDS_URL, '#rich');
    await page.keyboard.type(LINE1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(LINE2);
    await expectCoached(tabId, `${LINE1}\n${LINE2}`);
    const richField = (await tabState(probe, tabId))?.source.fieldId;

    // A one-line input joins in once it holds a sentence.
    await page.locator('#summary').click();
    await page.keyboard.type('Short');
    await page.keyboard.type(' summary of what I did and why.');
    await expectCoached(tabId, 'Short summary of what I did and why.');
    expect((await tabState(probe, tabId))?.source.fieldId).not.toBe(richField);

    // A range whose text changed since the analysis is neither applied nor guessed at.
    const state = (await tabState(probe, tabId))!;
    const stale = await send(probe, 'applyReplacement', {
      tabId,
      fieldId: state.source.fieldId,
      start: 0,
      end: 5,
      expected: 'Other',
      replacement: 'Brief',
    });
    expect(stale).toEqual({ ok: false, reason: 'stale' });
    expect(await page.locator('#summary').inputValue()).toBe('Short summary of what I did and why.');

    expect(await send(probe, 'revealRange', { tabId, fieldId: state.source.fieldId, start: 6, end: 13, expected: 'summary' })).toEqual({ ok: true });
    expect(await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#summary')!;
      return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
    })).toBe('summary');
    await page.close();
  });

});

describe('text of rich fields, in the page', () => {
  type Lib = {
    readRichText(root: Node): { text: string };
    domRange(rich: { text: string }, start: number, end: number): Range | null;
    fieldFor(el: Element | null): Element | null;
  };
  let lib: Page;
  beforeAll(async () => {
    lib = await ext.context.newPage();
    await lib.goto(`${NOTES_ORIGIN}/lib.html`);
  });
  const textOf = (html: string) =>
    lib.evaluate((markup) => {
      const root = document.createElement('div');
      root.innerHTML = markup;
      document.body.append(root);
      const text = (window as unknown as { sourcesLib: Lib }).sourcesLib.readRichText(root).text;
      root.remove();
      return text;
    }, html);

  it('joins blocks with line breaks and keeps empty lines, as the user sees them', async () => {
    expect(await textOf('<p>One.</p><p><br></p><p>Two.</p>')).toBe('One.\n\nTwo.');
    expect(await textOf('<p>One.<br>Two.</p><p>Three.<br></p>')).toBe('One.\nTwo.\nThree.');
    expect(await textOf('<ul><li><p>First</p></li><li>Second</li></ul>')).toBe('First\nSecond');
    expect(await textOf('<div>\n  <p>Indented</p>\n  <p>markup</p>\n</div>')).toBe('Indented\nmarkup');
  });

  it('drops caret placeholders and reads non-breaking spaces as spaces', async () => {
    expect(await textOf('<p>I\u00a0fixed\uFEFF it</p>')).toBe('I fixed it');
    expect(await textOf('<p><span data-slate-zero-width="n">\uFEFF<br></span></p><p>Slate</p>')).toBe('\nSlate');
  });

  it('maps text offsets back onto the DOM, across blocks and placeholders', async () => {
    const selected = await lib.evaluate(() => {
      const { readRichText, domRange } = (window as unknown as { sourcesLib: Lib }).sourcesLib;
      const root = document.createElement('div');
      root.innerHTML = '<p>We <b>fixed</b> it.</p><p><br></p><p>Then\uFEFF we left.</p>';
      document.body.append(root);
      const rich = readRichText(root);
      const pick = (find: string) => {
        const start = rich.text.indexOf(find);
        return domRange(rich, start, start + find.length)?.toString().replace(/\uFEFF/g, '');
      };
      return [rich.text, pick('We fixed'), pick('it.\n\nThen'), pick('we left.')];
    });
    expect(selected).toEqual(['We fixed it.\n\nThen we left.', 'We fixed', 'it.Then', 'we left.']);
  });

  it('finds the editor root of a nested editable and refuses secret fields', async () => {
    const verdicts = await lib.evaluate(() => {
      const { fieldFor } = (window as unknown as { sourcesLib: Lib }).sourcesLib;
      document.body.insertAdjacentHTML(
        'beforeend',
        `<div id="root" contenteditable="true"><p id="inner">x</p></div>
         <input id="pw" type="password"><input id="cc" autocomplete="cc-number"><input id="otp" autocomplete="one-time-code">
         <input id="email" type="email"><textarea id="gone" hidden></textarea><textarea id="ok"></textarea>`,
      );
      const idOf = (id: string) => fieldFor(document.getElementById(id))?.id ?? null;
      return ['inner', 'pw', 'cc', 'otp', 'email', 'gone', 'ok'].map(idOf);
    });
    expect(verdicts).toEqual(['root', null, null, null, null, null, 'ok']);
  });
});

describe('frames and shadow roots', () => {
  it('coaches fields in same-origin, srcdoc and about:blank frames, and applies in the right frame', async () => {
    const page = await ext.context.newPage();
    await page.goto(FRAMES_URL);
    const tabId = await tabIdOf(page);
    const frames: [frame: string, field: string, label: string][] = [
      ['#same-origin', '#inner-notes', 'Framed notes'],
      ['#blank', '#blank-notes', 'Blank frame notes'],
      ['#srcdoc', '#rich', 'Frame draft'],
    ];
    for (const [frame, field, label] of frames) {
      await page.frameLocator(frame).locator(field).click();
      await page.keyboard.type(LINE1);
      await page.keyboard.press('Enter');
      await page.keyboard.type(LINE2);
      await expectCoached(tabId, `${LINE1}\n${LINE2}`);
      expect((await tabState(probe, tabId))?.source.label).toBe(label);
    }
    expect(await applyOver(probe, tabId, 'I traced', 'I alone traced')).toEqual({ ok: true });
    await expectCoached(tabId, `${LINE1}\n${LINE2.replace('I traced', 'I alone traced')}`);
    await page.close();
  });

  it('coaches fields inside nested open shadow roots and applies there', async () => {
    const { page, tabId } = await open(SHADOW_URL, '#shadow-notes');
    await page.keyboard.type(LINE1);
    await expectCoached(tabId, LINE1);
    await page.locator('#shadow-rich').click();
    await page.keyboard.type(LINE1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(LINE2);
    await expectCoached(tabId, `${LINE1}\n${LINE2}`);
    expect((await tabState(probe, tabId))?.source.label).toBe('Shadow rich');
    expect(await applyOver(probe, tabId, 'our checkout', 'my checkout')).toEqual({ ok: true });
    await expectCoached(tabId, `${LINE1.replace('our checkout', 'my checkout')}\n${LINE2}`);
    await page.close();
  });

  it('sends nothing over the network', () => {
    expect(network.blocked).toEqual([]);
  });
});
