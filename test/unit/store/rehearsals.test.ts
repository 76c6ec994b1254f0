import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { measureRehearsal } from '../../../lib/rehearsal/measures';
import { nextPart, startRehearsal, stopRehearsal } from '../../../lib/rehearsal/session';
import { rehearsalPlan } from '../../../lib/rehearsal/targets';
import { MAX_REHEARSALS, readRehearsals, rehearsalRecord, trendByPart, type SavedRehearsal } from '../../../lib/store/rehearsal-shape';
import { addRehearsal } from '../../../lib/store/rehearsals';
import { exportStories, parseImport, readStories, saveStory, storiesItem, type NewStory } from '../../../lib/store/stories';

const draft: NewStory = {
  title: 'Webhook failures',
  question: 'production-incident',
  text: 'I noticed 0.3% of webhooks failing. I fixed the retry loop. Failures dropped to zero.',
  outcome: 'Failures dropped to zero.',
  words: 16,
  seconds: 7,
  checklist: [],
};

function outcome(situationVoice: number) {
  const run = stopRehearsal(nextPart(startRehearsal(rehearsalPlan('', []), 0), 20), 30);
  const measure = measureRehearsal(run, [{ start: 1, end: 1 + situationVoice }, { start: 21, end: 28 }], { situation: 30, task: 15 }, 'transcript');
  return { mode: 'transcript' as const, measure, fillers: { fillers: 2, hedges: 1, phrases: [] } };
}

const record = (voice: number, at: number) => rehearsalRecord(outcome(voice), at)!;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('rehearsals kept with a story', () => {
  it('keeps numbers only: per-part spoken seconds, pace, fillers and the date', () => {
    expect(record(12, 1000)).toEqual({
      at: 1000,
      mode: 'transcript',
      parts: [
        { kind: 'situation', spoken: 12, elapsed: 20, wpm: 150 },
        { kind: 'task', spoken: 7, elapsed: 10, wpm: 129 },
      ],
      spoken: 19,
      elapsed: 30,
      wpm: 142,
      fillers: 2,
      hedges: 1,
    });
  });

  it('keeps nothing of a timer-only run', () => {
    expect(rehearsalRecord({ mode: 'timer', measure: outcome(1).measure }, 1)).toBeNull();
  });

  it('saves rehearsals with the story, latest last, and shows the trend per part', async () => {
    const story = await saveStory(draft, 1);
    expect(await addRehearsal(story.id, record(18, 100))).toBe(true);
    expect(await addRehearsal(story.id, record(14, 200))).toBe(true);
    const [saved] = await readStories();
    expect(saved!.rehearsals!.map((r) => r.at)).toEqual([100, 200]);
    expect(trendByPart(saved!.rehearsals!)).toEqual([
      { kind: 'situation', spoken: [18, 14] },
      { kind: 'task', spoken: [7, 7] },
    ]);
    expect(await addRehearsal('gone', record(1, 300))).toBe(false);
  });

  it('keeps the last rehearsals only', async () => {
    const story = await saveStory(draft, 1);
    for (let i = 0; i < MAX_REHEARSALS + 3; i++) await addRehearsal(story.id, record(10, i));
    const [saved] = await readStories();
    expect(saved!.rehearsals).toHaveLength(MAX_REHEARSALS);
    expect(saved!.rehearsals![0]!.at).toBe(3);
  });

  it('travels with the story through export and import', async () => {
    const story = await saveStory(draft, 1);
    await addRehearsal(story.id, record(12, 100));
    const file = exportStories(await readStories());
    const imported = parseImport(file, []);
    expect(imported.added[0]!.rehearsals).toEqual([record(12, 100)]);
  });

  it('leaves stories saved before rehearsals untouched, and drops only unreadable rehearsals', async () => {
    await storiesItem.setValue([{ ...(await saveStory(draft, 1)) }]);
    const [plain] = await readStories();
    expect('rehearsals' in plain!).toBe(false);
    const bad = [record(5, 1), { at: 'yesterday' }, { ...record(5, 2), parts: [{ kind: 'epilogue', spoken: 1, elapsed: 1, wpm: null }] }];
    expect(readRehearsals(bad)).toEqual([record(5, 1)]);
    expect(readRehearsals('nope')).toBeNull();
    const { added } = parseImport(JSON.stringify({ schemaVersion: 1, stories: [{ ...draft, rehearsals: bad }] }), []);
    expect(added[0]!.rehearsals).toEqual([record(5, 1)]);
  });

  it('sorts rehearsals by date whatever the file order', () => {
    const list: SavedRehearsal[] = [record(1, 300), record(2, 100)];
    expect(readRehearsals(list)!.map((r) => r.at)).toEqual([100, 300]);
  });
});
