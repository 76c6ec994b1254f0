// Apply and reveal inside Google Docs (MAIN world): select through the annotated API, then paste
// the replacement into Docs' text-event target so that Docs edits its own model (and its undo).
import type { IntentResult } from '../../messaging';
import { annotatedText, type AnnotatedText } from './annotated-text';
import type { BridgeRequest } from './bridge-protocol';
import { cleanDocsText } from './doc-ref';

const CONFIRM_TRIES = 20;
const CONFIRM_PAUSE_MS = 50;

export async function runDocsRequest(win: Window, request: BridgeRequest): Promise<IntentResult> {
  const annotated = await annotatedText(win);
  if (!annotated?.setSelection) return { ok: false, reason: 'not-writable' };
  const before = cleanDocsText(annotated.getText());
  if (before.slice(request.start, request.end) !== request.expected) return { ok: false, reason: 'stale' };
  if (request.type === 'reveal') {
    annotated.setSelection(request.start, request.end);
    return { ok: true };
  }
  const target = textEventTarget(win.document);
  if (!target || !scriptedPasteCarriesText(win)) return { ok: false, reason: 'not-writable' };
  target.focus();
  annotated.setSelection(request.start, request.end);
  const data = new DataTransfer();
  data.setData('text/plain', request.replacement);
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  const expected = before.slice(0, request.start) + request.replacement + before.slice(request.end);
  return (await confirmText(win, annotated, expected)) ? { ok: true } : { ok: false, reason: 'failed' };
}

/**
 * Whether a paste event made by script carries its text to the page's listeners. Chrome's does;
 * Firefox hands them an empty clipboard, so Docs would replace the words with nothing: Apply is
 * off there and the panel offers Copy.
 */
export function scriptedPasteCarriesText(win: Window): boolean {
  const { DataTransfer, ClipboardEvent } = win as Window & typeof globalThis;
  try {
    const data = new DataTransfer();
    data.setData('text/plain', 'x');
    return new ClipboardEvent('paste', { clipboardData: data }).clipboardData?.getData('text/plain') === 'x';
  } catch {
    return false;
  }
}

/** The element inside Docs' hidden input iframe that receives typed and pasted text. */
export function textEventTarget(doc: Document): HTMLElement | null {
  const frame = doc.querySelector<HTMLIFrameElement>('iframe.docs-texteventtarget-iframe');
  const inner = frame?.contentDocument;
  if (!inner) return null;
  return inner.querySelector<HTMLElement>('[contenteditable="true"]') ?? inner.body;
}

// Docs applies a paste asynchronously; wait briefly for its model to show the new text.
async function confirmText(win: Window, first: AnnotatedText, expected: string): Promise<boolean> {
  let annotated: AnnotatedText | null = first;
  for (let i = 0; i < CONFIRM_TRIES; i++) {
    if (annotated && cleanDocsText(annotated.getText()) === expected) return true;
    await new Promise((resolve) => win.setTimeout(resolve, CONFIRM_PAUSE_MS));
    annotated = await annotatedText(win);
  }
  return false;
}
