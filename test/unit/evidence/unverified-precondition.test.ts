// Where unverified-fix's model may judge at all (LABELING: only where a fix or change is said to
// have worked, and nothing in the work confirms it).
import { describe, expect, it } from 'vitest';
import { splitStories } from '../../../lib/engine/stories';
import { buildStoryContext } from '../../../lib/engine/story-context';
import { QUESTIONS } from '../../../lib/coaching/questions';
import { fixNotInQuestion } from '../../../lib/rules/unverified-fix';

const story = (text: string) => buildStoryContext(text, splitStories(text)[0]!, { question: QUESTIONS.general, level: 'mid', focus: 'general', wordsPerMinute: 140 });
const setup = 'Our signup form failed on Safari for about a week. I was the engineer on the form.';

describe('unverified-fix is in question', () => {
  it('where a fix is followed by any saying that it worked, even one the patterns do not read', () => {
    expect(fixNotInQuestion(story(`${setup} I patched the date check and shipped it. In the end it all worked out.`))).toBe(false);
  });

  it('not where nothing is said to have worked, or the fault came back', () => {
    expect(fixNotInQuestion(story(`${setup} I deployed a fix. Then I wrote up the timeline for the team.`))).toBe(true);
    expect(fixNotInQuestion(story(`${setup} I deployed a fix, but the errors came back within a day.`))).toBe(true);
  });

  it('not where the work confirms the fix', () => {
    expect(fixNotInQuestion(story(`${setup} I reproduced it in a Safari VM, deployed a fix, and watched the error graph for two days. It works now.`))).toBe(true);
  });

  it('not where no fix or change is told', () => {
    expect(fixNotInQuestion(story('My manager and I disagreed about the release date. I laid out the risks. The launch went smoothly.'))).toBe(true);
  });
});
