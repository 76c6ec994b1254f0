import { describe, expect, it } from 'vitest';
import { ago, freshnessOf, isDocsExport } from '../../../lib/ui/freshness';

const exportSource = { kind: 'google-docs', site: 'docs.google.com', label: 'Prep', fieldId: 'doc:1', writable: false } as const;

describe('how fresh a Doc read through its export is', () => {
  it('says when the text was read', () => {
    expect(ago(1000)).toBe('just now');
    expect(ago(5000)).toBe('5 s ago');
    expect(ago(125_000)).toBe('2 min ago');
    expect(freshnessOf({ source: exportSource, status: 'ok', updatedAt: 10_000 }, 15_000)).toEqual({ updated: 'updated 5 s ago', pending: null });
  });

  it('marks a re-read in progress and a slowed-down one', () => {
    expect(freshnessOf({ source: exportSource, status: 'waiting', updatedAt: 0 }, 0)?.pending).toBe('updating');
    expect(freshnessOf({ source: exportSource, status: 'rate-limited', updatedAt: 0 }, 0)?.pending).toBe('slowed');
  });

  it('has nothing to say for live sources', () => {
    expect(freshnessOf({ source: { ...exportSource, writable: true }, status: 'ok', updatedAt: 0 }, 0)).toBeNull();
    expect(isDocsExport({ kind: 'field', writable: true })).toBe(false);
    expect(isDocsExport(exportSource)).toBe(true);
  });
});
