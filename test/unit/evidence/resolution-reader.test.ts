// The "who resolves it" evidence handoff and others-did-it read: whose fix steps a story tells.
import { describe, expect, it } from 'vitest';
import { splitStories } from '../../../lib/engine/stories';
import { buildStoryContext } from '../../../lib/engine/story-context';
import { QUESTIONS } from '../../../lib/coaching/questions';
import { readResolution } from '../../../lib/evidence/resolution';

const read = (text: string) => {
  const story = buildStoryContext(text, splitStories(text)[0]!, { question: QUESTIONS['production-incident'], level: 'mid', focus: 'general', wordsPerMinute: 140 });
  return readResolution(story, []);
};

const OPENING = 'Checkout errors jumped to 4% one Friday evening. I was on call for the payments service that week.';

describe('resolution evidence', () => {
  it('hears another party resolving the problem while the speaker only reports it', () => {
    const evidence = read(`${OPENING} I noticed the spike and filed a ticket with the database team. They rolled back the schema change. Errors went back to normal.`);
    expect(evidence.story).toEqual(expect.arrayContaining(['others-resolving:1', 'own-resolving:0', 'routes']));
    expect(evidence.story).not.toContain('owns-fix');
  });

  it('hears the speaker resolving it', () => {
    const evidence = read(`${OPENING} I traced the errors to a timeout and fixed the retry logic. I deployed the patch that night. Errors went back to normal.`);
    expect(evidence.story).toEqual(expect.arrayContaining(['owns-fix', 'own-resolving:few']));
    expect(evidence.story).toContain('others-resolving:0');
  });

  it('leaves the reflection and intentions out of the told work', () => {
    const evidence = read(`${OPENING} I fixed the retry logic. Errors went back to normal. Next time I would ask the database team to roll it back sooner.`);
    expect(evidence.instances.map((i) => i.sentence.text)).not.toContain('Next time I would ask the database team to roll it back sooner.');
  });
});
