// Saved answers: save the coached story (again = update), read, rename, edit, load into the draft,
// tag, delete with undo, see which questions they cover, export and import as JSON.
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
  sameStory,
  saveCoachedStory,
  storiesItem,
  updateStory,
  type ImportResult,
  type Removed,
  type SavedStory,
  type StoryEdit,
} from '@/lib/store/stories';
import { exportSetAside, setAsideItem, type SetAsideEntry } from '@/lib/store/set-aside';
import { cleanTags, usableStories, type StoryOrigin } from '@/lib/store/story-shape';
import { optionsFromSettings } from '@/lib/background/analysis-input';
import { sendMessage } from '@/lib/messaging';
import { settingsItem } from '@/lib/store/settings';
import { CoverageMap } from './CoverageMap';
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
  /** Where it is coached: saving the same answer again updates its story. */
  origin: StoryOrigin;
}

interface Props {
  current: CoachedStory | null;
  /** The panel's draft box now: loading a story replaces it, so unsaved text is asked about first. */
  draftText: string;
  /** Puts a saved story in the panel's draft box to work on it. */
  onLoad(story: SavedStory): void;
}

const UNDO_MS = 8000;

export function StoryBank({ current, draftText, onLoad }: Props) {
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
  const match = current ? sameStory(stories, { text: coachedText(current), origin: current.origin }) : undefined;
  const draftUnsaved = draftText.trim() !== '' && !sameStory(stories, { text: draftText });

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
          {match ? `Save again (updates “${match.title}”)` : 'Save this answer as a story'}
        </button>
      )}
      {current && saving && (
        <SaveForm
          current={current}
          match={match}
          onDone={(title, updated) => {
            setSaving(false);
            if (title) setNote(updated ? `Updated “${title}”` : `Saved “${title}”`);
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
            <StoryRow
              key={s.id}
              story={s}
              ticks={ticks[savedStoryKey(s.id)] ?? []}
              onDelete={() => void onDelete(s.id)}
              onLoad={() => onLoad(s)}
              askBeforeLoad={draftUnsaved}
              onRehearse={() => setRehearsing(s.id)}
            />
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

      {stories.length > 0 && <CoverageMap stories={stories} />}
    </section>
  );
}

const coachedText = ({ text, story }: CoachedStory) => text.slice(story.start, story.end);

function SaveForm({ current, match, onDone }: { current: CoachedStory; match?: SavedStory; onDone(title?: string, updated?: boolean): void }) {
  const [title, setTitle] = useState(() => match?.title ?? defaultTitle(current.text, current.story));
  const [question, setQuestion] = useState<QuestionId>(current.story.question);
  const [tags, setTags] = useState(() => (match?.tags ?? []).join(', '));
  const [failed, setFailed] = useState(false);
  const submit = async (asNew: boolean) => {
    const { story, text } = current;
    const saved = await saveCoachedStory(
      {
        title,
        question,
        text: coachedText(current),
        outcome: outcomeCue(text, story),
        words: story.words,
        seconds: story.seconds,
        checklist: story.checklist,
        tags: cleanTags(tags),
        origin: current.origin,
      },
      Date.now(),
      asNew,
    ).catch(() => null);
    // A failed write changes nothing that was saved before; the form stays open to retry.
    setFailed(!saved);
    if (!saved) return;
    await copyHandChecks(current.liveKey, savedStoryKey(saved.story.id)).catch(() => undefined);
    onDone(saved.story.title, saved.updated);
  };
  return (
    <form
      className="save-form"
      aria-label="Save story"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(false);
      }}
    >
      {match && <p className="muted save-match">You saved this answer before; saving updates “{match.title}”.</p>}
      <StoryMetaFields title={title} setTitle={setTitle} question={question} setQuestion={setQuestion} tags={tags} setTags={setTags} />
      {failed && <p role="alert" className="save-failed">This story could not be saved; your other stories are untouched. Try again.</p>}
      <div className="row">
        <button type="submit" className="btn btn-primary btn-small">{match ? 'Update story' : 'Save story'}</button>
        {match && (
          <button type="button" className="btn btn-small" onClick={() => void submit(true)}>
            Save as a new story
          </button>
        )}
        <button type="button" className="btn btn-ghost btn-small" onClick={() => onDone()}>Cancel</button>
      </div>
    </form>
  );
}

/** Title, question and tags: the same fields when saving a story and when editing one. */
function StoryMetaFields(props: {
  title: string; setTitle: (v: string) => void;
  question: QuestionId; setQuestion: (q: QuestionId) => void;
  tags: string; setTags: (tags: string) => void;
}) {
  return (
    <>
      <label className="field">
        <span>Title</span>
        <input value={props.title} onChange={(e) => props.setTitle(e.currentTarget.value)} required maxLength={200} autoFocus />
      </label>
      <QuestionField value={props.question} onChange={props.setQuestion} />
      <TagsField value={props.tags} onChange={props.setTags} />
    </>
  );
}

function QuestionField({ value, onChange }: { value: QuestionId; onChange(q: QuestionId): void }) {
  return (
    <label className="field">
      <span>Question it answers</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as QuestionId)}>
        {QUESTION_IDS.map((q) => (
          <option key={q} value={q}>{QUESTIONS[q].label}</option>
        ))}
      </select>
    </label>
  );
}

function TagsField({ value, onChange }: { value: string; onChange(tags: string): void }) {
  return (
    <label className="field">
      <span>Tags <span className="muted">(comma-separated)</span></span>
      <input value={value} onChange={(e) => onChange(e.currentTarget.value)} placeholder="e.g. leadership, Acme, 2024" maxLength={400} />
    </label>
  );
}

type RowMode = 'closed' | 'open' | 'rename' | 'edit';

interface RowProps {
  story: SavedStory;
  ticks: string[];
  onDelete(): void;
  onLoad(): void;
  askBeforeLoad: boolean;
  onRehearse(): void;
}

function StoryRow({ story, ticks, onDelete, onLoad, askBeforeLoad, onRehearse }: RowProps) {
  const [mode, setMode] = useState<RowMode>('closed');
  const [asking, setAsking] = useState(false);
  const [title, setTitle] = useState(story.title);
  const items = mergeChecks(story.checklist, ticks);
  const { done, total } = readiness(items);
  const ready = total > 0 && done === total;
  const detailsId = `story-${story.id}`;
  if (mode === 'rename') {
    return (
      <li className="story" data-story-id={story.id}>
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            void renameStory(story.id, title).then(() => setMode('closed'));
          }}
        >
          <input aria-label="New title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} autoFocus maxLength={200} />
          <button type="submit" className="btn btn-primary btn-small">Rename</button>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setMode('closed')}>Cancel</button>
        </form>
      </li>
    );
  }
  if (mode === 'edit') {
    return (
      <li className="story" data-story-id={story.id}>
        <EditForm story={story} onDone={() => setMode('open')} />
      </li>
    );
  }
  return (
    <li className="story" data-story-id={story.id}>
      <div className="story-line">
        <button
          type="button"
          className="story-main"
          aria-expanded={mode === 'open'}
          aria-controls={detailsId}
          onClick={() => setMode((m) => (m === 'open' ? 'closed' : 'open'))}
        >
          <span className="story-title" title={story.title}>{story.title}</span>
          <span className="story-meta">
            {QUESTIONS[story.question].label}
            {story.tags.length > 0 && ` · ${story.tags.join(', ')}`}
          </span>
        </button>
        <button
          type="button"
          className={`pill pill-button ${ready ? 'pace-ok' : ''}`}
          aria-expanded={mode === 'open'}
          aria-controls={detailsId}
          onClick={() => setMode((m) => (m === 'open' ? 'closed' : 'open'))}
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
          <button type="button" className="icon-btn" aria-label={`Rename “${story.title}”`} onClick={() => { setTitle(story.title); setMode('rename'); }}>
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
      {mode === 'open' && (
        <div id={detailsId} className="story-details">
          {/* Focusable so a long answer can be scrolled from the keyboard. */}
          <div className="story-text" role="region" tabIndex={0} aria-label={`Text of “${story.title}”`}>
            {story.text}
          </div>
          <ul className="readiness" aria-label={`Checklist of “${story.title}”`}>
            {items.map((i) => (
              <li key={i.id} className={i.done ? 'is-done' : ''}>
                <span aria-hidden="true">{i.done ? '✓' : '○'}</span> {i.label}
                <span className="sr-only">{i.done ? ', done' : ', to do'}</span>
              </li>
            ))}
          </ul>
          {asking ? (
            <div className="load-confirm" role="group" aria-label="Replace the draft?">
              <p>Your draft box holds text that is not in the bank. Loading this story replaces it.</p>
              <div className="row">
                <button
                  type="button"
                  className="btn btn-small btn-primary"
                  onClick={() => {
                    setAsking(false);
                    onLoad();
                  }}
                >
                  Replace the draft
                </button>
                <button type="button" className="btn btn-small btn-ghost" onClick={() => setAsking(false)}>Keep my draft</button>
              </div>
            </div>
          ) : (
            <div className="row">
              <button type="button" className="btn btn-small btn-primary" onClick={() => (askBeforeLoad ? setAsking(true) : onLoad())}>
                Load into draft
              </button>
              <button type="button" className="btn btn-small" onClick={() => setMode('edit')}>Edit</button>
            </div>
          )}
        </div>
      )}
      {story.rehearsals && <RehearsalTrend rehearsals={story.rehearsals} title={story.title} />}
    </li>
  );
}

/** Edits a saved story; edited text is analyzed again so its checklist and timing stay true. */
function EditForm({ story, onDone }: { story: SavedStory; onDone(): void }) {
  const [title, setTitle] = useState(story.title);
  const [question, setQuestion] = useState<QuestionId>(story.question);
  const [tags, setTags] = useState(story.tags.join(', '));
  const [text, setText] = useState(story.text);
  const [failed, setFailed] = useState(false);
  const submit = async () => {
    const ok = await reanalyzed(story, text, question)
      .then((fresh) => updateStory(story.id, { ...fresh, title, question, tags: cleanTags(tags), text }))
      .then(() => true, () => false);
    setFailed(!ok);
    if (ok) onDone();
  };
  return (
    <form
      className="save-form"
      aria-label={`Edit “${story.title}”`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <StoryMetaFields title={title} setTitle={setTitle} question={question} setQuestion={setQuestion} tags={tags} setTags={setTags} />
      <label className="field">
        <span>Answer</span>
        <textarea value={text} onChange={(e) => setText(e.currentTarget.value)} required rows={8} />
      </label>
      {failed && <p role="alert" className="save-failed">The changes could not be saved; the story is as it was. Try again.</p>}
      <div className="row">
        <button type="submit" className="btn btn-primary btn-small">Save changes</button>
        <button type="button" className="btn btn-ghost btn-small" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}

/** The analysis-derived fields of a story for its (edited) text and question. */
async function reanalyzed(story: SavedStory, text: string, question: QuestionId): Promise<StoryEdit> {
  if (text === story.text && question === story.question) return {};
  const options = { ...optionsFromSettings(await settingsItem.getValue()), question };
  const report = await sendMessage('analyzeDraft', { text, options });
  const first = report.stories[0];
  if (!first) return { outcome: '', words: 0, seconds: 0, checklist: [] };
  return { outcome: outcomeCue(text, first), words: first.words, seconds: first.seconds, checklist: first.checklist };
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
