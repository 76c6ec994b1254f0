// Before a call: the chosen story's checklist, the story bank's readiness, the site switch and pause.
// It always says what the checklist is about, and plainly when the page cannot be read.
import { useState } from 'react';
import { handChecksItem, liveStoryKey, mergeChecks, savedStoryKey, setHandCheck } from '@/lib/store/checks';
import { disabledSitesItem, pausedItem } from '@/lib/store/settings';
import { storiesItem } from '@/lib/store/stories';
import { usableStories } from '@/lib/store/story-shape';
import { pageAccessOr } from '@/lib/ui/page-access';
import { defaultTitle } from '@/lib/ui/story-summary';
import { BeforeCall } from '@/components/BeforeCall';
import { Checklist } from '@/components/Checklist';
import { SavedStoryList } from '@/components/SavedStoryList';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import { Switch } from '@/components/Switch';
import { useShortcut } from '@/components/useShortcut';
import { useStoredValue } from '@/components/useStoredValue';
import { useTabInfo } from '@/components/useTabInfo';
import { useCoachedTabId, useTabState } from '@/components/useTabState';
import { openSidePanel } from './open-side-panel';
import '@/components/theme.css';
import './App.css';

interface Choice {
  key: string;
  label: string;
  items: Parameters<typeof mergeChecks>[0];
}

export function App() {
  const tabId = useCoachedTabId();
  const tab = useTabState(tabId);
  // Only entries that read as stories: damaged ones are set aside by the side panel's story bank.
  const saved = usableStories(useStoredValue(storiesItem));
  const ticks = useStoredValue(handChecksItem) ?? {};
  const disabled = useStoredValue(disabledSitesItem) ?? [];
  const paused = useStoredValue(pausedItem) ?? false;
  const tabInfo = useTabInfo(tabId);
  const shortcut = useShortcut();
  const [chosen, setChosen] = useState<string>();

  const state = tab.loading ? null : tab.value;
  const access = pageAccessOr(tabInfo.url, state?.source.kind === 'panel-draft' ? undefined : state?.source.site);
  const host = access.kind === 'readable' || access.kind === 'call' ? access.host : undefined;
  const callMode = access.kind === 'call';
  const unreadable = access.kind === 'browser-page';

  // "This page" only when the text came from the page the tab shows now, not one it left.
  const fromThisPage = !!state && access.kind === 'readable' && state.source.site === access.host;
  const live: Choice[] =
    state && fromThisPage
      ? state.report.stories.map((s, i) => ({
          key: liveStoryKey(state.source, i, s.title),
          label: `This page: ${defaultTitle(state.text, s)}`,
          items: s.checklist,
        }))
      : [];
  const bank: Choice[] = saved.map((s) => ({ key: savedStoryKey(s.id), label: `Saved story: ${s.title}`, items: s.checklist }));
  const choices = [...live, ...bank];
  const current = choices.find((c) => c.key === chosen) ?? choices[0];
  const siteOff = host !== undefined && disabled.includes(host);
  const open = () => openSidePanel(tabInfo.windowId);

  const toggleSite = (on: boolean) =>
    void disabledSitesItem.setValue(on ? disabled.filter((h) => h !== host) : host ? [...new Set([...disabled, host])] : disabled);

  return (
    <div className={`popup ${callMode ? 'is-call' : ''}`}>
      <header className="popup-head">
        <div className="brand">
          <span className="logo" aria-hidden="true">★</span>
          <h1>STAR Coach</h1>
        </div>
        <div className="open-coach">
          <button type="button" className="btn btn-primary btn-small" onClick={open} aria-keyshortcuts={shortcut || undefined}>
            Open coach
          </button>
          {shortcut && (
            <kbd className="shortcut" title="Keyboard shortcut that opens the coach">
              <span className="sr-only">Shortcut: </span>
              {shortcut}
            </kbd>
          )}
        </div>
      </header>

      <main className="popup-body">
        <SiteAccessNotice tabId={tabId} />
        {callMode ? (
          <BeforeCall />
        ) : (
          <>
            {unreadable && (
              <section className="card empty" data-page="unreadable">
                <h2>The coach cannot read this page</h2>
                <p className="muted">
                  Browsers keep extensions out of their own pages and the extension stores.{' '}
                  {saved.length > 0
                    ? 'Your saved stories are below; open the coach to read them or to write in its draft box.'
                    : 'Open the coach to write your answer in its draft box, or open the page where you draft it.'}
                </p>
                <button type="button" className="btn btn-small" onClick={open}>
                  {saved.length > 0 ? 'Open the story bank' : 'Open the coach'}
                </button>
              </section>
            )}
            {tab.loading && tabId !== undefined ? (
              <p className="muted" aria-busy="true">Loading…</p>
            ) : current ? (
              <>
                {choices.length > 1 && (
                  <label className="field">
                    <span>Checklist for</span>
                    <select value={current.key} onChange={(e) => setChosen(e.currentTarget.value)}>
                      {choices.map((c) => (
                        <option key={c.key} value={c.key}>{c.label}</option>
                      ))}
                    </select>
                  </label>
                )}
                <Checklist
                  title={current.label}
                  items={mergeChecks(current.items, ticks[current.key] ?? [])}
                  onToggle={(id, done, found) => void setHandCheck(current.key, id, done, found)}
                />
              </>
            ) : (
              !unreadable && (
                <section className="card empty">
                  <h2>Nothing to check yet</h2>
                  <p className="muted">Click into the field where you draft your answer, or open the coach and write it in its draft box.</p>
                </section>
              )
            )}

            {saved.length > 0 && (
              <section className="card" aria-labelledby="popup-bank-title">
                <div className="card-head">
                  <h2 id="popup-bank-title">Story bank</h2>
                </div>
                <SavedStoryList stories={saved} ticks={ticks} />
              </section>
            )}
          </>
        )}
      </main>

      <footer className="popup-foot">
        {paused && (
          <p className="paused-note" data-paused="true">
            <strong>Paused.</strong> The coach reads no page until you resume.
          </p>
        )}
        {callMode ? (
          <p className="muted">Call pages are never read.</p>
        ) : host && !unreadable ? (
          <Switch checked={!siteOff && !paused} onChange={toggleSite} disabled={paused}>
            Coach on <strong>{host}</strong>
          </Switch>
        ) : (
          !unreadable && <p className="muted">The coach cannot read this page.</p>
        )}
        <Switch checked={paused} onChange={(on) => void pausedItem.setValue(on)}>
          Pause everywhere
        </Switch>
      </footer>
    </div>
  );
}
