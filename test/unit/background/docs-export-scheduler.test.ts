import { describe, expect, it } from 'vitest';
import { backoffDelay, BACKOFF_BASE_MS, BACKOFF_MAX_MS, createDocsExportScheduler, EXPORT_DEBOUNCE_MS, FAILED_RETRY_MS } from '@/lib/background/docs-export-scheduler';
import { EDIT_DEBOUNCE_MS } from '@/lib/sources/google-docs/docs-source';
import type { ExportResult } from '@/lib/background/docs-export';
import type { DocsExportRequest, SourceStatus } from '@/lib/messaging';

const doc: DocsExportRequest = { docId: 'abc', title: 'Prep' };

// A manual clock: timers run only when the test says so, so nothing depends on real time.
function setup(results: ExportResult[]) {
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const events: (string | SourceStatus)[] = [];
  let fetches = 0;
  const scheduler = createDocsExportScheduler({
    fetchExport: async () => results[Math.min(fetches++, results.length - 1)]!,
    onText: (_tab, _req, text) => void events.push(`text:${text}`),
    onStatus: (_tab, _req, status) => void events.push(status),
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => ((timer as { cleared: boolean }).cleared = true),
  });
  const fireNext = async () => {
    const timer = timers.find((t) => !t.cleared);
    if (!timer) throw new Error('no timer armed');
    timer.cleared = true;
    timer.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return timer.ms;
  };
  return { scheduler, events, timers, fireNext, fetches: () => fetches };
}

describe('Docs export scheduling', () => {
  it('reads a Doc at once when it opens, then once edits pause', async () => {
    const s = setup([{ status: 'ok', text: 'v1' }]);
    s.scheduler.request(1, doc);
    expect(await s.fireNext()).toBe(0);
    s.scheduler.request(1, doc);
    s.scheduler.request(1, doc);
    expect(await s.fireNext()).toBe(EXPORT_DEBOUNCE_MS);
    expect(s.fetches()).toBe(2);
    expect(s.events).toEqual(['text:v1', 'waiting', 'waiting', 'text:v1']);
  });

  it('backs off exponentially while rate limited, then recovers', async () => {
    const s = setup([{ status: 'rate-limited' }, { status: 'rate-limited' }, { status: 'ok', text: 'done' }]);
    s.scheduler.request(1, doc);
    await s.fireNext();
    s.scheduler.request(1, doc); // edits while backing off do not shorten the wait
    expect(await s.fireNext()).toBe(BACKOFF_BASE_MS);
    expect(await s.fireNext()).toBe(BACKOFF_BASE_MS * 2);
    expect(s.events).toEqual(['rate-limited', 'rate-limited', 'text:done']);
  });

  it('does not back off when a read fails for another reason: it tries again at the same pace, sooner after an edit', async () => {
    const s = setup([{ status: 'failed' }, { status: 'failed' }, { status: 'failed' }, { status: 'ok', text: 'back' }]);
    s.scheduler.request(1, doc);
    await s.fireNext();
    expect(await s.fireNext()).toBe(FAILED_RETRY_MS);
    expect(await s.fireNext()).toBe(FAILED_RETRY_MS);
    s.scheduler.request(1, doc);
    expect(await s.fireNext()).toBe(EXPORT_DEBOUNCE_MS);
    expect(s.events).toEqual(['waiting', 'waiting', 'waiting', 'waiting', 'text:back']);
  });

  it('reads again within about two seconds of the user pausing', () => {
    // The Docs content script waits for edits to pause, then the scheduler waits its own debounce.
    expect(EDIT_DEBOUNCE_MS + EXPORT_DEBOUNCE_MS).toBeLessThanOrEqual(2000);
  });

  it('honours Retry-After and caps the wait', () => {
    expect(backoffDelay(1, 9000)).toBe(9000);
    expect(backoffDelay(20)).toBe(BACKOFF_MAX_MS);
  });

  it('reports signed-out and no-access without retrying', async () => {
    const s = setup([{ status: 'signed-out' }]);
    s.scheduler.request(1, doc);
    await s.fireNext();
    expect(s.events).toEqual(['signed-out']);
    expect(s.timers.every((t) => t.cleared)).toBe(true);
  });

  it('stops when the tab closes', async () => {
    const s = setup([{ status: 'ok', text: 'x' }]);
    s.scheduler.request(1, doc);
    s.scheduler.cancel(1);
    expect(s.timers.every((t) => t.cleared)).toBe(true);
  });
});
