// The coach while drafting: which text, its timeline, findings, checklist, rehearsal and the story bank.
import { useEffect, useRef, useState } from 'react';
import { storyKey, type Finding, type QuestionId, type Story } from '@/lib/engine/report';
import { sendMessage, type SourceInfo, type TabState } from '@/lib/messaging';
import { handChecksItem, liveStoryKey, mergeChecks, readiness, setHandCheck } from '@/lib/store/checks';
import { draftQuestionsItem, panelModeItem } from '@/lib/store/draft';
import { disabledSitesItem, pausedItem } from '@/lib/store/settings';
import { NO_ANSWER, intentMessage } from '@/lib/ui/intent';
import { progressOf } from '@/lib/ui/progress';
import { freshnessOf, isDocsExport } from '@/lib/ui/freshness';
import { pageAccessOr } from '@/lib/ui/page-access';
import { UNREADABLE_PAGE, partialNotice, statusMessage, type Fix } from '@/lib/ui/status';
import { BeforeCall } from '@/components/BeforeCall';
import { Checklist } from '@/components/Checklist';
import { DraftBox } from '@/components/DraftBox';
import type { FindingAction } from '@/components/FindingCard';
import { FindingList } from '@/components/FindingList';
import { RehearsalTimer } from '@/components/RehearsalTimer';
import { SettingsDrawer } from '@/components/SettingsDrawer';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { StatusPanel } from '@/components/StatusPanel';
import { StoryBank } from '@/components/StoryBank';
import { QuestionPicker } from '@/components/QuestionPicker';
import { StoryHeader } from '@/components/StoryHeader';
import { Tabs } from '@/components/Tabs';
import { Timeline } from '@/components/Timeline';
import { StoryNoticeCard } from '@/components/StoryNoticeCard';
import { Upcoming } from '@/components/Upcoming';
import { useDraft } from '@/components/useDraft';
import { useNotice } from '@/components/useNotice';
import { useNow } from '@/components/useNow';
import { useStoredValue } from '@/components/useStoredValue';
import { useTabInfo } from '@/components/useTabInfo';
import { useCoachedTabId, useTabState } from '@/components/useTabState';
import { useFindingFocus } from '@/components/useFindingFocus';
import '@/components/theme.css';
import './App.css';
import { coachedStoryIndex } from '@/lib/ui/story-at';
import type { SavedStory, StoryOrigin } from '@/lib/store/story-shape';
import { firstSlot } from '@/lib/rephrase/slots';
import { questionOrigin } from '@/lib/ui/question-origin';

const DRAFT_SOURCE: SourceInfo = { kind: 'panel-draft', site: '', label: 'Draft in this panel', fieldId: 'panel-draft', writable: true };

function storyOrigin(source: SourceInfo, story: Story, index: number): StoryOrigin {
  return { site: source.site, label: source.label, story: storyKey(story.title, index) };
}

export function App() {
  const tabId = useCoachedTabId();
  const tab = useTabState(tabId);
  const tabUrl = useTabInfo(tabId).url;
  const mode = useStoredValue(panelModeItem) ?? 'page';
  const draft = useDraft();
  const ticks = useStoredValue(handChecksItem) ?? {};
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [picked, setPicked] = useState<number | null>(null);
  const contentRef = useRef<HTMLElement>(null);
  const [notice, setNotice] = useNotice(contentRef);
  // "Check it all now": findings about parts not written yet count as fixes, for that answer.
  const [fullCheckOf, setFullCheckOf] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);

  const draftState: TabState | null = draft.analyzed
    ? { tabId: -1, source: DRAFT_SOURCE, status: 'ok', ...draft.analyzed, options: {}, version: draft.version, updatedAt: 0 }
    : null;
  const coached = mode === 'draft' ? draftState : tab.loading ? null : tab.value;
  const loading = mode === 'draft' ? !draft.analyzed && !draft.failed && draft.text.trim() !== '' : tab.loading;
  const stories = coached?.report.stories ?? [];
  const index = coachedStoryIndex(stories, picked, coached?.caret);
  const story = stories[index];

  // A new text (another tab, the draft) follows the caret again until the user picks a story.
  useEffect(() => setPicked(null), [tabId, mode]);
  // Clicking or typing elsewhere in the page's field moves the coach to the answer there.
  useEffect(() => setPicked(null), [coached?.caretAt]);
  useFindingFocus(mode === 'page' ? tabId : undefined, `${coached?.version}:${coached?.caretAt}:${index}`);
  useEffect(() => setNotice(''), [mode, setNotice]);

  const switchToDraft = () => {
    void panelModeItem.setValue('draft');
    setTimeout(() => draftRef.current?.focus(), 0);
  };
  const onFix = (fix: Fix) => {
    if (fix === 'use-draft') switchToDraft();
    if (fix === 'resume') void pausedItem.setValue(false);
    if (fix === 'enable-site' && coached) {
      void disabledSitesItem.getValue().then((sites) => disabledSitesItem.setValue(sites.filter((s) => s !== coached.source.site)));
    }
  };

  const onAction = async (action: FindingAction, finding: Finding) => {
    if (!coached) return;
    const expected = coached.text.slice(finding.start, finding.end);
    if (action === 'copy') {
      const copied = await navigator.clipboard.writeText(finding.suggestion ?? expected).then(() => true, () => false);
      const blanks = finding.suggestion && firstSlot(finding.suggestion) ? ' Fill in the blanks in [brackets].' : '';
      setNotice(copied ? `Copied the suggestion.${blanks}` : 'The clipboard is not available here; select the text and copy it.');
      return;
    }
    if (mode === 'draft') {
      applyInDraft(action, finding, expected);
      return;
    }
    // Slotted text is never put into a page's field: only the draft box offers Insert.
    if (action === 'insert') return;
    setBusy(true);
    const intent = { tabId: coached.tabId, fieldId: coached.source.fieldId, start: finding.start, end: finding.end, expected };
    try {
      const result =
        action === 'apply'
          ? await sendMessage('applyReplacement', { ...intent, replacement: finding.replacement })
          : await sendMessage('revealRange', intent);
      setNotice(intentMessage(action, result));
    } catch {
      setNotice(NO_ANSWER);
    } finally {
      setBusy(false);
    }
  };

  const applyInDraft = (action: FindingAction, finding: Finding, expected: string) => {
    const box = draftRef.current;
    if (draft.text.slice(finding.start, finding.end) !== expected || !box) {
      setNotice(intentMessage(action === 'reveal' ? 'reveal' : 'apply', { ok: false, reason: 'stale' }));
      return;
    }
    const inserted = action === 'apply' ? finding.replacement : action === 'insert' ? finding.suggestion : undefined;
    if (inserted !== undefined) {
      box.focus();
      box.setSelectionRange(finding.start, finding.end);
      // execCommand keeps the textarea's own undo; fall back to setting the value.
      if (!document.execCommand('insertText', false, inserted)) {
        draft.setText(draft.text.slice(0, finding.start) + inserted + draft.text.slice(finding.end));
      }
      // Slotted text: the first blank is selected, so typing replaces it.
      const blank = action === 'insert' ? firstSlot(inserted) : undefined;
      if (blank) setTimeout(() => box.setSelectionRange(finding.start + blank.start, finding.start + blank.end), 0);
      setNotice(action === 'insert' ? 'Inserted. Type to fill in the selected blank.' : intentMessage('apply', { ok: true }));
    } else {
      box.focus();
      box.setSelectionRange(finding.start, finding.end);
      setNotice(intentMessage('reveal', { ok: true }));
    }
  };

  const chosenQuestions = mode === 'draft' ? draft.questions : coached?.questions?.[coached.source.fieldId];
  const onChooseQuestion = (question: QuestionId | 'auto') => {
    if (!coached || !story) return;
    const key = storyKey(story.title, index);
    if (mode === 'draft') {
      const next = { ...draft.questions };
      if (question === 'auto') delete next[key];
      else next[key] = question;
      void draftQuestionsItem.setValue(next);
      return;
    }
    const choice = { tabId: coached.tabId, fieldId: coached.source.fieldId, story: key, question };
    sendMessage('chooseQuestion', choice).catch(() => setNotice(NO_ANSWER));
  };

  // A saved story goes into the draft box with its question, and the panel coaches the draft.
  const loadIntoDraft = (saved: SavedStory) => {
    draft.setText(saved.text);
    void draftQuestionsItem.setValue({ '#0': saved.question });
    switchToDraft();
    setNotice(`Loaded “${saved.title}” into the draft.`);
  };

  const liveKey = coached && story ? liveStoryKey(coached.source, index, story.title) : '';
  const checks = story ? mergeChecks(story.checklist, ticks[liveKey] ?? []) : [];
  // What page the tab shows: a call page is never coached, a browser page cannot be read.
  const access = pageAccessOr(tabUrl, tab.loading || tab.value?.source.kind === 'panel-draft' ? undefined : tab.value?.source.site);
  const callPage = mode === 'page' && access.kind === 'call';
  const message =
    callPage || (mode === 'draft' && !draft.text.trim()) || loading
      ? null
      : mode === 'page' && access.kind === 'browser-page'
        ? UNREADABLE_PAGE
        : statusMessage(coached);
  const partial = coached ? partialNotice(coached) : null;
  const showCoach = !callPage && !message && !loading && coached && story;
  // The answer is known by its opening: writing on keeps a full check, a new answer starts afresh.
  const fullCheckKey = coached && story ? `${liveKey}|${coached.text.slice(story.start, story.start + 40)}` : '';
  const { fixes, upcoming } = progressOf(stories, index, fullCheckOf === fullCheckKey);
  const docsExport = !!coached && isDocsExport(coached.source);
  // Docs' live text in Firefox: readable and selectable, but Firefox cannot paste into Docs for us.
  const firefoxDocs = import.meta.env.FIREFOX && !!coached && coached.source.kind === 'google-docs' && coached.source.writable;
  const now = useNow(docsExport);

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">★</span>
          <h1>STAR Coach</h1>
        </div>
        <div className="mode" role="group" aria-label="What to coach">
          <button type="button" aria-pressed={mode === 'page'} onClick={() => void panelModeItem.setValue('page')}>
            This page
          </button>
          <button type="button" aria-pressed={mode === 'draft'} onClick={switchToDraft}>
            Draft
          </button>
        </div>
        <button
          ref={settingsButton}
          type="button"
          className="icon-btn"
          aria-label="Coaching settings"
          aria-expanded={settingsOpen}
          aria-controls="settings"
          onClick={() => setSettingsOpen((o) => !o)}
        >
          <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0" />
            <circle cx="16" cy="6" r="2" />
            <circle cx="10" cy="12" r="2" />
            <circle cx="18" cy="18" r="2" />
          </svg>
        </button>
      </header>

      <main className="content" ref={contentRef}>
        {settingsOpen && (
          <SettingsDrawer
            id="settings"
            onClose={() => {
              setSettingsOpen(false);
              settingsButton.current?.focus();
            }}
          />
        )}

        {mode === 'draft' && (
          <DraftBox
            ref={draftRef}
            value={draft.text}
            checking={draft.checking}
            onChange={draft.setText}
          />
        )}
        {mode === 'draft' && draft.failed && (
          <p className="banner" role="alert">The coach could not check your draft. Close and reopen the panel to restart it.</p>
        )}

        {loading && (
          <section className="card status" aria-busy="true">
            <span className="spinner" aria-hidden="true" />
            <p className="muted">Loading the coach…</p>
          </section>
        )}
        {mode === 'page' && <SiteAccessNotice tabId={tabId} />}
        {message && <StatusPanel message={message} onFix={onFix} />}
        {callPage && <BeforeCall />}

        {showCoach && (
          <>
            {partial && <p className="banner">{partial}</p>}
            {firefoxDocs && (
              <p className="banner" data-note="firefox-docs-read-only">
                Firefox does not let add-ons paste into Google Docs, so Apply is off here: copy a suggestion and paste it yourself.
              </p>
            )}
            <StoryHeader
              source={coached.source}
              stories={stories}
              text={coached.text}
              index={index}
              onPick={setPicked}
              freshness={freshnessOf(coached, now)}
              question={
                <QuestionPicker
                  question={story.question}
                  origin={questionOrigin(story, index, chosenQuestions, coached.options.questionHint)}
                  onChoose={onChooseQuestion}
                />
              }
            />
            <Timeline story={story} />
            <Tabs
              label="Coaching"
              tabs={[
                {
                  id: 'advice',
                  label: 'Advice',
                  badge: story.notice ? undefined : fixes.length || (upcoming.length ? undefined : '✓'),
                  content: story.notice ? (
                    <StoryNoticeCard notice={story.notice} />
                  ) : (
                    <>
                      {(fixes.length > 0 || upcoming.length === 0) && (
                        <FindingList
                          findings={fixes}
                          text={coached.text}
                          canApply={coached.source.writable && !firefoxDocs}
                          canInsert={mode === 'draft'}
                          canReveal={!docsExport}
                          stillToCome={upcoming.length}
                          busy={busy}
                          onAction={(a, f) => void onAction(a, f)}
                        />
                      )}
                      <Upcoming upcoming={upcoming} noFixes={fixes.length === 0} onFullCheck={() => setFullCheckOf(fullCheckKey)} />
                    </>
                  ),
                },
                {
                  id: 'checklist',
                  label: 'Checklist',
                  badge: `${readiness(checks).done}/${checks.length}`,
                  content: <Checklist title="Before you say it" items={checks} onToggle={(id, done, found) => void setHandCheck(liveKey, id, done, found)} />,
                },
                { id: 'rehearse', label: 'Rehearse', content: <RehearsalTimer key={liveKey} text={coached.text} story={story} /> },
                {
                  id: 'stories',
                  label: 'Stories',
                  content: (
                    <StoryBank
                      current={{ text: coached.text, story, liveKey, origin: storyOrigin(coached.source, story, index) }}
                      draftText={draft.text}
                      onLoad={loadIntoDraft}
                    />
                  ),
                },
              ]}
            />
          </>
        )}

        {!showCoach && !callPage && <StoryBank current={null} draftText={draft.text} onLoad={loadIntoDraft} />}
      </main>
      <p className="notice" role="status">{notice}</p>
    </div>
  );
}
