// Turns what the sources report into the per-tab state: runs the engine with the user's settings,
// numbers each analysis, and drops an analysis that a newer edit of the same tab has overtaken.
import { detectQuestion } from '../coaching/detect-question';
import type { AnalyzeOptions, QuestionId, Report } from '../engine/report';
import type { QuestionChoice, SourceInfo, SourceStatus, TabState, TextUpdate } from '../messaging';
import type { Settings } from '../store/settings';
import type { AnalysisScope } from './analyzer-pool';
import { capText, optionsFromSettings } from './analysis-input';
import { loadTabState, removeTabState, saveTabState, storedTabIds } from './tab-state-store';

export interface AnalyzerDeps {
  /** `scope` says whose text it is, so a cache can be kept per tab (analyzer-pool.ts). */
  analyze(text: string, options: AnalyzeOptions, scope: AnalysisScope): Report;
  loadSettings(): Promise<Settings>;
  now(): number;
  /** Each new state of a tab, once stored, with the settings it was made with (the page's marks follow it). */
  published?(state: TabState, settings: Settings): void;
}

// States in which nothing of the page may be kept (SPEC §7).
const UNREAD_STATUSES: ReadonlySet<SourceStatus> = new Set(['site-off', 'paused']);

export function createTabAnalyzer(deps: AnalyzerDeps) {
  // One queue per tab keeps versions in order; `latest` lets a queued, overtaken analysis be skipped.
  const queues = new Map<number, Promise<unknown>>();
  const latest = new Map<number, number>();
  let tickets = 0;

  /** Runs after the tab's queued work; `overtakes` false lets queued analyses still run (a caret move). */
  function enqueue<T>(tabId: number, run: (isLatest: () => boolean) => Promise<T>, overtakes = true): Promise<T> {
    const ticket = overtakes ? ++tickets : (latest.get(tabId) ?? 0);
    latest.set(tabId, ticket);
    const next = (queues.get(tabId) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => run(() => latest.get(tabId) === ticket));
    queues.set(tabId, next);
    return next;
  }

  async function write(
    tabId: number,
    fields: Pick<TabState, 'source' | 'status' | 'text' | 'frameId' | 'caret' | 'caretAt' | 'hint'> & { readAt?: number },
    questions?: TabState['questions'],
  ): Promise<TabState> {
    const [settings, previous] = await Promise.all([deps.loadSettings(), loadTabState(tabId)]);
    const capped = capText(fields.text);
    const chosen = questions ?? previous?.questions;
    // The field's label can also name a question that asks for no story ("Tell us about yourself").
    const options: AnalyzeOptions = {
      ...withQuestions(optionsFromSettings(settings), fields.hint, chosen?.[fields.source.fieldId]),
      fieldLabel: fields.hint ?? fields.source.label,
    };
    const state: TabState = {
      tabId,
      source: fields.source,
      status: capped.status === 'too-long' ? 'too-long' : fields.status,
      text: capped.text,
      report: deps.analyze(capped.text, options, tabId),
      options,
      version: (previous?.version ?? 0) + 1,
      updatedAt: fields.readAt ?? deps.now(),
      ...(fields.frameId === undefined ? {} : { frameId: fields.frameId }),
      ...(fields.caret === undefined || fields.caret > capped.text.length ? {} : { caret: fields.caret }),
      ...(fields.caretAt === undefined ? {} : { caretAt: fields.caretAt }),
      ...(fields.hint ? { hint: fields.hint } : {}),
      ...(chosen ? { questions: chosen } : {}),
    };
    await saveTabState(state);
    deps.published?.(state, settings);
    return state;
  }

  return {
    /** New text from a source. Resolves to null when a newer edit overtook this one. */
    textChanged(tabId: number, update: TextUpdate, frameId?: number): Promise<TabState | null> {
      return enqueue(tabId, async (isLatest) =>
        isLatest() ? write(tabId, {
              source: update.source,
              status: 'ok',
              text: update.text,
              frameId,
              caret: update.caret,
              // A caret the source reports is news: the panel follows it again.
              caretAt: update.caret === undefined ? undefined : deps.now(),
              hint: update.hint,
            }) : null,
      );
    },

    /** Only the caret moved: the stored state gets the new caret, the report stays as it is. */
    caretMoved(tabId: number, fieldId: string, caret: number, frameId?: number): Promise<void> {
      return enqueue(
        tabId,
        async () => {
          const previous = await loadTabState(tabId);
          if (!previous || previous.source.fieldId !== fieldId || previous.frameId !== frameId) return;
          if (caret > previous.text.length) return;
          await saveTabState({ ...previous, caret, caretAt: deps.now() });
        },
        false,
      );
    },

    /** The user chose (or cleared) the question of one story in the tab's field; the tab is analyzed again. */
    chooseQuestion(choice: QuestionChoice): Promise<TabState | null> {
      return enqueue(choice.tabId, async () => {
        const previous = await loadTabState(choice.tabId);
        if (!previous || previous.source.fieldId !== choice.fieldId) return null;
        const field = { ...previous.questions?.[choice.fieldId] };
        if (choice.question === 'auto') delete field[choice.story];
        else field[choice.story] = choice.question;
        return write(choice.tabId, previous, { ...previous.questions, [choice.fieldId]: field });
      });
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
        // A kept text keeps the time it was read: the panel says how fresh it is.
        return write(tabId, {
          source,
          status,
          text: keep ? previous.text : '',
          frameId: previous?.frameId,
          hint: keep ? previous.hint : undefined,
          ...(keep ? { readAt: previous.updatedAt } : {}),
        });
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
    async analyzeDraft(text: string, options?: AnalyzeOptions, questions?: Record<string, QuestionId>): Promise<Report> {
      const settings = await deps.loadSettings();
      return deps.analyze(capText(text).text, withQuestions(options ?? optionsFromSettings(settings), undefined, questions), 'draft');
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

/** The settings' options plus the per-story choices and the question the field's label names. */
function withQuestions(options: AnalyzeOptions, hint: string | undefined, questions: Record<string, QuestionId> | undefined): AnalyzeOptions {
  const fromLabel = detectQuestion(hint);
  return {
    ...options,
    ...(fromLabel === 'general' ? {} : { questionHint: fromLabel }),
    ...(questions && Object.keys(questions).length ? { questions } : {}),
  };
}

export type TabAnalyzer = ReturnType<typeof createTabAnalyzer>;
