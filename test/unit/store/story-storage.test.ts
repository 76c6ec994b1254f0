import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportSetAside, setAsideItem } from '../../../lib/store/set-aside';
import {
  EXPORT_FORMAT_VERSION,
  STORY_SCHEMA_VERSION,
  deleteStory,
  importStories,
  readStories,
  renameStory,
  restoreStory,
  saveStory,
  storiesItem,
  type NewStory,
  type SavedStory,
} from '../../../lib/store/stories';

const draft: NewStory = {
  title: 'Webhook failures',
  question: 'production-incident',
  text: 'I noticed 0.3% of webhooks failing. I fixed the retry loop. Failures dropped to zero.',
  outcome: 'Failures dropped to zero.',
  words: 16,
  seconds: 7,
  checklist: [{ id: 'impact-quantified', label: 'Impact quantified', done: true }],
};

const local = () => fakeBrowser.storage.local;
const seed = (items: Record<string, unknown>) => local().set(items);

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('schema version and migration', () => {
  it('marks the stored list with the current schema version', async () => {
    await saveStory(draft);
    expect((await local().get('stories$'))['stories$']).toEqual({ v: STORY_SCHEMA_VERSION });
  });

  it.each([
    ['v1', { 'stories$': { v: 1 } }],
    ['v0 (no version mark)', {}],
  ])('migrates a %s list: fills what older saves lacked and keeps every story', async (_label, meta) => {
    const old = [
      { id: 'a', title: '  The   outage ', question: 'production-incident', text: 'We lost the queue. I rebuilt it.', savedAt: 100 },
      { id: 'b', title: 'Mentoring', question: 'conflict', text: 'I paired with Sam weekly.', words: 6, checklist: [] },
    ];
    await seed({ stories: old, ...meta });
    await storiesItem.migrate();

    const stories = await storiesItem.getValue();
    expect(stories).toEqual([
      { id: 'a', title: 'The outage', question: 'production-incident', text: old[0]!.text, outcome: '', words: 0, seconds: 0, checklist: [], savedAt: 100, updatedAt: 100, tags: [] },
      expect.objectContaining({ id: 'b', title: 'Mentoring', words: 6, outcome: '', seconds: 0 }),
    ]);
    expect((await local().get('stories$'))['stories$']).toEqual({ v: STORY_SCHEMA_VERSION });
  });

  it('sets aside, rather than drops, an entry the migration cannot read', async () => {
    await seed({ stories: [{ id: 'a', title: 'Kept', question: 'conflict', text: 'I asked.' }, { id: 'b', title: 'No text' }], 'stories$': { v: 1 } });
    await storiesItem.migrate();
    expect((await storiesItem.getValue()).map((s) => s.id)).toEqual(['a']);
    expect(await setAsideItem.getValue()).toEqual([{ raw: { id: 'b', title: 'No text' }, reason: 'no answer text', setAsideAt: expect.any(Number) }]);
  });
});

describe('damaged entries are set aside, never dropped', () => {
  it('keeps readable stories working and sets each damaged entry aside with its reason', async () => {
    const good = await saveStory(draft, 1);
    const damaged = ['just text', null, { id: 'x', title: 'Lost words', question: 'conflict' }, { id: 'y', title: 42, question: 'conflict', text: 'Hi.' }];
    await seed({ stories: [good, ...damaged] });

    expect(await readStories(5)).toEqual([good]);
    expect(await setAsideItem.getValue()).toEqual([
      { raw: 'just text', reason: 'not a story object', setAsideAt: 5 },
      { raw: null, reason: 'not a story object', setAsideAt: 5 },
      { raw: damaged[2], reason: 'no answer text', setAsideAt: 5 },
      { raw: damaged[3], reason: 'no title', setAsideAt: 5 },
    ]);
    // The rest keeps working: the list was repaired, and a new save goes in beside it.
    expect(await storiesItem.getValue()).toEqual([good]);
    const next = await saveStory({ ...draft, title: 'Second' });
    expect(await readStories()).toEqual([good, next]);
    expect(await setAsideItem.getValue()).toHaveLength(4);
  });

  it('sets aside a whole value that is not a list, and starts a fresh one', async () => {
    await seed({ stories: { oops: 'not a list' } });
    expect(await readStories(7)).toEqual([]);
    expect(await setAsideItem.getValue()).toEqual([{ raw: { oops: 'not a list' }, reason: 'the saved list was not a list', setAsideAt: 7 }]);
    await saveStory(draft);
    expect(await storiesItem.getValue()).toHaveLength(1);
  });

  it('does not set the same entry aside twice when read again', async () => {
    await seed({ stories: [42] });
    await readStories();
    await seed({ stories: [42] });
    await readStories();
    expect(await setAsideItem.getValue()).toHaveLength(1);
  });

  it('keeps two stories that share an id, apart', async () => {
    const a = await saveStory(draft);
    await seed({ stories: [a, { ...a, title: 'Twin' }] });
    const stories = await readStories();
    expect(stories.map((s) => s.title)).toEqual([a.title, 'Twin']);
    expect(new Set(stories.map((s) => s.id)).size).toBe(2);
  });

  it('offers the set-aside entries as a file holding their raw values', async () => {
    await seed({ stories: [{ title: 'Half' }] });
    await readStories(3);
    const file = JSON.parse(exportSetAside(await setAsideItem.getValue(), new Date(0)));
    expect(file.entries).toEqual([{ raw: { title: 'Half' }, reason: 'no answer text', setAsideAt: 3 }]);
  });
});

describe('a write that fails halfway loses nothing', () => {
  type Change = { name: string; run(stories: SavedStory[]): Promise<unknown>; expectAfter(before: SavedStory[], after: SavedStory[]): void };
  const ids = (list: SavedStory[]) => list.map((s) => s.id);
  const changes: Change[] = [
    {
      name: 'save',
      run: () => saveStory({ ...draft, title: 'New one' }),
      // Either the new story is fully there, or it is not there at all.
      expectAfter: (before, after) => {
        expect(after.slice(0, before.length)).toEqual(before);
        expect(after.length - before.length).toBeLessThanOrEqual(1);
        if (after.length > before.length) expect(after[before.length]).toMatchObject({ title: 'New one', text: draft.text });
      },
    },
    {
      name: 'rename',
      run: (s) => renameStory(s[1]!.id, 'Renamed'),
      expectAfter: (before, after) => {
        expect(ids(after)).toEqual(ids(before));
        expect(['Renamed', before[1]!.title]).toContain(after[1]!.title);
        expect(after[1]!.text).toBe(before[1]!.text);
      },
    },
    {
      name: 'delete',
      run: (s) => deleteStory(s[0]!.id),
      expectAfter: (before, after) => {
        expect([ids(before), ids(before).slice(1)]).toContainEqual(ids(after));
      },
    },
    {
      name: 'undo of a delete',
      run: async (s) => restoreStory({ story: { ...s[0]!, id: 'restored' }, index: 0 }),
      expectAfter: (before, after) => {
        expect([ids(before), ['restored', ...ids(before)]]).toContainEqual(ids(after));
      },
    },
    {
      name: 'import',
      run: () => importStories(JSON.stringify({ schemaVersion: EXPORT_FORMAT_VERSION, stories: [{ title: 'Imported', question: 'conflict', text: 'I listened first.' }] })),
      expectAfter: (before, after) => {
        expect(after.slice(0, before.length)).toEqual(before);
        expect(after.slice(before.length).map((s) => s.title)).toEqual(after.length > before.length ? ['Imported'] : []);
      },
    },
  ];
  // Each change writes three times: the intent, the list, then clears the intent.
  const writes = [1, 2, 3];
  const modes = ['the browser closes', 'one write fails'] as const;
  const cases = changes.flatMap((change) => writes.flatMap((n) => modes.map((mode) => ({ change, n, mode }))));

  it.each(cases)('$change.name, when $mode at write $n: every saved story is still there and the next read is consistent', async ({ change, n, mode }) => {
    const before = [await saveStory({ ...draft, title: 'One' }, 1), await saveStory({ ...draft, title: 'Two' }, 2), await saveStory({ ...draft, title: 'Three' }, 3)];
    const area = local();
    let count = 0;
    for (const method of ['set', 'remove'] as const) {
      const real = area[method].bind(area) as (...args: unknown[]) => Promise<void>;
      vi.spyOn(area, method).mockImplementation(((...args: unknown[]) => {
        count += 1;
        const fails = mode === 'the browser closes' ? count >= n : count === n;
        return fails ? Promise.reject(new Error('storage write failed')) : real(...args);
      }) as never);
    }

    await change.run(before).catch(() => undefined);
    vi.restoreAllMocks();
    expect(count, 'the fault was injected').toBeGreaterThanOrEqual(n);

    const after = await readStories();
    change.expectAfter(before, after);
    // Consistent: the list on disk is what was read, and no save is left half done.
    expect(await storiesItem.getValue()).toEqual(after);
    expect(await readStories()).toEqual(after);
    expect(await local().get('storiesPending')).toEqual({});
    expect(await setAsideItem.getValue()).toEqual([]);
  });

  it('finishes an interrupted save found on the next start', async () => {
    const a = await saveStory(draft, 1);
    const b = { ...a, id: 'b', title: 'Written to the intent only' };
    await seed({ storiesPending: [a, b] });
    expect(await readStories()).toEqual([a, b]);
    expect(await storiesItem.getValue()).toEqual([a, b]);
  });

  it('sets aside a damaged unfinished save and keeps the last complete list', async () => {
    const a = await saveStory(draft, 1);
    await seed({ storiesPending: 'garbled' });
    expect(await readStories(9)).toEqual([a]);
    expect(await setAsideItem.getValue()).toEqual([{ raw: 'garbled', reason: 'an unfinished save could not be read', setAsideAt: 9 }]);
  });
});

describe('import never touches existing stories when it refuses a file', () => {
  it.each([
    ['not JSON', '{"stories": ['],
    ['a list instead of an export', '[1,2,3]'],
    ['stories that is not a list', JSON.stringify({ schemaVersion: 1, stories: 'many' })],
    ['no schema version', JSON.stringify({ stories: [] })],
    ['a newer schema', JSON.stringify({ schemaVersion: EXPORT_FORMAT_VERSION + 1, stories: [{ title: 'T', question: 'conflict', text: 'x' }] })],
  ])('%s', async (_label, file) => {
    const a = await saveStory(draft, 1);
    const b = await saveStory({ ...draft, title: 'B' }, 2);
    const stored = await local().get(null);
    const result = await importStories(file);
    expect(result.error).toBeTruthy();
    expect(result.added).toEqual([]);
    expect(await local().get(null)).toEqual(stored);
    expect(await readStories()).toEqual([a, b]);
  });
});
