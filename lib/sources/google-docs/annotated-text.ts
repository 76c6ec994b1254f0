// Docs' annotated canvas API, as exposed to the extension named in `_docs_annotate_canvas_by_ext`.
// Runs in the page's (MAIN) world only.

export interface AnnotatedText {
  getText(): string;
  getSelection?(): { start?: number; end?: number }[];
  setSelection?(start: number, end: number): void;
}

declare global {
  interface Window {
    _docs_annotate_canvas_by_ext?: string;
    _docs_annotate_getAnnotatedText?: (extensionId?: string) => Promise<AnnotatedText>;
  }
}

export async function annotatedText(win: Window): Promise<AnnotatedText | null> {
  const get = win._docs_annotate_getAnnotatedText;
  if (typeof get !== 'function') return null;
  try {
    const annotated = await get.call(win, win._docs_annotate_canvas_by_ext);
    return annotated && typeof annotated.getText === 'function' ? annotated : null;
  } catch {
    return null; // Docs is still loading, or its API changed
  }
}

/** The caret (selection start) as an offset into getText(), when Docs reports one. */
export function caretOf(annotated: AnnotatedText): number | undefined {
  const start = annotated.getSelection?.()[0]?.start;
  return typeof start === 'number' ? start : undefined;
}
