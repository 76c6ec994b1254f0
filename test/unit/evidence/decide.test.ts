// How a rule's model rules on its patterns' hits: deciding alone, or adding to the patterns.
import { describe, expect, it } from 'vitest';
import { splitStories } from '../../../lib/engine/stories';
import { buildStoryContext } from '../../../lib/engine/story-context';
import { QUESTIONS } from '../../../lib/coaching/questions';
import { decideWith } from '../../../lib/evidence/decide';
import type { EvidenceReader, RuleModel } from '../../../lib/evidence/model';

const TEXT = 'Our nightly export failed twice a week. I moved it onto a read replica. The export has worked since.';
const story = buildStoryContext(TEXT, splitStories(TEXT)[0]!, { question: QUESTIONS.general, level: 'mid', focus: 'general', wordsPerMinute: 140 });
const reader: EvidenceReader = { advice: 'Say how you know.', read: () => ({ instances: [], story: ['seen'] }) };
// A bias alone sets the probability: far below or far above the threshold.
const model = (sure: boolean, addsToPatterns?: true): RuleModel => ({ bias: sure ? 6 : -6, weights: {}, threshold: 0.5, ...(addsToPatterns ? { addsToPatterns } : {}) });
const hit = { start: 0, end: 10 };

describe('a rule model', () => {
  it('deciding alone, drops the patterns\' hit when it is not convinced', () => {
    expect(decideWith(model(false), reader, story, [hit])).toEqual([]);
  });

  it('adding to the patterns, keeps their hit whatever it reads', () => {
    expect(decideWith(model(false, true), reader, story, [hit])).toEqual([hit]);
  });

  it('adding to the patterns, still raises a finding where they found none, with the reader\'s advice', () => {
    const [f] = decideWith(model(true, true), reader, story, []);
    expect(f?.suggestion).toBe('Say how you know.');
    expect(TEXT.slice(f!.start, f!.end)).toBe('The export has worked since.');
  });

  it('adding to the patterns, stays silent where neither fires', () => {
    expect(decideWith(model(false, true), reader, story, [])).toEqual([]);
  });
});
