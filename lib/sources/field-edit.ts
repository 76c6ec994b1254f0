// Writing a replacement back into a field and pointing at a range, through the page's own
// editing path (execCommand insertText) so that the editor's undo still works.
import type { IntentResult } from '../messaging';
import { isValueField, type Field, type ValueField } from './field-root';
import { domRange, readRichText } from './rich-text';

export interface RangeEdit {
  start: number;
  end: number;
  /** What the range must still hold; anything else means the field changed since the analysis. */
  expected: string;
}

export async function applyToField(field: Field, edit: RangeEdit, replacement: string): Promise<IntentResult> {
  return isValueField(field) ? applyToValue(field, edit, replacement) : applyToRich(field, edit, replacement);
}

export function revealInField(field: Field, edit: RangeEdit): IntentResult {
  if (isValueField(field)) {
    if (field.value.slice(edit.start, edit.end) !== edit.expected) return { ok: false, reason: 'stale' };
    selectValueRange(field, edit);
    field.scrollIntoView({ block: 'center', inline: 'nearest' });
    return { ok: true };
  }
  const found = richRange(field, edit);
  if (!found) return { ok: false, reason: 'stale' };
  select(field, found.range);
  const target = found.range.startContainer.parentElement ?? field;
  target.scrollIntoView({ block: 'center', inline: 'nearest' });
  return { ok: true };
}

function applyToValue(field: ValueField, edit: RangeEdit, replacement: string): IntentResult {
  if (field.value.slice(edit.start, edit.end) !== edit.expected) return { ok: false, reason: 'stale' };
  const expectedAfter = field.value.slice(0, edit.start) + replacement + field.value.slice(edit.end);
  field.focus();
  field.setSelectionRange(edit.start, edit.end);
  if (!field.ownerDocument.execCommand('insertText', false, replacement)) {
    // execCommand is unavailable here; setRangeText loses native undo but keeps the page informed.
    field.setRangeText(replacement, edit.start, edit.end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  }
  return field.value === expectedAfter ? { ok: true } : { ok: false, reason: 'failed' };
}

async function applyToRich(field: HTMLElement, edit: RangeEdit, replacement: string): Promise<IntentResult> {
  const found = richRange(field, edit);
  if (!found) return { ok: false, reason: 'stale' };
  const before = found.text;
  const expectedAfter = before.slice(0, edit.start) + replacement + before.slice(edit.end);
  select(field, found.range);
  // Editors that render from their own model (CKEditor 5) act on beforeinput, which execCommand
  // does not fire; one that takes the event cancels it, the others get the native edit.
  const offer = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: replacement,
    targetRanges: [new StaticRange(found.range)],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  if (field.dispatchEvent(offer)) field.ownerDocument.execCommand('insertText', false, replacement);
  return (await settles(() => readRichText(field).text === expectedAfter)) ? { ok: true } : { ok: false, reason: 'failed' };
}

/** The DOM range for the edit, or null when the field no longer holds `expected` there. */
function richRange(field: HTMLElement, edit: RangeEdit): { text: string; range: Range } | null {
  const rich = readRichText(field);
  if (rich.text.slice(edit.start, edit.end) !== edit.expected) return null;
  const range = domRange(rich, edit.start, edit.end);
  return range && { text: rich.text, range };
}

function select(field: HTMLElement, range: Range): void {
  field.focus({ preventScroll: true });
  // While the user is in the side panel the page lacks focus and Chromium fires no focus event;
  // editors that track focus by events (CKEditor 5) would then ignore the new selection.
  if (!field.ownerDocument.hasFocus()) field.dispatchEvent(new FocusEvent('focus'));
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // Editors sync their model from selectionchange; give them the range synchronously too.
  field.ownerDocument.dispatchEvent(new Event('selectionchange'));
}

// A textarea does not scroll to a range selected by script; refocusing after selecting makes Chromium do it.
function selectValueRange(field: ValueField, edit: RangeEdit): void {
  field.blur();
  field.setSelectionRange(edit.start, edit.end);
  field.focus();
}

// Some editors (Lexical) commit an edit on a later tick; give them a few frames to show it.
async function settles(done: () => boolean, frames = 20): Promise<boolean> {
  for (let i = 0; i < frames; i++) {
    if (done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  return done();
}
