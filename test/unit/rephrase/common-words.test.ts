import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS, isCommonWord, taggedCommon } from '../../../lib/nlp/compromise';
import { passiveToActive } from '../../../lib/rephrase/passive-to-active';

const capitalized = (word: string) => word[0]!.toUpperCase() + word.slice(1);

describe('isCommonWord', () => {
  // Subjects that open with these are settled without compromise's tagger; the answer must be
  // the one the tagger gives, so a rewrite lower-cases them exactly as before.
  it.each([...FUNCTION_WORDS].map(capitalized))('%s is common without the tagger, as the tagger says', (word) => {
    expect(isCommonWord(word)).toBe(true);
    expect(taggedCommon(word)).toBe(true);
  });

  it.each([
    ['Logs', true],
    ['Dashboards', true],
    ['Monitoring', true],
    ['Post-mortem', true],
    ['Kafka', false],
    ['SQS', false],
    ['PagerDuty', false],
  ])('%s: common %s (tagger)', (word, common) => {
    expect(isCommonWord(word)).toBe(common);
  });

  it('rewrites a subject the tagger reads the same way before and after its tables are built', () => {
    expect(passiveToActive('Dashboards were rebuilt over the weekend.')).toBe('I rebuilt dashboards over the weekend.');
    expect(passiveToActive('Redis was restarted.')).toBe('I restarted Redis.');
    expect(passiveToActive('The dashboards were rebuilt.')).toBe('I rebuilt the dashboards.');
  });
});
