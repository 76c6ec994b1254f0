// Watches the field the user is typing in and reports its text after each burst of edits.
// Edits are seen through `input` events and through mutations of the field's root, so Enter in
// rich editors, paste, cut, undo and the page's own changes are all noticed.
import { debounce } from './debounce';
import { holdsSentence, isTextInput } from './field-guard';
import { fieldHint, fieldLabel } from './field-label';
import { deepActiveElement, eventOrigin, fieldFor, isValueField, type Field } from './field-root';
import { fieldText } from './field-text';
import { readRichText, textOffset } from './rich-text';

export const EDIT_DEBOUNCE_MS = 150;
// Clicks and arrow keys only move the caret: sent apart from the text, and a little later.
const CARET_DEBOUNCE_MS = 120;
// A value set by the page's script fires no event and no mutation; a cheap compare catches it.
const VALUE_POLL_MS = 1000;

export interface FieldReading {
  field: Field;
  fieldId: string;
  label: string;
  /** The field's own labelling, for detecting the question it asks. */
  hint: string;
  text: string;
  caret?: number;
}

/** Where the caret is in the field's text, when the field holds it. */
export function caretIn(field: Field): number | undefined {
  const doc = field.ownerDocument;
  if (isValueField(field)) return deepActiveElement(doc) === field ? (field.selectionStart ?? undefined) : undefined;
  const sel = (field.getRootNode() as Document & { getSelection?(): Selection | null }).getSelection?.() ?? doc.getSelection();
  const node = sel?.focusNode;
  return node && field.contains(node) ? textOffset(readRichText(field), node, sel.focusOffset) : undefined;
}

export interface FieldWatcher {
  /** The field with this id, if it is still in the page. */
  findField(fieldId: string): Field | null;
  /** Reports the coached field's text now, even if unchanged. */
  resend(): void;
  stop(): void;
}

/** Activity closer together than this needs no wake-up: the worker is still running. */
export const WAKE_AFTER_IDLE_MS = 5_000;

/** `onActive` (optional) is told, at most once per WAKE_AFTER_IDLE_MS, that the user focused or
 * typed in a field: a stopped worker can start while the edit debounce runs. */
export function watchFields(
  doc: Document,
  onText: (reading: FieldReading) => void,
  onCaret: (fieldId: string, caret: number) => void,
  onActive: () => void = () => undefined,
): FieldWatcher {
  const ids = new WeakMap<Field, string>();
  const byId = new Map<string, WeakRef<Field>>();
  let current: Field | null = null;
  let lastSent: string | null = null;
  let lastCaret: number | undefined;
  let observer: MutationObserver | null = null;
  let poll: ReturnType<typeof setInterval> | undefined;
  let lastActive = -Infinity;
  const active = () => {
    const now = performance.now();
    if (now - lastActive < WAKE_AFTER_IDLE_MS) return;
    lastActive = now;
    onActive();
  };

  const idOf = (field: Field): string => {
    let id = ids.get(field);
    if (!id) {
      id = `field-${byId.size + 1}`;
      ids.set(field, id);
      byId.set(id, new WeakRef(field));
    }
    return id;
  };

  const report = (force: boolean) => {
    if (!current) return;
    const text = fieldText(current);
    if (isTextInput(current) && !holdsSentence(text)) return;
    if (!force && text === lastSent) return;
    lastSent = text;
    lastCaret = caretIn(current);
    onText({ field: current, fieldId: idOf(current), label: fieldLabel(current), hint: fieldHint(current), text, caret: lastCaret });
  };
  const scheduled = debounce(() => report(false), EDIT_DEBOUNCE_MS);
  // A caret move in unchanged text is sent alone; with an edit pending, the edit carries the caret.
  const caretMoved = debounce(() => {
    if (!current || lastSent === null || fieldText(current) !== lastSent) return;
    const caret = caretIn(current);
    if (caret === undefined || caret === lastCaret) return;
    lastCaret = caret;
    onCaret(idOf(current), caret);
  }, CARET_DEBOUNCE_MS);

  const follow = (field: Field) => {
    if (field === current) return;
    scheduled.cancel();
    observer?.disconnect();
    clearInterval(poll);
    current = field;
    lastSent = null;
    if (isValueField(field)) poll = setInterval(() => report(false), VALUE_POLL_MS);
    else {
      observer = new MutationObserver(scheduled);
      observer.observe(field, { childList: true, characterData: true, subtree: true });
    }
    report(false);
  };

  // Only typing moves the coach to another field: a page can forge events and call focus(), but
  // it cannot forge trusted input (SPEC §7). Focus alone picks the first field to coach.
  const onFocus = (event: Event) => {
    if (!event.isTrusted) return;
    const origin = eventOrigin(event);
    if (current?.isConnected) {
      if (origin && current.contains(origin)) active();
      return;
    }
    const field = fieldFor(origin);
    if (field) {
      active();
      follow(field);
    }
  };
  const onInput = (event: Event) => {
    const origin = eventOrigin(event);
    // The common case, a keystroke in the coached field, skips the field checks (they cost a layout).
    if (current && origin && current.contains(origin)) {
      active();
      return scheduled();
    }
    if (!event.isTrusted) return;
    const field = fieldFor(origin);
    if (field) follow(field);
  };

  const caretEvents = ['selectionchange', 'mouseup', 'keyup'];
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  // A click is sent even where the caret already was: it brings the panel back to that answer.
  const onCaretEvent = (event: Event) => {
    if (event.type === 'mouseup') lastCaret = undefined;
    caretMoved();
  };
  for (const type of caretEvents) doc.addEventListener(type, onCaretEvent, true);
  const focused = fieldFor(deepActiveElement(doc));
  if (focused) follow(focused);

  return {
    findField(fieldId) {
      const field = byId.get(fieldId)?.deref();
      return field?.isConnected ? field : null;
    },
    resend() {
      scheduled.cancel();
      report(true);
    },
    stop() {
      scheduled.cancel();
      caretMoved.cancel();
      for (const type of caretEvents) doc.removeEventListener(type, onCaretEvent, true);
      observer?.disconnect();
      clearInterval(poll);
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      current = null;
    },
  };
}
