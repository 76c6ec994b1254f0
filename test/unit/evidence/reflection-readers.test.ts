// The reflection evidence readers: what they read of an answer with and without a lesson.
import { describe, expect, it } from 'vitest';
import { splitStories } from '../../../lib/engine/stories';
import { buildStoryContext } from '../../../lib/engine/story-context';
import { QUESTIONS } from '../../../lib/coaching/questions';
import reader from '../../../lib/evidence/missing-reflection';
import genericReader from '../../../lib/evidence/generic-reflection';

const read = (text: string) => {
  const story = buildStoryContext(text, splitStories(text)[0]!, { question: QUESTIONS.general, level: 'mid', focus: 'general', wordsPerMinute: 140 });
  return reader.read(story, []);
};

const STORY = 'Our nightly export failed twice a week. I owned the job that quarter. I moved it onto a read replica and added a lock check. Failed exports went from eight a month to none.';

describe('missing-reflection evidence', () => {
  it('reads the closing sentence as the one instance, and the lessons as counts over the story', () => {
    const without = read(STORY);
    expect(without.instances).toHaveLength(1);
    expect(without.story).toContain('lesson-cues:0');
    expect(without.story).not.toContain('closing-own-look');
  });

  it('reads only the lesson and ending tests of the closing sentence, not the whole lexicon', () => {
    const features = read(`${STORY} I learned to reproduce a lock in staging and measure it before any fix.`).instances[0]!.features;
    expect(features).toContain('lesson');
    expect(features).not.toContain('investigation');
    expect(features.some((f) => f.startsWith('terms:'))).toBe(false);
  });

  it('sees a closing lesson, a look forward and a general truth', () => {
    expect(read(`${STORY} I learned to check locks first, and I now add one to every job.`).story).toEqual(expect.arrayContaining(['lesson-cues:1', 'closing-own-look']));
    expect(read(`${STORY} Small changes often beat big rewrites.`).story).toContain('closing-general-truth');
  });
});

describe('generic-reflection evidence', () => {
  const readLessons = (text: string) => {
    const story = buildStoryContext(text, splitStories(text)[0]!, { question: QUESTIONS.general, level: 'mid', focus: 'general', wordsPerMinute: 140 });
    return genericReader.read(story, []);
  };

  it('reads each lesson sentence, marking a general truth and a named practice', () => {
    const truth = readLessons(`${STORY} I learned that small changes often beat big rewrites.`);
    expect(truth.instances).toHaveLength(1);
    expect(truth.instances[0]!.features).toContain('general-truth');
    expect(truth.story).not.toContain('reflection-practice');
    expect(readLessons(`${STORY} I learned to add a lock check to every new job, and I now review the job schedule each quarter.`).story).toContain('reflection-practice');
  });
});
