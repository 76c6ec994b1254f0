// Watches the field the user is typing in and reports its text after each burst of edits.
// Edits are seen through `input` events and through mutations of the field's root, so Enter in
// rich editors, paste, cut, undo and the page's own changes are all noticed.
import { debounce } from './debounce';
import { holdsSentence, isTextInput } from './field-guard';
import { fieldLabel } from './field-label';
import { deepActiveElement, eventOrigin, fieldFor, isValueField, type Field } from './field-root';
import { fieldText } from './field-text';

export const EDIT_DEBOUNCE_MS = 150;
// A value set by the page's script fires no event and no mutation; a cheap compare catches it.
const VALUE_POLL_MS = 1000;

export interface FieldReading {
  field: Field;
  fieldId: string;
  label: string;
  text: string;
  caret?: number;
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
export function watchFields(doc: Document, onText: (reading: FieldReading) => void, onActive: () => void = () => undefined): FieldWatcher {
  const ids = new WeakMap<Field, string>();
  const byId = new Map<string, WeakRef<Field>>();
  let current: Field | null = null;
  let lastSent: string | null = null;
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
    onText({
      field: current,
      fieldId: idOf(current),
      label: fieldLabel(current),
      text,
      caret: isValueField(current) ? (current.selectionStart ?? undefined) : undefined,
    });
  };
  const scheduled = debounce(() => report(false), EDIT_DEBOUNCE_MS);

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

  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
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
      observer?.disconnect();
      clearInterval(poll);
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      current = null;
    },
  };
}
