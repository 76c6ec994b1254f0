// The missing-reflection evidence reader: what it reads of an answer with and without a lesson.
import { describe, expect, it } from 'vitest';
import { splitStories } from '../../../lib/engine/stories';
import { buildStoryContext } from '../../../lib/engine/story-context';
import { QUESTIONS } from '../../../lib/coaching/questions';
import reader from '../../../lib/evidence/missing-reflection';

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

  it('sees a closing lesson, a look forward and a general truth', () => {
    expect(read(`${STORY} I learned to check locks first, and I now add one to every job.`).story).toEqual(expect.arrayContaining(['lesson-cues:1', 'closing-own-look']));
    expect(read(`${STORY} Small changes often beat big rewrites.`).story).toContain('closing-general-truth');
  });
});
