import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import * as storyModule from '../../../lib/engine/analyze-story';
import { createAnalyzer } from '../../../lib/engine/cache';
import { ANSWERS, answerText } from './answers';
import { LEADS_WITH_OUTCOME } from './eval-answers';

function prepDoc(count: number): string {
  const parts: string[] = ['# Interview prep'];
  for (let i = 0; i < count; i++) {
    const answer = ANSWERS[i % ANSWERS.length]!;
    parts.push(`## Q${i + 1}: Tell me about a ${answer.name}`, answerText(answer));
  }
  return parts.join('\n\n');
}

function replaceAt(text: string, find: string, replacement: string, occurrence: number): string {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(find, at + 1);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

describe('per-story cache', () => {
  it('gives the same report as a cold analysis across a series of edits', { timeout: 60_000 }, () => {
    const cached = createAnalyzer();
    let text = prepDoc(8);
    const edits: ((t: string) => string)[] = [
      (t) => replaceAt(t, 'shipped', 'delivered', 2),
      (t) => replaceAt(t, 'I learned', 'I really learned', 5),
      (t) => `Some notes on top.\n\n${t}`,
      (t) => replaceAt(t, '## Q3', '## Q3 (revised)', 0),
      (t) => t.replace('# Interview prep', ''),
      (t) => `${t}\n\n## Q99: Tell me about a failure\n${LEADS_WITH_OUTCOME}`,
      (t) => t.slice(0, t.length - 200),
    ];
    expect(cached(text)).toEqual(analyze(text));
    for (const edit of edits) {
      text = edit(text);
      expect(cached(text)).toEqual(analyze(text));
      expect(cached(text, { focus: 'ownership', level: 'staff' })).toEqual(analyze(text, { focus: 'ownership', level: 'staff' }));
    }
  });

  it('re-analyzes only the story a one-word edit touches', { timeout: 60_000 }, () => {
    const cached = createAnalyzer();
    const text = prepDoc(30);
    cached(text);
    const spy = vi.spyOn(storyModule, 'analyzeStory');
    try {
      const edited = replaceAt(text, 'comparison', 'summary', 0);
      const report = cached(edited);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(report).toEqual(analyze(edited));
    } finally {
      spy.mockRestore();
    }
  });

  it('moves cached stories when text is inserted above them', () => {
    const cached = createAnalyzer();
    const text = prepDoc(3);
    const before = cached(text);
    const shifted = cached(`Intro line.\n${text}`);
    expect(shifted.stories.at(-1)!.start).toBe(before.stories.at(-1)!.start + 'Intro line.\n'.length);
    expect(shifted.stories.at(-1)!.findings.map((f) => f.start)).toEqual(before.stories.at(-1)!.findings.map((f) => f.start + 12));
  });

  it('does not reuse a story analyzed under other options', () => {
    const cached = createAnalyzer();
    cached(LEADS_WITH_OUTCOME, { wordsPerMinute: 100 });
    expect(cached(LEADS_WITH_OUTCOME, { wordsPerMinute: 200 })).toEqual(analyze(LEADS_WITH_OUTCOME, { wordsPerMinute: 200 }));
    expect(cached(LEADS_WITH_OUTCOME, { question: 'conflict' })).toEqual(analyze(LEADS_WITH_OUTCOME, { question: 'conflict' }));
  });

  it('hands out reports that can be changed without corrupting the cache', () => {
    const cached = createAnalyzer();
    const first = cached(LEADS_WITH_OUTCOME);
    first.stories[0]!.sections[0]!.start = 999;
    first.stories[0]!.checklist.forEach((c) => (c.done = !c.done));
    expect(cached(LEADS_WITH_OUTCOME)).toEqual(analyze(LEADS_WITH_OUTCOME));
  });
});
