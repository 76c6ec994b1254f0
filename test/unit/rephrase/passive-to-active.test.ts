import { describe, expect, it } from 'vitest';
import { passiveToActive } from '../../../lib/rephrase/passive-to-active';
import { expectGoodEnglish } from './english';

describe('passiveToActive', () => {
  it.each([
    ['The fix was deployed.', 'I deployed the fix.'],
    ['The logs were analyzed and the retry bug was found.', 'I analyzed the logs and found the retry bug.'],
    ['A fix was implemented and it was deployed after review.', 'I implemented a fix and deployed it after review.'],
    ['The root cause was identified; a patch was written and tested.', 'I identified the root cause; I wrote and tested a patch.'],
    ['Then the cache was quickly rewritten, and latency dropped.', 'Then I quickly rewrote the cache, and latency dropped.'],
    ['Changes were made to the retry logic.', 'I made changes to the retry logic.'],
    ['A rollback was done within ten minutes.', 'I did a rollback within ten minutes.'],
    ['It was found that the retry loop gave up.', 'I found that the retry loop gave up.'],
    ['The old pods were torn down.', 'I tore down the old pods.'],
    ['Kafka was upgraded over the weekend.', 'I upgraded Kafka over the weekend.'],
  ])('gives the step an actor: %s', (input, output) => {
    expect(passiveToActive(input)).toBe(output);
  });

  it.each([
    'The service was owned by the Platform team.',
    'Webhooks were being dropped.',
    'The dispatcher was written in Go.',
    'I followed up until it was merged and deployed.',
    'The fix was reviewed by their tech lead and deployed.',
    'Large customers were throttled within minutes.',
    'The bug needed to be fixed before Friday.',
    // A subject joined by "and" is one subject: no "The analytics and I moved chat SDKs".
    'The analytics and chat SDKs were moved.',
  ])('leaves states, agents and subordinate clauses alone: %s', (input) => {
    expect(passiveToActive(input)).toBeUndefined();
  });

  it.each([
    'The logs were analyzed and the retry bug was found.',
    'An index was added and the cache was tuned, and latency went back to 300 ms within an hour.',
    'The library was downgraded and a hotfix was shipped within four hours.',
    'The slow query was identified from the database traces.',
    'Finally, the alerts were configured and the runbook was updated.',
  ])('reads as correct English: %s', (input) => {
    expectGoodEnglish(passiveToActive(input));
  });
});
