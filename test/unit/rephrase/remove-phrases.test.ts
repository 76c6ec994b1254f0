import { describe, expect, it } from 'vitest';
import { removePhrases } from '../../../lib/rephrase/remove-phrases';
import { expectGoodEnglish } from './english';

function cut(sentence: string, ...phrases: string[]) {
  return removePhrases(
    sentence,
    phrases.map((p) => ({ start: sentence.indexOf(p), end: sentence.indexOf(p) + p.length })),
  );
}

describe('removePhrases', () => {
  it('repairs capitals, commas and articles around what it removes', () => {
    expect(cut('I think the cache was the problem.', 'I think')).toBe('The cache was the problem.');
    expect(cut('It was, basically, a config error.', 'basically,')).toBe('It was a config error.');
    expect(cut('It was a really obvious bug.', 'really')).toBe('It was an obvious bug.');
    expect(cut('Our flow was losing people, I think.', 'I think')).toBe('Our flow was losing people.');
  });

  it('can replace a phrase instead of dropping it', () => {
    const s = 'It saved like $8,000 a week.';
    expect(removePhrases(s, [{ start: s.indexOf('like'), end: s.indexOf('like') + 4, insert: 'about' }])).toBe('It saved about $8,000 a week.');
  });

  it.each([
    ['So basically I kind of noticed that some webhooks were maybe failing.', ['basically', 'kind of', 'maybe']],
    ["It wasn't really my team's thing, but I sort of just started looking.", ['really', 'sort of', 'just']],
    ['Honestly, it was a pretty big deal, you know.', ['Honestly,', 'pretty', 'you know']],
  ])('reads as correct English: %s', (sentence, phrases) => {
    expectGoodEnglish(cut(sentence, ...phrases));
  });
});
