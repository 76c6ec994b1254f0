// Finds the field the user is typing in: a textarea, a text input, or the root of a rich editor,
// looking through open shadow roots.
import { isPrivateField, isTextInput } from './field-guard';

export type ValueField = HTMLTextAreaElement | HTMLInputElement;
export type Field = ValueField | HTMLElement;

export function isValueField(field: Field): field is ValueField {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
}

/** The focused element, descending into open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The innermost element an event really started on, even inside a shadow root. */
export function eventOrigin(event: Event): Element | null {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : first instanceof Text ? first.parentElement : null;
}

/**
 * The coachable field that `el` belongs to, or null: the editable root of a rich editor
 * (the outermost contenteditable element), a textarea, or a plain text input. Private fields give null.
 */
export function fieldFor(el: Element | null): Field | null {
  if (!el) return null;
  let field: Field | null = null;
  if (el instanceof HTMLTextAreaElement || isTextInput(el)) field = el as ValueField;
  else if (el instanceof HTMLElement && el.isContentEditable) field = editableRoot(el);
  if (!field || (isValueField(field) && (field.disabled || field.readOnly))) return null;
  return isPrivateField(field) ? null : field;
}

function editableRoot(el: HTMLElement): HTMLElement {
  let root = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}
