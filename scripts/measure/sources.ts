// Which source an answer came from, for resampling whole sources: a GitHub repository (one
// author's notes), else a page (host + path). Answers without a recorded source stand alone.

export interface SourcedCase {
  id: string;
  source_url?: string;
  source?: string;
}

export function sourceKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.trim().toLowerCase();
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const parts = u.pathname.split('/').filter(Boolean).map((p) => p.toLowerCase());
  if (host === 'github.com' || host === 'raw.githubusercontent.com') return `github.com/${parts.slice(0, 2).join('/')}`;
  return [host, ...parts].join('/');
}

/** The case's source, or undefined when the set does not record one. */
export function sourceOf(c: SourcedCase): string | undefined {
  if (typeof c.source_url === 'string' && c.source_url.trim()) return sourceKey(c.source_url);
  if (typeof c.source === 'string' && c.source.trim()) return sourceKey(c.source);
  return undefined;
}
