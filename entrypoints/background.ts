// Background service worker: sources → engine → per-tab state in storage.session; intents from
// the side panel → the tab's content script. Only the extension's own contexts are listened to.
import { createAnalyzerPool } from '@/lib/background/analyzer-pool';
import { marksOf } from '@/lib/background/marks';
import { optionsFromSettings } from '@/lib/background/analysis-input';
import { coverageMap } from '@/lib/coaching/coverage';
import { analyze } from '@/lib/engine/analyze';
import { compilePending } from '@/lib/engine/precompiled';
import { followBadges } from '@/lib/background/badge';
import { openCoachOnCommand } from '@/lib/background/open-coach-command';
import { createDocsExportScheduler } from '@/lib/background/docs-export-scheduler';
import { fetchDocExport } from '@/lib/background/docs-export';
import { routeIntent, type FieldAction } from '@/lib/background/intent-router';
import { createTabAnalyzer } from '@/lib/background/tab-analyzer';
import { findingFocusKey, loadTabState } from '@/lib/background/tab-state-store';
import { MESSAGE_SHAPES } from '@/lib/background/message-shapes';
import { isExtensionPage, isOwnSender, senderTab } from '@/lib/background/trusted-sender';
import { onMessage, sendMessage, type DocsExportRequest, type FindingFocus, type IntentResult, type RangeIntent, type SourceInfo } from '@/lib/messaging';
import { settingsItem } from '@/lib/store/settings';
import { isVideoCallUrl } from '@/lib/ui/video-call';

export default defineBackground(() => {
  const engines = createAnalyzerPool();
  const analyzer = createTabAnalyzer({
    analyze: engines.analyze,
    loadSettings: () => settingsItem.getValue(),
    now: Date.now,
    // The page underlines the flagged sentences of its field (or clears them: marks off, no findings).
    published: (state, settings) => {
      if (state.source.kind !== 'field' || state.frameId === undefined) return;
      const data = { fieldId: state.source.fieldId, marks: marksOf(state, settings.marks) };
      sendMessage('showMarks', data, { tabId: state.tabId, frameId: state.frameId }).catch(() => undefined);
    },
  });

  const docsSource = (request: DocsExportRequest): SourceInfo => ({
    kind: 'google-docs',
    site: 'docs.google.com',
    label: request.title,
    fieldId: `doc:${request.docId}`,
    writable: false, // the export cannot be written back; the panel offers copy
  });
  const docsExports = createDocsExportScheduler({
    fetchExport: (request) => fetchDocExport(request),
    onText: (tabId, request, text) => analyzer.textChanged(tabId, { source: docsSource(request), text }, 0),
    onStatus: (tabId, request, status) => analyzer.statusChanged(tabId, docsSource(request), status),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });

  // Every handler first checks who sent the message and its shape; anything else is refused.
  // Content scripts may only report text; reading state and editing fields is for extension pages.
  const origin = browser.runtime.getURL('/');
  const guarded =
    (fromPageOnly: boolean): typeof onMessage =>
    (type, handler) =>
      onMessage(type, (message) => {
        const sender = message.sender;
        const allowed = fromPageOnly ? isExtensionPage(sender, browser.runtime.id, origin) : isOwnSender(sender, browser.runtime.id);
        if (!allowed) throw new Error('Untrusted sender');
        if (!MESSAGE_SHAPES[type](message.data)) throw new Error(`Malformed ${type} message`);
        return handler(message);
      });
  const trusted = guarded(false);
  const fromExtensionPage = guarded(true);

  trusted('textChanged', async ({ data, sender }) => {
    const from = senderTab(sender);
    // Text typed on a call page (the meeting chat) is never coached (SPEC §5).
    if (from && !isVideoCallUrl(sender.tab?.url)) await analyzer.textChanged(from.tabId, data, from.frameId);
  });
  trusted('caretMoved', async ({ data, sender }) => {
    const from = senderTab(sender);
    if (from) await analyzer.caretMoved(from.tabId, data.fieldId, data.caret, from.frameId);
  });
  trusted('openFinding', async ({ data, sender }) => {
    const from = senderTab(sender);
    const state = from && (await loadTabState(from.tabId));
    if (!state || state.source.fieldId !== data.fieldId || state.frameId !== from.frameId) return;
    const focus: FindingFocus = { start: data.start, end: data.end, at: Date.now() };
    await storage.setItem(findingFocusKey(from.tabId), focus);
  });
  // Receiving the message is the point: it started the worker (and its engine) before the text
  // arrives. The rules' large patterns are compiled now, while the page's edit debounce runs,
  // rather than at the start of the first analysis (about 100 ms of it after a pause).
  trusted('wake', () => {
    setTimeout(compilePending, 0);
  });
  trusted('sourceStatus', async ({ data, sender }) => {
    const from = senderTab(sender);
    if (from) await analyzer.statusChanged(from.tabId, data.source, data.status);
  });
  trusted('docsExportWanted', ({ data, sender }) => {
    const from = senderTab(sender);
    if (from) docsExports.request(from.tabId, data);
  });
  fromExtensionPage('getTabState', ({ data }) => loadTabState(data.tabId));
  fromExtensionPage('settingsChanged', () => analyzer.reanalyzeAll());
  fromExtensionPage('analyzeDraft', ({ data }) => analyzer.analyzeDraft(data.text, data.options, data.questions));
  fromExtensionPage('storyCoverage', async ({ data }) => {
    const options = optionsFromSettings(await settingsItem.getValue());
    return coverageMap(data.stories, (text, question) => analyze(text, { ...options, question }).stories[0]);
  });
  fromExtensionPage('chooseQuestion', async ({ data }) => {
    await analyzer.chooseQuestion(data);
  });

  const sendToFrame = (action: FieldAction, intent: RangeIntent, target: { tabId: number; frameId: number }) =>
    sendMessage(action, intent, target) as Promise<IntentResult | undefined>;
  const routed = async (intent: RangeIntent, action: FieldAction) =>
    routeIntent(await loadTabState(intent.tabId), intent, action, sendToFrame);
  fromExtensionPage('applyReplacement', ({ data }) => routed(data, 'applyInField'));
  fromExtensionPage('revealRange', ({ data }) => routed(data, 'revealInField'));

  // The toolbar badge counts the fixes of each tab's answer.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  followBadges(action, (listener) =>
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'session') listener(changes);
    }),
  );

  // The keyboard shortcut opens the side panel (Firefox's sidebar has its own built-in command).
  browser.commands?.onCommand.addListener(openCoachOnCommand(browser.sidePanel));

  browser.tabs.onRemoved.addListener((tabId) => {
    docsExports.cancel(tabId);
    engines.forget(tabId);
    void analyzer.forget(tabId);
  });
});
