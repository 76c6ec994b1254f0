// When to read a Doc's export: soon after it opens, then once edits pause (about 1.5 s with the
// content script's own debounce), backing off exponentially only while Docs answers 429.
import type { DocsExportRequest, SourceStatus } from '../messaging';
import type { ExportResult } from './docs-export';

export const EXPORT_DEBOUNCE_MS = 1000;
/** A failed read (network hiccup) is tried again at this pace, without backing off. */
export const FAILED_RETRY_MS = 5000;
export const BACKOFF_BASE_MS = 2000;
export const BACKOFF_MAX_MS = 60_000;

export interface SchedulerDeps {
  fetchExport(request: DocsExportRequest): Promise<ExportResult>;
  onText(tabId: number, request: DocsExportRequest, text: string): void | Promise<unknown>;
  onStatus(tabId: number, request: DocsExportRequest, status: SourceStatus): void | Promise<unknown>;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

interface TabExport {
  request: DocsExportRequest;
  timer?: unknown;
  /** Consecutive 429 answers; while above 0 the tab is backing off and edits do not reset the timer. */
  failures: number;
  fetched: boolean;
  running: boolean;
  /** An edit arrived during a fetch: read again when it ends. */
  again: boolean;
}

export function backoffDelay(failures: number, retryAfterMs = 0): number {
  return Math.min(BACKOFF_MAX_MS, Math.max(retryAfterMs, BACKOFF_BASE_MS * 2 ** (failures - 1)));
}

export function createDocsExportScheduler(deps: SchedulerDeps) {
  const tabs = new Map<number, TabExport>();

  const arm = (tabId: number, entry: TabExport, ms: number) => {
    if (entry.timer !== undefined) deps.clearTimer(entry.timer);
    entry.timer = deps.setTimer(() => void run(tabId, entry), ms);
  };

  async function run(tabId: number, entry: TabExport): Promise<void> {
    entry.timer = undefined;
    entry.running = true;
    const result = await deps.fetchExport(entry.request);
    entry.running = false;
    if (tabs.get(tabId) !== entry) return; // the tab closed or left the Doc meanwhile
    entry.fetched = true;
    if (result.status === 'ok') {
      entry.failures = 0;
      await deps.onText(tabId, entry.request, result.text);
    } else if (result.status === 'rate-limited') {
      entry.failures++;
      await deps.onStatus(tabId, entry.request, 'rate-limited');
      arm(tabId, entry, backoffDelay(entry.failures, result.retryAfterMs ?? 0));
      return;
    } else if (result.status === 'failed') {
      // Still reading: the last report stays; an edit meanwhile reads sooner.
      entry.failures = 0;
      await deps.onStatus(tabId, entry.request, 'waiting');
      if (!entry.again) arm(tabId, entry, FAILED_RETRY_MS);
    } else {
      entry.failures = 0;
      await deps.onStatus(tabId, entry.request, result.status);
    }
    if (entry.again) {
      entry.again = false;
      arm(tabId, entry, EXPORT_DEBOUNCE_MS);
    }
  }

  return {
    /** The Doc in `tabId` opened or changed. */
    request(tabId: number, request: DocsExportRequest): void {
      let entry = tabs.get(tabId);
      if (!entry || entry.request.docId !== request.docId || entry.request.userIndex !== request.userIndex) {
        this.cancel(tabId);
        entry = { request, failures: 0, fetched: false, running: false, again: false };
        tabs.set(tabId, entry);
      }
      entry.request = request;
      if (entry.running) entry.again = true;
      else if (entry.failures === 0) {
        if (entry.fetched) void deps.onStatus(tabId, request, 'waiting');
        arm(tabId, entry, entry.fetched ? EXPORT_DEBOUNCE_MS : 0);
      }
    },

    cancel(tabId: number): void {
      const entry = tabs.get(tabId);
      if (entry?.timer !== undefined) deps.clearTimer(entry.timer);
      tabs.delete(tabId);
    },
  };
}
