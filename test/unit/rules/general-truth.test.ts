import { describe, expect, it } from 'vitest';
import { isGeneralTruth, lessonCore } from '../../../lib/rules/shared/general-truth';

describe('a lesson stated as a general truth', () => {
  it('sets the framing aside before reading the lesson', () => {
    expect(lessonCore('Key Learning: Simple fixes win.')).toBe('Simple fixes win.');
    expect(lessonCore('This experience taught me that clear owners matter.')).toBe('clear owners matter.');
    expect(lessonCore('- When deadlines slip, honesty helps everyone.')).toBe('honesty helps everyone.');
  });

  it.each([
    'Quick feedback loops prevent most late surprises.',
    "It's crucial to ask questions before building anything.",
    'I learned that documentation saves time in the long run.',
  ])('is general: %s', (text) => expect(isGeneralTruth(text)).toBe(true));

  it.each([
    'I learned to check the plan of every join before release.',
    'The migration taught us that our staging data was too small.',
    'We now review every schema change together.',
    'It took 3 weeks.',
    'Be bold.',
  ])('is tied to the speaker or the story: %s', (text) => expect(isGeneralTruth(text)).toBe(false));
});
