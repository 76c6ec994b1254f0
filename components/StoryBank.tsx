// Saved answers: save the coached story, rename, delete with undo, export and import as JSON.
import { useEffect, useRef, useState } from 'react';
import { QUESTION_IDS, type QuestionId, type Story } from '@/lib/engine/report';
import { QUESTIONS } from '@/lib/coaching/questions';
import { copyHandChecks, handChecksItem, mergeChecks, readiness, savedStoryKey, usableTicks } from '@/lib/store/checks';
import {
  deleteStory,
  exportStories,
  importStories,
  readStories,
  renameStory,
  restoreStory,
  saveStory,
  storiesItem,
  type ImportResult,
  type Removed,
  type SavedStory,
} from '@/lib/store/stories';
import { exportSetAside, setAsideItem, type SetAsideEntry } from '@/lib/store/set-aside';
import { usableStories } from '@/lib/store/story-shape';
import { plural } from '@/lib/ui/format';
import { defaultTitle, outcomeCue } from '@/lib/ui/story-summary';
import { useStoredValue } from './useStoredValue';
import { RehearsalTrend } from './RehearsalTrend';
import { RehearseSaved } from './RehearseSaved';
import './StoryBank.css';

export interface CoachedStory {
  text: string;
  story: Story;
  /** Hand ticks of the live story, carried over on save. */
  liveKey: string;
}

const UNDO_MS = 8000;

export function StoryBank({ current }: { current: CoachedStory | null }) {
  // Shown as stored right away; the read below finishes any interrupted save and sets aside damaged entries.
  const stories = usableStories(useStoredValue(storiesItem));
  const setAside = useStoredValue(setAsideItem) ?? [];
  const ticks = usableTicks(useStoredValue(handChecksItem));
  const [saving, setSaving] = useState(false);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [note, setNote] = useState('');
  const [rehearsing, setRehearsing] = useState<string | null>(null);
  const rehearsed = stories.find((s) => s.id === rehearsing);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    readStories().catch(() => setNote('Your saved stories could not be checked just now; they are unchanged.'));
  }, []);

  useEffect(() => {
    if (!removed) return;
    const t = setTimeout(() => setRemoved(null), UNDO_MS);
    return () => clearTimeout(t);
  }, [removed]);

  const onDelete = async (id: string) => setRemoved(await deleteStory(id));
  const onUndo = async () => {
    if (!removed) return;
    await restoreStory(removed);
    setNote(`Restored “${removed.story.title}”`);
    setRemoved(null);
  };
  const onExport = () => {
    download(exportStories(stories), 'star-coach-stories');
    setNote(`Exported ${plural(stories.length, 'story', 'stories')}.`);
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    setImported(await importStories(await file.text()));
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className="card bank" aria-labelledby="bank-title">
      <div className="card-head">
        <h2 id="bank-title">Story bank</h2>
        <span className="muted">{plural(stories.length, 'story', 'stories')}</span>
      </div>

      {current && !saving && (
        <button type="button" className="btn btn-primary btn-block" onClick={() => setSaving(true)}>
          Save this answer as a story
        </button>
      )}
      {current && saving && (
        <SaveForm
          current={current}
          onDone={(title) => {
            setSaving(false);
            if (title) setNote(`Saved “${title}”`);
          }}
        />
      )}

      {Array.isArray(setAside) && setAside.length > 0 && <SetAsideNotice entries={setAside} />}

      {rehearsed && <RehearseSaved key={rehearsed.id} story={rehearsed} onClose={() => setRehearsing(null)} />}

      {stories.length === 0 ? (
        <p className="muted bank-empty">Save the answers you want to tell. They stay on this device; export them to keep a copy.</p>
      ) : (
        <ul className="stories" aria-label="Saved stories">
          {stories.map((s) => (
            <StoryRow key={s.id} story={s} ticks={ticks[savedStoryKey(s.id)] ?? []} onDelete={() => void onDelete(s.id)} onRehearse={() => setRehearsing(s.id)} />
          ))}
        </ul>
      )}

      <div role="status" className="bank-status">
        {removed && (
          <div className="toast">
            <span>Deleted “{removed.story.title}”.</span>
            <button type="button" className="btn btn-small" onClick={() => void onUndo()}>Undo</button>
          </div>
        )}
        {!removed && note && <p className="muted">{note}</p>}
        {imported && <ImportReport result={imported} onClose={() => setImported(null)} />}
      </div>

      <div className="row bank-io">
        <button type="button" className="btn btn-small" onClick={onExport} disabled={stories.length === 0}>
          Export JSON
        </button>
        <button type="button" className="btn btn-small" onClick={() => fileInput.current?.click()}>
          Import JSON
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Import stories from a JSON file"
          onChange={(e) => void onImport(e.currentTarget.files?.[0])}
        />
      </div>
    </section>
  );
}

function SaveForm({ current, onDone }: { current: CoachedStory; onDone(title?: string): void }) {
  const [title, setTitle] = useState(() => defaultTitle(current.text, current.story));
  const [question, setQuestion] = useState<QuestionId>(current.story.question);
  const [failed, setFailed] = useState(false);
  const submit = async () => {
    const { story, text } = current;
    const saved = await saveStory({
      title,
      question,
      text: text.slice(story.start, story.end),
      outcome: outcomeCue(text, story),
      words: story.words,
      seconds: story.seconds,
      checklist: story.checklist,
    }).catch(() => null);
    // A failed write changes nothing that was saved before; the form stays open to retry.
    setFailed(!saved);
    if (!saved) return;
    await copyHandChecks(current.liveKey, savedStoryKey(saved.id)).catch(() => undefined);
    onDone(saved.title);
  };
  return (
    <form
      className="save-form"
      aria-label="Save story"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>Title</span>
        <input value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} autoFocus />
      </label>
      <label className="field">
        <span>Question it answers</span>
        <select value={question} onChange={(e) => setQuestion(e.currentTarget.value as QuestionId)}>
          {QUESTION_IDS.map((q) => (
            <option key={q} value={q}>{QUESTIONS[q].label}</option>
          ))}
        </select>
      </label>
      {failed && <p role="alert" className="save-failed">This story could not be saved; your other stories are untouched. Try again.</p>}
      <div className="row">
        <button type="submit" className="btn btn-primary btn-small">Save story</button>
        <button type="button" className="btn btn-ghost btn-small" onClick={() => onDone()}>Cancel</button>
      </div>
    </form>
  );
}

function StoryRow({ story, ticks, onDelete, onRehearse }: { story: SavedStory; ticks: string[]; onDelete(): void; onRehearse(): void }) {
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(story.title);
  const items = mergeChecks(story.checklist, ticks);
  const { done, total } = readiness(items);
  const ready = total > 0 && done === total;
  const detailsId = `readiness-${story.id}`;
  if (editing) {
    return (
      <li className="story" data-story-id={story.id}>
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            void renameStory(story.id, title).then(() => setEditing(false));
          }}
        >
          <input aria-label="New title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} autoFocus maxLength={200} />
          <button type="submit" className="btn btn-primary btn-small">Rename</button>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setEditing(false)}>Cancel</button>
        </form>
      </li>
    );
  }
  return (
    <li className="story" data-story-id={story.id}>
      <div className="story-line">
        <div className="story-main">
          <span className="story-title">{story.title}</span>
          <span className="story-meta">{QUESTIONS[story.question].label}</span>
        </div>
        <button
          type="button"
          className={`pill pill-button ${ready ? 'pace-ok' : ''}`}
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="sr-only">Readiness </span>
          {done}/{total}
          <span className="sr-only"> done, show the checklist</span>
        </button>
        <div className="story-actions">
          <button type="button" className="icon-btn" aria-label={`Rehearse “${story.title}” aloud`} data-action="rehearse-saved" onClick={onRehearse}>
            <svg width="15" height="15" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3" />
            </svg>
          </button>
          <button type="button" className="icon-btn" aria-label={`Rename “${story.title}”`} onClick={() => { setTitle(story.title); setEditing(true); }}>
            <svg width="15" height="15" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4" />
            </svg>
          </button>
          <button type="button" className="icon-btn" aria-label={`Delete “${story.title}”`} onClick={onDelete}>
            <svg width="15" height="15" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
              <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
            </svg>
          </button>
        </div>
      </div>
      {open && (
        <ul id={detailsId} className="readiness" aria-label={`Checklist of “${story.title}”`}>
          {items.map((i) => (
            <li key={i.id} className={i.done ? 'is-done' : ''}>
              <span aria-hidden="true">{i.done ? '✓' : '○'}</span> {i.label}
              <span className="sr-only">{i.done ? ', done' : ', to do'}</span>
            </li>
          ))}
        </ul>
      )}
      {story.rehearsals && <RehearsalTrend rehearsals={story.rehearsals} title={story.title} />}
    </li>
  );
}

function ImportReport({ result, onClose }: { result: ImportResult; onClose(): void }) {
  return (
    <div className={`import-report ${result.error ? 'is-error' : ''}`} data-import-report>
      {result.error ? (
        <p>{result.error} Nothing was imported.</p>
      ) : (
        <p>
          Imported {plural(result.added.length, 'story', 'stories')}
          {result.skipped.length ? `; skipped ${result.skipped.length}:` : '.'}
        </p>
      )}
      {result.skipped.length > 0 && (
        <ul>
          {result.skipped.map((s) => (
            <li key={s.position}>
              #{s.position}
              {s.title ? ` “${s.title}”` : ''}: {s.reason}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn-ghost btn-small" onClick={onClose}>Dismiss</button>
    </div>
  );
}

/** Stored stories that could not be read: kept aside, and offered as a file. */
function SetAsideNotice({ entries }: { entries: SetAsideEntry[] }) {
  return (
    <div className="set-aside" data-set-aside={entries.length}>
      <p>
        {plural(entries.length, 'saved story', 'saved stories')} could not be read and {entries.length === 1 ? 'was' : 'were'} set
        aside. Nothing was deleted: download {entries.length === 1 ? 'it' : 'them'} to keep or fix by hand.
      </p>
      <button type="button" className="btn btn-small" onClick={() => download(exportSetAside(entries), 'star-coach-set-aside')}>
        Download set-aside stories
      </button>
    </div>
  );
}

function download(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}-${new Date().toISOString().slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
