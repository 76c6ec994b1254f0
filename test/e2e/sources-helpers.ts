// Helpers for the text-source e2e specs: real editors bundled from node_modules, and reading the
// background's per-tab state from an extension page.
import { build } from 'esbuild';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { IntentResult, ProtocolMap, TabState } from '../../lib/messaging';
import { ARTIFACTS_DIR, openExtensionPage, ROOT, type FixtureRoute } from './harness';

export const NOTES_ORIGIN = 'https://notes.example.test';
export const EDITORS = ['quill', 'prosemirror', 'lexical', 'tiptap', 'ckeditor5', 'draft-js', 'slate'] as const;
export type EditorName = (typeof EDITORS)[number];

/** CSS selector of each editor's editable root once mounted. */
export const EDITABLE: Record<EditorName, string> = {
  quill: '.ql-editor',
  prosemirror: '.ProseMirror',
  lexical: '[data-lexical-editor]',
  tiptap: '.tiptap',
  ckeditor5: '.ck-editor__editable',
  'draft-js': '.public-DraftEditor-content',
  slate: '[data-slate-editor]',
};

const BUNDLE_DIR = join(ARTIFACTS_DIR, 'editors');
const FIXTURES_DIR = join(ROOT, 'test/fixtures/editors');
const DRAFT_JS_DIR = join(FIXTURES_DIR, 'draft-js');

/** Where each editor's fixture lives, and the module aliases and defines its bundle needs. */
const BUNDLES: Record<EditorName, { entry: string; alias?: Record<string, string>; define?: Record<string, string> }> = {
  quill: { entry: 'quill.ts' },
  prosemirror: { entry: 'prosemirror.ts' },
  // @lexical/plain-text and @lexical/history pin lexical 0.52; one copy of lexical must serve all.
  lexical: { entry: 'lexical.ts', alias: { lexical: join(ROOT, 'node_modules/@lexical/plain-text/node_modules/lexical') } },
  tiptap: { entry: 'tiptap.ts' },
  ckeditor5: { entry: 'ckeditor5.ts' },
  // Draft.js 0.11 calls ReactDOM.findDOMNode, gone in React 19: its workspace holds React 18, and
  // draft-js (hoisted to the root node_modules) must use that copy too. It also reads Node's `global`.
  'draft-js': {
    entry: 'draft-js/draft-js.tsx',
    alias: { react: join(DRAFT_JS_DIR, 'node_modules/react'), 'react-dom': join(DRAFT_JS_DIR, 'node_modules/react-dom') },
    define: { global: 'globalThis' },
  },
  slate: { entry: 'slate.tsx' },
};

/**
 * Bundles each real editor (test/fixtures/editors/<entry>) with esbuild and returns the routes
 * that serve it at https://notes.example.test/editors/<name>.html.
 */
export async function editorRoutes(): Promise<Record<string, FixtureRoute>> {
  await mkdir(BUNDLE_DIR, { recursive: true });
  // One build per editor: their aliases differ (two Reacts).
  await Promise.all(
    EDITORS.map((name) =>
      build({
        entryPoints: [join(FIXTURES_DIR, BUNDLES[name].entry)],
        outfile: join(BUNDLE_DIR, `${name}.js`),
        bundle: true,
        format: 'iife',
        target: 'chrome120',
        jsx: 'automatic',
        logLevel: 'error',
        alias: BUNDLES[name].alias,
        define: BUNDLES[name].define,
      }),
    ),
  );
  const routes: Record<string, FixtureRoute> = {};
  for (const name of EDITORS) {
    routes[`${NOTES_ORIGIN}/editors/${name}.html`] = { body: editorPage(name) };
    routes[`${NOTES_ORIGIN}/editors/${name}.js`] = join(BUNDLE_DIR, `${name}.js`);
    routes[`${NOTES_ORIGIN}/editors/${name}.css`] = { body: await cssOf(name), contentType: 'text/css' };
  }
  return routes;
}

// Editors without a stylesheet import get an empty one.
async function cssOf(name: EditorName): Promise<string> {
  return readFile(join(BUNDLE_DIR, `${name}.css`), 'utf8').catch(() => '');
}

// Wide enough that a paragraph is one visual line: Shift+Home then selects all of it.
function editorPage(name: EditorName): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} notes</title>
<link rel="stylesheet" href="${name}.css">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;width:2400px} #editor{min-height:8rem}</style>
</head><body><h1>${name}</h1><div id="editor"></div><script src="${name}.js"></script></body></html>`;
}

/** An extension page used to read storage.session and speak the extension's message protocol. */
export async function openProbe(context: BrowserContext, extensionId: string): Promise<Page> {
  return openExtensionPage(context, extensionId, 'popup.html');
}

// The chrome.* calls evaluated in the probe page, declared here rather than pulling in @types/chrome.
type StoredChange = { newValue?: { text?: string } };
declare const chrome: {
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { set(values: object): Promise<void> };
    onChanged: { addListener(listener: (changes: Record<string, StoredChange>, area: string) => void): void };
  };
  runtime: { sendMessage(message: unknown): Promise<{ res?: unknown; err?: unknown } | undefined> };
};


export async function tabState(probe: Page, tabId: number): Promise<TabState | null> {
  return probe.evaluate(async (key) => ((await chrome.storage.session.get(key))[key] as TabState | undefined) ?? null, `tab:${tabId}`);
}

/** Sends one protocol message from the probe page, as the side panel does. */
export async function send<K extends keyof ProtocolMap>(
  probe: Page,
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const answer = await probe.evaluate(
    ({ type, data }) => chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }),
    { type, data },
  );
  if (answer?.err) throw new Error(`${type} failed: ${JSON.stringify(answer.err)}`);
  return answer?.res as ReturnType<ProtocolMap[K]>;
}

/** Applies `replacement` over the first occurrence of `find` in the tab's coached text. */
export async function applyOver(probe: Page, tabId: number, find: string, replacement: string): Promise<IntentResult> {
  const state = await tabState(probe, tabId);
  if (!state) throw new Error(`no state for tab ${tabId}`);
  const start = state.text.indexOf(find);
  if (start < 0) throw new Error(`"${find}" not in ${JSON.stringify(state.text)}`);
  return send(probe, 'applyReplacement', {
    tabId,
    fieldId: state.source.fieldId,
    start,
    end: start + find.length,
    expected: find,
    replacement,
  });
}

/** Starts recording every text the background stores, so a test can assert what was never read. */
export async function recordStoredTexts(probe: Page): Promise<void> {
  await probe.evaluate(() => {
    const seen: string[] = ((globalThis as { seenTexts?: string[] }).seenTexts = []);
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const change of Object.values(changes)) if (change.newValue?.text) seen.push(change.newValue.text);
    });
  });
}

export async function storedTexts(probe: Page): Promise<string[]> {
  return probe.evaluate(() => (globalThis as { seenTexts?: string[] }).seenTexts ?? []);
}

/** Sets storage.local keys as the popup's site switch and pause do. */
export async function setLocal(probe: Page, values: Record<string, unknown>): Promise<void> {
  await probe.evaluate((v) => chrome.storage.local.set(v), values);
}

/** Applies the replacement the coach offers for the first finding of `rule` in the tab's text. */
export async function applyFinding(probe: Page, tabId: number, rule: string): Promise<{ result: IntentResult; before: string; after: string }> {
  const state = await tabState(probe, tabId);
  const finding = state?.report.stories.flatMap((story) => story.findings).find((f) => f.rule === rule && f.replacement !== undefined);
  if (!state || !finding?.replacement) throw new Error(`no ${rule} finding with a replacement in tab ${tabId}`);
  const before = state.text.slice(finding.start, finding.end);
  const result = await send(probe, 'applyReplacement', {
    tabId,
    fieldId: state.source.fieldId,
    start: finding.start,
    end: finding.end,
    expected: before,
    replacement: finding.replacement,
  });
  return { result, before, after: finding.replacement };
}

/** The side panel for `tabId`, opened as a page (SPEC §10), once it shows a finding. */
export async function openPanel(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
  await panel.locator('[data-rule]').first().waitFor({ timeout: 10_000 });
  return panel;
}

export async function shownRules(panel: Page): Promise<string[]> {
  return panel.locator('[data-rule]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule') ?? ''));
}

/** Routes a blank page at https://notes.example.test/lib.html that exposes lib/sources as `window.sourcesLib`. */
export async function sourcesLibRoutes(): Promise<Record<string, FixtureRoute>> {
  await mkdir(BUNDLE_DIR, { recursive: true });
  const outfile = join(BUNDLE_DIR, 'sources-lib.js');
  await build({ entryPoints: [join(ROOT, 'test/fixtures/pages/sources-lib.ts')], outfile, bundle: true, format: 'iife', logLevel: 'error' });
  return {
    [`${NOTES_ORIGIN}/lib.html`]: { body: '<!doctype html><meta charset="utf-8"><title>lib</title><body><script src="lib.js"></script></body>' },
    [`${NOTES_ORIGIN}/lib.js`]: outfile,
  };
}
