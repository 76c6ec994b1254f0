// Which host permission a tab's page needs for STAR Coach to read it. Firefox MV3 makes host
// permissions opt-in (the user may withhold or revoke them), and Chrome can withhold them too.
export const DOCS_ACCESS = 'https://docs.google.com/*';

export interface SiteAccessNeed {
  /** The match pattern to ask for: Google Docs, or just the page's own site. */
  pattern: string;
  host: string;
  docs: boolean;
}

/** What a page at `url` needs, or null for pages no extension reads (about:, extension pages, files). */
export function siteAccessFor(url: string | undefined): SiteAccessNeed | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const docs = parsed.protocol === 'https:' && parsed.hostname === 'docs.google.com';
  return { pattern: docs ? DOCS_ACCESS : `${parsed.protocol}//${parsed.hostname}/*`, host: parsed.hostname, docs };
}
