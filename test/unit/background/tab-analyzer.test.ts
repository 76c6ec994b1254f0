import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_TEXT_CHARS } from '@/lib/background/analysis-input';
import { createTabAnalyzer } from '@/lib/background/tab-analyzer';
import { loadTabState, tabStateKey } from '@/lib/background/tab-state-store';
import type { AnalyzeOptions, Report } from '@/lib/engine/report';
import type { SourceInfo } from '@/lib/messaging';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/store/settings';

const field: SourceInfo = { kind: 'field', site: 'notes.example.test', label: 'Answer', fieldId: 'field-1', writable: true };

function setup(settings: Settings = DEFAULT_SETTINGS) {
  const calls: { text: string; options: AnalyzeOptions }[] = [];
  const analyzer = createTabAnalyzer({
    analyze(text, options): Report {
      calls.push({ text, options });
      return { wordsPerMinute: options.wordsPerMinute ?? 140, stories: [] };
    },
    loadSettings: async () => settings,
    now: () => 1000,
  });
  return { analyzer, calls };
}

describe('tab analyzer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the analyzed text per tab in storage.session under session:tab:<id>', async () => {
    const { analyzer } = setup();
    await analyzer.textChanged(7, { source: field, text: 'I fixed the cache.' }, 2);
    const raw = await fakeBrowser.storage.session.get('tab:7');
    expect(tabStateKey(7)).toBe('session:tab:7');
    expect(raw['tab:7']).toMatchObject({ tabId: 7, text: 'I fixed the cache.', status: 'ok', version: 1, frameId: 2 });
  });

  it('numbers analyses of a tab and survives a restarted worker', async () => {
    await setup().analyzer.textChanged(3, { source: field, text: 'one' });
    // A new analyzer is what a restarted service worker builds.
    const state = await setup().analyzer.textChanged(3, { source: field, text: 'one two' });
    expect(state?.version).toBe(2);
    expect((await loadTabState(3))?.text).toBe('one two');
  });

  it('drops an analysis overtaken by a newer edit of the same tab', async () => {
    const { analyzer, calls } = setup();
    const first = analyzer.textChanged(1, { source: field, text: 'draft' });
    const second = analyzer.textChanged(1, { source: field, text: 'draft, edited' });
    expect(await first).toBeNull();
    expect((await second)?.text).toBe('draft, edited');
    expect(calls.map((c) => c.text)).toEqual(['draft, edited']);
  });

  it('analyzes with the user settings, leaving the question to each story', async () => {
    const { analyzer, calls } = setup({ level: 'senior', focus: 'speed', wordsPerMinute: 120, marks: true });
    await analyzer.textChanged(1, { source: field, text: 'x' });
    expect(calls[0]?.options).toEqual({ level: 'senior', focus: 'speed', wordsPerMinute: 120, fieldLabel: 'Answer' });
  });

  it('reads the question from the field’s label, and keeps it for re-analyses', async () => {
    const { analyzer, calls } = setup();
    await analyzer.textChanged(1, { source: field, text: 'x', hint: 'Tell me about a production incident you handled' });
    expect(calls[0]?.options.questionHint).toBe('production-incident');
    await analyzer.reanalyzeAll();
    expect(calls[1]?.options.questionHint).toBe('production-incident');
    await analyzer.textChanged(2, { source: field, text: 'x', hint: 'Notes' });
    expect(calls[2]?.options.questionHint).toBeUndefined();
  });

  it('keeps a chosen question with its story and field in this tab only', async () => {
    const { analyzer, calls } = setup();
    await analyzer.textChanged(1, { source: field, text: 'x' });
    await analyzer.textChanged(2, { source: field, text: 'x' });
    await analyzer.chooseQuestion({ tabId: 1, fieldId: 'field-1', story: 'Q2: My manager', question: 'conflict' });
    expect(calls.at(-1)?.options.questions).toEqual({ 'Q2: My manager': 'conflict' });
    await analyzer.textChanged(1, { source: field, text: 'x y' });
    expect(calls.at(-1)?.options.questions).toEqual({ 'Q2: My manager': 'conflict' });
    await analyzer.textChanged(2, { source: field, text: 'x y' });
    expect(calls.at(-1)?.options.questions).toBeUndefined();
    await analyzer.chooseQuestion({ tabId: 1, fieldId: 'field-1', story: 'Q2: My manager', question: 'auto' });
    expect(calls.at(-1)?.options.questions).toBeUndefined();
  });

  it('moves the caret without analyzing again, and never overtakes a queued edit', async () => {
    const { analyzer, calls } = setup();
    await analyzer.textChanged(1, { source: field, text: 'one two three', caret: 0 }, 0);
    const edit = analyzer.textChanged(1, { source: field, text: 'one two three four', caret: 0 }, 0);
    const moved = analyzer.caretMoved(1, 'field-1', 9, 0);
    expect((await edit)?.text).toBe('one two three four');
    await moved;
    expect(await loadTabState(1)).toMatchObject({ caret: 9, version: 2, text: 'one two three four' });
    expect(calls).toHaveLength(2);
    await analyzer.caretMoved(1, 'field-9', 3, 0);
    await analyzer.caretMoved(1, 'field-1', 99, 0);
    expect((await loadTabState(1))?.caret).toBe(9);
  });

  it('caps very long text and says so', async () => {
    const { analyzer, calls } = setup();
    const state = await analyzer.textChanged(1, { source: field, text: 'a'.repeat(MAX_TEXT_CHARS + 10) });
    expect(state?.status).toBe('too-long');
    expect(calls[0]?.text.length).toBe(MAX_TEXT_CHARS);
  });

  it('clears the text when the site is switched off, keeps it while Docs is rate limited', async () => {
    const { analyzer } = setup();
    await analyzer.textChanged(1, { source: field, text: 'secret draft' });
    expect((await analyzer.statusChanged(1, field, 'rate-limited')).text).toBe('secret draft');
    const off = await analyzer.statusChanged(1, field, 'site-off');
    expect(off).toMatchObject({ status: 'site-off', text: '' });
  });

  it('re-analyzes every stored tab when settings change', async () => {
    let settings: Settings = DEFAULT_SETTINGS;
    const calls: AnalyzeOptions[] = [];
    const analyzer = createTabAnalyzer({
      analyze: (_text, options) => (calls.push(options), { wordsPerMinute: 140, stories: [] }),
      loadSettings: async () => settings,
      now: () => 0,
    });
    await analyzer.textChanged(1, { source: field, text: 'a' });
    await analyzer.textChanged(2, { source: field, text: 'b' });
    settings = { ...settings, focus: 'technical' };
    await analyzer.reanalyzeAll();
    expect((await loadTabState(1))?.options.focus).toBe('technical');
    expect((await loadTabState(2))?.version).toBe(2);
  });

  it('forgets a closed tab', async () => {
    const { analyzer } = setup();
    await analyzer.textChanged(5, { source: field, text: 'a' });
    await analyzer.forget(5);
    expect(await loadTabState(5)).toBeNull();
  });
});
