// A short human name for a field, shown in the side panel ("Notes", "textarea #answer", "Quill editor").
// Only the field's own labelling is read, never the page around it.

const EDITORS: [selector: string, name: string][] = [
  ['.ql-editor', 'Quill editor'],
  ['[data-lexical-editor]', 'Lexical editor'],
  ['.ck-editor__editable', 'CKEditor'],
  ['.tiptap', 'Tiptap editor'],
  ['.ProseMirror', 'ProseMirror editor'],
  ['[data-slate-editor]', 'Slate editor'],
  ['.public-DraftEditor-content', 'Draft.js editor'],
];
const MAX_LABEL = 60;

/** All of the field's own labelling, unclipped: the background detects the question from it. */
export function fieldHint(field: HTMLElement): string {
  return [field.getAttribute('aria-label'), labelledBy(field), labelElement(field), field.getAttribute('placeholder')]
    .filter(Boolean)
    .join(' \n ')
    .slice(0, 1_000);
}

export function fieldLabel(field: HTMLElement): string {
  const named = field.getAttribute('aria-label') ?? labelledBy(field) ?? labelElement(field) ?? field.getAttribute('placeholder');
  if (named?.trim()) return clip(named.trim());
  const editor = EDITORS.find(([selector]) => field.matches(selector));
  if (editor) return editor[1];
  const tag = field.tagName.toLowerCase();
  const kind = tag === 'textarea' || tag === 'input' ? tag : 'rich text field';
  const id = field.id || field.getAttribute('name');
  return id ? `${kind} #${id}` : kind;
}

function labelledBy(field: HTMLElement): string | null {
  const ids = field.getAttribute('aria-labelledby');
  if (!ids) return null;
  const root = field.getRootNode() as Document | ShadowRoot;
  const text = ids
    .split(/\s+/)
    .map((id) => root.getElementById?.(id)?.textContent ?? '')
    .join(' ');
  return text.trim() || null;
}

function labelElement(field: HTMLElement): string | null {
  const labels = (field as HTMLInputElement).labels;
  return labels?.[0]?.textContent ?? null;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
}
