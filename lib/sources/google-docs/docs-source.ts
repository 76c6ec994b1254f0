// Isolated-world side of the Docs source: hands the bridge our id and a nonce, then forwards the
// annotated text; when Docs offers no annotated text, asks the background to read the export
// after each burst of edits instead.
import type { IntentResult, RangeIntent, SourceInfo } from '../../messaging';
import { debounce } from '../debounce';
import { envelope, EXTENSION_ID_ATTR, NONCE_ATTR, openEnvelope, type BridgeEvent, type BridgeRequest } from './bridge-protocol';
import { docTitle, type DocRef } from './doc-ref';

/** How long after load Docs gets to offer the annotated text before the export is used. */
export const ANNOTATED_GRACE_MS = 3000;
export const EDIT_DEBOUNCE_MS = 500;
const REQUEST_TIMEOUT_MS = 5000;
const EDIT_EVENTS = ['keydown', 'paste', 'cut', 'drop'] as const;

export interface DocsSourceOptions {
  extensionId: string;
  doc: DocRef;
  sendText(source: SourceInfo, text: string, caret?: number): void;
  wantExport(title: string): void;
  /** False while the site is switched off or paused: nothing is forwarded. */
  isOn(): boolean;
  /** False where the browser cannot paste into Docs for us (Firefox): Show in text still works. */
  canApply: boolean;
}

export interface DocsSource {
  runIntent(intent: RangeIntent, action: 'apply' | 'reveal'): Promise<IntentResult>;
  /** Sends the current text again (after the site is switched back on). */
  refresh(): void;
  source(): SourceInfo;
}

export function startDocsSource(win: Window, options: DocsSourceOptions): DocsSource {
  const nonce = win.crypto.randomUUID();
  const root = win.document.documentElement;
  root.setAttribute(NONCE_ATTR, nonce);
  root.setAttribute(EXTENSION_ID_ATTR, options.extensionId);

  let mode: 'pending' | 'annotated' | 'export' = 'pending';
  let lastText: { text: string; caret?: number } | null = null;
  let requestIds = 0;
  const pending = new Map<number, (result: IntentResult) => void>();

  const source = (): SourceInfo => ({
    kind: 'google-docs',
    site: win.location.hostname,
    label: docTitle(win.document.title),
    fieldId: `doc:${options.doc.docId}`,
    writable: mode === 'annotated',
  });
  const forward = () => {
    if (mode === 'annotated' && lastText && options.isOn()) options.sendText(source(), lastText.text, lastText.caret);
  };
  const exportNow = () => {
    if (mode === 'export' && options.isOn()) options.wantExport(docTitle(win.document.title));
  };
  const exportSoon = debounce(exportNow, EDIT_DEBOUNCE_MS);

  win.addEventListener('message', (event) => {
    const message = openEnvelope<BridgeEvent>(event, win, nonce);
    if (message?.type === 'text') {
      mode = 'annotated';
      lastText = { text: message.text, caret: message.caret };
      forward();
    } else if (message?.type === 'result') {
      pending.get(message.requestId)?.(message.result);
      pending.delete(message.requestId);
    }
  });

  const watchEdits = (doc: Document) => {
    for (const type of EDIT_EVENTS) doc.addEventListener(type, () => exportSoon(), true);
  };
  const startExport = () => {
    if (mode !== 'pending') return;
    mode = 'export';
    watchEdits(win.document);
    // Docs types into a hidden same-origin iframe; its events do not reach the page document.
    const frame = win.document.querySelector<HTMLIFrameElement>('iframe.docs-texteventtarget-iframe');
    if (frame?.contentDocument) watchEdits(frame.contentDocument);
    exportNow();
  };
  const afterLoad = () => win.setTimeout(startExport, ANNOTATED_GRACE_MS);
  if (win.document.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true });

  return {
    source,
    refresh() {
      if (mode === 'annotated') forward();
      else exportNow();
    },
    runIntent(intent, action) {
      if (mode !== 'annotated' || (action === 'apply' && !options.canApply)) return Promise.resolve({ ok: false, reason: 'not-writable' });
      const requestId = ++requestIds;
      const base = { requestId, start: intent.start, end: intent.end, expected: intent.expected };
      const request: BridgeRequest =
        action === 'apply' ? { ...base, type: 'apply', replacement: intent.replacement ?? '' } : { ...base, type: 'reveal' };
      return new Promise<IntentResult>((resolve) => {
        pending.set(requestId, resolve);
        win.setTimeout(() => {
          if (pending.delete(requestId)) resolve({ ok: false, reason: 'failed' });
        }, REQUEST_TIMEOUT_MS);
        win.postMessage(envelope(nonce, request), win.location.origin);
      });
    },
  };
}
