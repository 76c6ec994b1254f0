// Short answers (3 to 9 sentences) hear the trained role model beside the cues. Published
// answers of that length are where the cues alone placed the most sentences wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, type SentenceDraft } from '../../../lib/engine/sections';

interface Labelled {
  sentences?: { text: string; role: string }[];
}

const DIR = 'test/fixtures/published';
const shortAnswers = readdirSync(DIR)
  .filter((f) => f.startsWith('train-'))
  .flatMap((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Labelled[])
  .map((c) => (c.sentences ?? []).filter((s) => s.role !== 'aside'))
  .filter((kept) => kept.length >= 3 && kept.length < 10);

const drafts = (kept: { text: string }[]): SentenceDraft[] => kept.map((s) => ({ start: 0, end: 0, text: s.text }));

describe('parts of short answers', () => {
  it('places more sentences of published short answers where their readers did than the cues alone', () => {
    let wins = 0;
    let losses = 0;
    for (const kept of shortAnswers) {
      const right = (kinds: string[]) => kinds.filter((k, i) => k === kept[i]!.role).length;
      const withModel = right(classify(drafts(kept)).kinds);
      const cuesOnly = right(classify(drafts(kept), { alpha: 0 }).kinds);
      if (withModel > cuesOnly) wins++;
      if (withModel < cuesOnly) losses++;
    }
    expect(shortAnswers.length).toBeGreaterThan(50);
    expect(wins).toBeGreaterThanOrEqual(5 * Math.max(1, losses));
  });

  it('reads an outcome told without result words as the Result once the steps are told', () => {
    const told = [
      'At college I once had a single day to get a presentation ready on a subject I hardly knew.',
      'I made a plan for the research, the slides and two rehearsals.',
      'Doing it alone was close to impossible.',
      'I asked a classmate to take over the research, and we worked through the night.',
      'This helped me and finally I was able to give a solid talk the next morning.',
      'I managed the whole thing pretty well.',
    ];
    const kinds = classify(drafts(told.map((text) => ({ text })))).kinds;
    expect(kinds.slice(-2)).toEqual(['result', 'result']);
  });

  it.each([
    'This experience reminded me to get delivery dates in writing.',
    'My biggest learning was to confirm delivery windows in writing.',
    'This experience helped me grow as an engineer.',
  ])('hears a closing lesson told without "learned" as the Reflection: %s', (lesson) => {
    const told = ['The tiles for our kitchen job arrived two weeks late.', 'I called three suppliers and moved the tiling after the plumbing.', 'The job finished four days late instead of three weeks.', lesson];
    expect(classify(drafts(told.map((text) => ({ text })))).kinds.at(-1)).toBe('reflection');
  });
});
