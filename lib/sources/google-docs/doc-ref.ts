// Which Google Doc a URL names, where its plain-text export lives, and its title as a source label.

export interface DocRef {
  docId: string;
  /** N of `/document/u/N/d/…`: which signed-in account the user opened the Doc with. */
  userIndex?: number;
}

const DOC_PATH = /^\/document(?:\/u\/(\d+))?\/d\/([A-Za-z0-9_-]+)/;
const TITLE_SUFFIX = /\s+-\s+Google Docs$/;

export function docRefFromUrl(url: string): DocRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== 'https://docs.google.com') return null;
  const match = DOC_PATH.exec(parsed.pathname);
  if (!match?.[2]) return null;
  return match[1] === undefined ? { docId: match[2] } : { docId: match[2], userIndex: Number(match[1]) };
}

export function exportUrl(ref: DocRef): string {
  const account = ref.userIndex === undefined ? '' : `/u/${ref.userIndex}`;
  return `https://docs.google.com/document${account}/d/${encodeURIComponent(ref.docId)}/export?format=txt`;
}

/** "Answers - Google Docs" → "Answers"; an untitled tab falls back to a plain name. */
export function docTitle(documentTitle: string): string {
  return documentTitle.replace(TITLE_SUFFIX, '').trim() || 'Google Doc';
}

/**
 * Docs' annotated text marks the document start, section breaks and inline objects with control
 * characters; each becomes a line break, one for one, so offsets still match the Doc.
 */
export function cleanDocsText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F]/g, '\n');
}
