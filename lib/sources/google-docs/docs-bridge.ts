// MAIN-world side of the Docs source: names our extension in `_docs_annotate_canvas_by_ext`
// (the id comes from our isolated script; no other vendor's id is ever used), then relays the
// annotated text and caret to the isolated script and carries out its apply / reveal requests.
import { annotatedText, caretOf } from './annotated-text';
import { envelope, EXTENSION_ID_ATTR, NONCE_ATTR, openEnvelope, type BridgeEvent, type BridgeRequest } from './bridge-protocol';
import { runDocsRequest } from './docs-edit';
import { cleanDocsText } from './doc-ref';

const POLL_MS = 400;

export function startDocsBridge(win: Window): void {
  const root = win.document.documentElement;
  const handOver = (): boolean => {
    const extensionId = root.getAttribute(EXTENSION_ID_ATTR);
    const nonce = root.getAttribute(NONCE_ATTR);
    if (!extensionId || !nonce) return false;
    root.removeAttribute(EXTENSION_ID_ATTR);
    root.removeAttribute(NONCE_ATTR);
    win._docs_annotate_canvas_by_ext = extensionId;
    relay(win, nonce);
    return true;
  };
  if (handOver()) return;
  // The isolated script may run just after us; both run before any of the page's own scripts.
  const observer = new MutationObserver(() => {
    if (handOver()) observer.disconnect();
  });
  observer.observe(root, { attributes: true, attributeFilter: [EXTENSION_ID_ATTR, NONCE_ATTR] });
}

function relay(win: Window, nonce: string): void {
  let last: string | null = null;
  const post = (event: BridgeEvent) => win.postMessage(envelope(nonce, event), win.location.origin);

  const poll = async () => {
    if (win.document.hidden) return;
    const annotated = await annotatedText(win);
    if (!annotated) return;
    const text = cleanDocsText(annotated.getText());
    if (text === last) return; // a caret move alone is not worth a new analysis
    last = text;
    post({ type: 'text', text, caret: caretOf(annotated) });
  };
  win.setInterval(() => void poll(), POLL_MS);
  void poll();

  win.addEventListener('message', (event) => {
    const request = openEnvelope<BridgeRequest>(event, win, nonce);
    if (request?.type !== 'apply' && request?.type !== 'reveal') return;
    void runDocsRequest(win, request).then((result) => {
      post({ type: 'result', requestId: request.requestId, result });
      void poll();
    });
  });
}
