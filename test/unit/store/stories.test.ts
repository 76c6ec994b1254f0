import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  EXPORT_FORMAT_VERSION,
  deleteStory,
  exportStories,
  importStories,
  parseImport,
  renameStory,
  restoreStory,
  saveStory,
  storiesItem,
  type NewStory,
  type SavedStory,
} from '../../../lib/store/stories';

const draft: NewStory = {
  title: '  Webhook   failures ',
  question: 'production-incident',
  text: 'I noticed 0.3% of webhooks failing. I fixed the retry loop. Failures dropped to zero.',
  outcome: 'Failures dropped to zero.',
  words: 16,
  seconds: 7,
  checklist: [{ id: 'impact-quantified', label: 'Impact quantified', done: true }],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('story bank', () => {
  it('saves a story in storage.local with a tidy title', async () => {
    const saved = await saveStory(draft, 1000);
    expect(saved.title).toBe('Webhook failures');
    expect(await storiesItem.getValue()).toEqual([saved]);
    expect((await fakeBrowser.storage.local.get('stories')).stories).toHaveLength(1);
  });

  it('renames a story', async () => {
    const saved = await saveStory(draft, 1000);
    await renameStory(saved.id, 'The dropped webhooks', 2000);
    expect(await storiesItem.getValue()).toEqual([{ ...saved, title: 'The dropped webhooks', updatedAt: 2000 }]);
  });

  it('deletes a story and puts it back in its place on undo', async () => {
    const a = await saveStory({ ...draft, title: 'A' });
    const b = await saveStory({ ...draft, title: 'B' });
    const c = await saveStory({ ...draft, title: 'C' });
    const removed = await deleteStory(b.id);
    expect((await storiesItem.getValue()).map((s) => s.title)).toEqual(['A', 'C']);
    await restoreStory(removed!);
    expect(await storiesItem.getValue()).toEqual([a, b, c]);
  });

  it('returns nothing to undo for an unknown story', async () => {
    expect(await deleteStory('nope')).toBeNull();
  });
});

describe('export and import', () => {
  it('round-trips every story through a JSON file', async () => {
    const a = await saveStory({ ...draft, title: 'A' });
    const b = await saveStory({ ...draft, title: 'B' });
    const file = exportStories([a, b], new Date('2026-01-02T00:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ app: 'star-coach', schemaVersion: EXPORT_FORMAT_VERSION, exportedAt: '2026-01-02T00:00:00.000Z' });

    fakeBrowser.reset();
    const result = await importStories(file);
    expect(result).toEqual({ added: [a, b], skipped: [] });
    expect(await storiesItem.getValue()).toEqual([a, b]);
  });

  it('skips stories already in the bank and says so', async () => {
    const a = await saveStory(draft);
    const result = await importStories(exportStories([a]));
    expect(result.added).toEqual([]);
    expect(result.skipped).toEqual([{ position: 1, title: a.title, reason: 'already in your story bank' }]);
  });

  it('reports each invalid entry with its position and reason, and keeps the valid ones', () => {
    const good = { title: 'Good', question: 'conflict', text: 'I talked to her.' };
    const file = JSON.stringify({
      schemaVersion: 1,
      stories: [
        good,
        'just a string',
        { title: '', question: 'conflict', text: 'x' },
        { title: 'No text', question: 'conflict', text: '   ' },
        { title: 'Odd question', question: 'favourite-colour', text: 'Blue.' },
        { title: 'Bad checklist', question: 'conflict', text: 'Yes.', checklist: [{ id: 1 }] },
      ],
    });
    const result = parseImport(file, [], 5);
    expect(result.added).toHaveLength(1);
    expect(result.added[0]).toMatchObject({ title: 'Good', question: 'conflict', outcome: '', checklist: [], savedAt: 5 });
    expect(result.skipped).toEqual([
      { position: 2, title: undefined, reason: 'not a story object' },
      { position: 3, title: '', reason: 'no title' },
      { position: 4, title: 'No text', reason: 'no answer text' },
      { position: 5, title: 'Odd question', reason: 'unknown question' },
      { position: 6, title: 'Bad checklist', reason: 'malformed checklist' },
    ]);
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another file', JSON.stringify({ hello: 'world' }), /not a STAR Coach story export/],
    ['a newer version', JSON.stringify({ schemaVersion: 99, stories: [] }), /newer version/],
  ])('refuses %s as a whole, importing nothing', async (_label, file, message) => {
    const result = await importStories(file);
    expect(result.error).toMatch(message);
    expect(await storiesItem.getValue()).toEqual([]);
  });

  it('does not let one file fill the bank without limit', () => {
    const existing = Array.from({ length: 499 }, (_, i) => ({ id: `s${i}` }) as SavedStory);
    const file = JSON.stringify({ schemaVersion: 1, stories: [1, 2].map((n) => ({ title: `T${n}`, question: 'general', text: 'x' })) });
    const result = parseImport(file, existing);
    expect(result.added).toHaveLength(1);
    expect(result.skipped[0]?.reason).toMatch(/at most 500/);
  });
});
