import { describe, expect, it } from 'vitest';
import { countFillers, findFillers, wordCount } from '../../../lib/rehearsal/fillers';

const phrases = (text: string) => findFillers(text).map((h) => `${h.kind}:${h.phrase}`);

describe('fillers in a spoken answer', () => {
  it('counts hesitations and filler words', () => {
    expect(phrases('um so we uh basically rolled it back')).toEqual(['filler:um', 'filler:uh', 'filler:basically']);
  });

  it('does not count "like" as a verb or a comparison', () => {
    expect(phrases("I'd like to explain how we fixed it")).toEqual([]);
    expect(phrases('I would like to walk you through it')).toEqual([]);
    expect(phrases('it looked like a cache problem')).toEqual([]);
    expect(phrases('we used tools like kafka and redis')).toEqual([]);
    expect(phrases('I like to verify fixes before closing the ticket')).toEqual([]);
    expect(phrases('like I said the logs showed a retry loop')).toEqual([]);
    expect(phrases('it felt like nothing would change')).toEqual([]);
  });

  it('counts "like" as a filler after a joint or at the start, and as a hedge before a number', () => {
    expect(phrases('and like the build kept failing')).toEqual(['filler:like']);
    expect(phrases('Like, nobody owned the dispatcher.')).toEqual(['filler:like']);
    expect(phrases('it took like 20 minutes')).toEqual(['hedge:like (about)']);
    expect(phrases('we saved like a few hours a week')).toEqual(['hedge:like (about)']);
  });

  it('reads "you know" and "I mean" in context', () => {
    expect(phrases('the pager was you know going off all night')).toEqual(['filler:you know']);
    expect(phrases('do you know what happened next')).toEqual([]);
    expect(phrases('you know the drill')).toEqual([]);
    expect(phrases('I mean we had no alerting')).toEqual(['filler:I mean']);
    expect(phrases('what I mean is the retries gave up')).toEqual([]);
  });

  it('counts hedges, not "kind of" as a noun phrase', () => {
    expect(phrases('I think it was kind of a race condition maybe')).toEqual(['hedge:I think', 'hedge:kind of', 'hedge:maybe']);
    expect(phrases('this kind of bug is hard to reproduce')).toEqual([]);
    expect(phrases('I thought about the trade-offs')).toEqual([]);
    expect(phrases('I think about incidents differently now')).toEqual([]);
    expect(phrases('I feel like the alert was too noisy')).toEqual(['hedge:I feel like']);
  });

  it('sums fillers and hedges by phrase, most frequent first', () => {
    expect(countFillers('um I fixed it um and uh I think it worked')).toEqual({
      fillers: 3,
      hedges: 1,
      phrases: [
        { phrase: 'um', kind: 'filler', count: 2 },
        { phrase: 'I think', kind: 'hedge', count: 1 },
        { phrase: 'uh', kind: 'filler', count: 1 },
      ],
    });
  });

  it('counts the words said', () => {
    expect(wordCount("I rolled back the change, and errors fell to 0.3%.")).toBe(10);
    expect(wordCount('')).toBe(0);
  });
});
