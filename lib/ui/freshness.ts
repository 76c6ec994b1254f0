// A Google Doc read through its export (SPEC §6): the panel says how fresh the text is, marks a
// re-read in progress without hiding the report, and says once that suggestions can be copied.
import type { SourceInfo, TabState } from '../messaging';

/** The export cannot be written to, nor can a range be selected in it. */
export function isDocsExport(source: Pick<SourceInfo, 'kind' | 'writable'>): boolean {
  return source.kind === 'google-docs' && !source.writable;
}

export function ago(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 3) return 'just now';
  if (s < 60) return `${s} s ago`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ago` : 'over an hour ago';
}

export interface Freshness {
  /** "updated 5 s ago" */
  updated: string;
  /** A re-read is on its way, or Docs asked to wait: the report shown is the last one. */
  pending: 'updating' | 'slowed' | null;
}

export function freshnessOf(state: Pick<TabState, 'source' | 'status' | 'updatedAt'>, now: number): Freshness | null {
  if (!isDocsExport(state.source)) return null;
  return {
    updated: `updated ${ago(now - state.updatedAt)}`,
    pending: state.status === 'waiting' ? 'updating' : state.status === 'rate-limited' ? 'slowed' : null,
  };
}
