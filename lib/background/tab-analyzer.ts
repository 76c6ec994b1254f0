// Turns what the sources report into the per-tab state: runs the engine with the user's settings,
// numbers each analysis, and drops an analysis that a newer edit of the same tab has overtaken.
import type { AnalyzeOptions, Report } from '../engine/report';
import type { SourceInfo, SourceStatus, TabState, TextUpdate } from '../messaging';
import type { Settings } from '../store/settings';
import type { AnalysisScope } from './analyzer-pool';
import { capText, optionsFromSettings } from './analysis-input';
import { loadTabState, removeTabState, saveTabState, storedTabIds } from './tab-state-store';

export interface AnalyzerDeps {
  /** `scope` says whose text it is, so a cache can be kept per tab (analyzer-pool.ts). */
  analyze(text: string, options: AnalyzeOptions, scope: AnalysisScope): Report;
  loadSettings(): Promise<Settings>;
  now(): number;
}

// States in which nothing of the page may be kept (SPEC §7).
const UNREAD_STATUSES: ReadonlySet<SourceStatus> = new Set(['site-off', 'paused']);

export function createTabAnalyzer(deps: AnalyzerDeps) {
  // One queue per tab keeps versions in order; `latest` lets a queued, overtaken analysis be skipped.
  const queues = new Map<number, Promise<unknown>>();
  const latest = new Map<number, number>();
  let tickets = 0;

  function enqueue<T>(tabId: number, run: (isLatest: () => boolean) => Promise<T>): Promise<T> {
    const ticket = ++tickets;
    latest.set(tabId, ticket);
    const next = (queues.get(tabId) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => run(() => latest.get(tabId) === ticket));
    queues.set(tabId, next);
    return next;
  }

  async function write(
    tabId: number,
    fields: { source: SourceInfo; status: SourceStatus; text: string; frameId?: number; caret?: number },
  ): Promise<TabState> {
    const [settings, previous] = await Promise.all([deps.loadSettings(), loadTabState(tabId)]);
    const capped = capText(fields.text);
    // The field's label can name a question that asks for no story ("Tell us about yourself").
    const options: AnalyzeOptions = { ...optionsFromSettings(settings), fieldLabel: fields.source.label };
    const state: TabState = {
      tabId,
      source: fields.source,
      status: capped.status === 'too-long' ? 'too-long' : fields.status,
      text: capped.text,
      report: deps.analyze(capped.text, options, tabId),
      options,
      version: (previous?.version ?? 0) + 1,
      updatedAt: deps.now(),
      ...(fields.frameId === undefined ? {} : { frameId: fields.frameId }),
      ...(fields.caret === undefined || fields.caret > capped.text.length ? {} : { caret: fields.caret }),
    };
    await saveTabState(state);
    return state;
  }

  return {
    /** New text from a source. Resolves to null when a newer edit overtook this one. */
    textChanged(tabId: number, update: TextUpdate, frameId?: number): Promise<TabState | null> {
      return enqueue(tabId, async (isLatest) =>
        isLatest() ? write(tabId, { source: update.source, status: 'ok', text: update.text, frameId, caret: update.caret }) : null,
      );
    },

    /**
     * A source's state without new text (signed out, rate limited, site off…). Waiting and error
     * states keep the last text on screen; a switched-off site or the pause clears it.
     */
    statusChanged(tabId: number, source: SourceInfo, status: SourceStatus): Promise<TabState> {
      return enqueue(tabId, async () => {
        const previous = await loadTabState(tabId);
        const sameSource = previous?.source.fieldId === source.fieldId && previous.source.kind === source.kind;
        const keep = !UNREAD_STATUSES.has(status) && sameSource && previous;
        if (keep && previous.status === status) return previous;
        return write(tabId, { source, status, text: keep ? previous.text : '', frameId: previous?.frameId });
      });
    },

    /** Settings changed: every stored tab is analyzed again with them. */
    async reanalyzeAll(): Promise<void> {
      const tabIds = await storedTabIds();
      await Promise.all(
        tabIds.map((tabId) =>
          enqueue(tabId, async (isLatest) => {
            const previous = await loadTabState(tabId);
            if (!previous || !isLatest()) return;
            await write(tabId, previous);
          }),
        ),
      );
    },

    /** The engine on text that belongs to no tab (the panel's draft box). */
    async analyzeDraft(text: string, options?: AnalyzeOptions): Promise<Report> {
      const settings = await deps.loadSettings();
      return deps.analyze(capText(text).text, options ?? optionsFromSettings(settings), 'draft');
    },

    forget(tabId: number): Promise<void> {
      return enqueue(tabId, async () => {
        latest.delete(tabId);
        queues.delete(tabId);
        await removeTabState(tabId);
      });
    },
  };
}

export type TabAnalyzer = ReturnType<typeof createTabAnalyzer>;
