// Before a call: the chosen story's checklist, the story bank's readiness, the site switch and pause.
import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { QUESTIONS } from '@/lib/coaching/questions';
import { handChecksItem, liveStoryKey, mergeChecks, readiness, savedStoryKey, setHandCheck } from '@/lib/store/checks';
import { disabledSitesItem, pausedItem } from '@/lib/store/settings';
import { storiesItem } from '@/lib/store/stories';
import { usableStories } from '@/lib/store/story-shape';
import { defaultTitle } from '@/lib/ui/story-summary';
import { isVideoCallHost, isVideoCallUrl } from '@/lib/ui/video-call';
import { Checklist } from '@/components/Checklist';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { Switch } from '@/components/Switch';
import { useStoredValue } from '@/components/useStoredValue';
import { useCoachedTabId, useTabState } from '@/components/useTabState';
import { openSidePanel } from './open-side-panel';
import '@/components/theme.css';
import './App.css';

interface Choice {
  key: string;
  label: string;
  items: Parameters<typeof mergeChecks>[0];
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}

export function App() {
  const tabId = useCoachedTabId();
  const tab = useTabState(tabId);
  // Only entries that read as stories: damaged ones are set aside by the side panel's story bank.
  const saved = usableStories(useStoredValue(storiesItem));
  const ticks = useStoredValue(handChecksItem) ?? {};
  const disabled = useStoredValue(disabledSitesItem) ?? [];
  const paused = useStoredValue(pausedItem) ?? false;
  const [tabInfo, setTabInfo] = useState<{ url?: string; windowId?: number }>({});
  const [chosen, setChosen] = useState<string>();

  useEffect(() => {
    if (tabId === undefined) return;
    browser.tabs.get(tabId).then(
      (t) => setTabInfo({ url: t.url, windowId: t.windowId }),
      // A tab id from ?tab= may name no real tab (tests); the window is still ours.
      () => void browser.windows.getCurrent().then((w) => setTabInfo({ windowId: w.id })),
    );
  }, [tabId]);

  const state = tab.loading ? null : tab.value;
  const host = hostOf(tabInfo.url) ?? (state?.source.kind === 'field' || state?.source.kind === 'google-docs' ? state.source.site : undefined);
  const callMode = isVideoCallUrl(tabInfo.url) || (host !== undefined && isVideoCallHost(host));

  const live: Choice[] = state
    ? state.report.stories.map((s, i) => ({
        key: liveStoryKey(state.source, i, s.title),
        label: `This page: ${defaultTitle(state.text, s)}`,
        items: s.checklist,
      }))
    : [];
  const bank: Choice[] = saved.map((s) => ({ key: savedStoryKey(s.id), label: `Saved: ${s.title}`, items: s.checklist }));
  // On a call page the text being typed is likely the meeting chat: the saved stories come first.
  const choices = callMode ? [...bank, ...live] : [...live, ...bank];
  const current = choices.find((c) => c.key === chosen) ?? choices[0];
  const siteOff = host !== undefined && disabled.includes(host);

  const toggleSite = (on: boolean) =>
    void disabledSitesItem.setValue(on ? disabled.filter((h) => h !== host) : host ? [...new Set([...disabled, host])] : disabled);

  return (
    <div className={`popup ${callMode ? 'is-call' : ''}`}>
      <header className="popup-head">
        <div className="brand">
          <span className="logo" aria-hidden="true">★</span>
          <h1>STAR Coach</h1>
        </div>
        <button type="button" className="btn btn-primary btn-small" onClick={() => openSidePanel(tabInfo.windowId)}>
          Open coach
        </button>
      </header>

      {callMode && (
        <section className="call-banner" aria-labelledby="call-title" data-mode="before-call">
          <h2 id="call-title">Before your call</h2>
          <p>Your answers stay hidden on call pages. Run through the checklist and the one-line outcome of each story.</p>
        </section>
      )}

      <main className="popup-body">
        <SiteAccessNotice tabId={tabId} />
        {tab.loading && tabId !== undefined ? (
          <p className="muted" aria-busy="true">Loading…</p>
        ) : current ? (
          <>
            {choices.length > 1 && (
              <label className="field">
                <span>Story</span>
                <select value={current.key} onChange={(e) => setChosen(e.currentTarget.value)}>
                  {choices.map((c) => (
                    <option key={c.key} value={c.key}>{c.label}</option>
                  ))}
                </select>
              </label>
            )}
            <Checklist
              title="Checklist"
              items={mergeChecks(current.items, ticks[current.key] ?? [])}
              onToggle={(id, done) => void setHandCheck(current.key, id, done)}
            />
          </>
        ) : (
          <section className="card empty">
            <h2>Nothing to check yet</h2>
            <p className="muted">Click into the field where you draft your answer, or open the coach and write it in its draft box.</p>
          </section>
        )}

        {saved.length > 0 && (
          <section className="card" aria-labelledby="popup-bank-title">
            <div className="card-head">
              <h2 id="popup-bank-title">{callMode ? 'Your stories: outcome cues' : 'Story bank'}</h2>
            </div>
            <ul className="bank-list">
              {saved.map((s) => {
                const r = readiness(mergeChecks(s.checklist, ticks[savedStoryKey(s.id)] ?? []));
                return (
                  <li key={s.id} data-story-id={s.id}>
                    <div className="bank-main">
                      <span className="story-title">{s.title}</span>
                      {callMode ? (
                        <span className="cue">{s.outcome || 'No outcome line yet: add a measured result.'}</span>
                      ) : (
                        <span className="story-meta">{QUESTIONS[s.question].label}</span>
                      )}
                    </div>
                    <span className={`pill ${r.total > 0 && r.done === r.total ? 'pace-ok' : ''}`}>
                      <span className="sr-only">Readiness </span>
                      {r.done}/{r.total}
                      <span className="sr-only"> done</span>
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </main>

      <footer className="popup-foot">
        {host ? (
          <Switch checked={!siteOff} onChange={toggleSite}>
            Coach on <strong>{host}</strong>
          </Switch>
        ) : (
          <p className="muted">The coach cannot read this page.</p>
        )}
        <Switch checked={paused} onChange={(on) => void pausedItem.setValue(on)}>
          Pause everywhere
        </Switch>
      </footer>
    </div>
  );
}
