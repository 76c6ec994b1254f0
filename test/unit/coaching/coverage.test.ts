import { describe, expect, it } from 'vitest';
import { canAnswer, coverageMap, type CoverageStory } from '@/lib/coaching/coverage';
import { analyze } from '@/lib/engine/analyze';

const story = (id: string, question: CoverageStory['question'], text: string, tags: string[] = []): CoverageStory => ({ id, title: id, text, question, tags });

const OUTAGE_WEAK = story('outage-weak', 'production-incident', 'We had an outage. We fixed it and the team was happy.');
const OUTAGE_STRONG = story(
  'outage-strong',
  'production-incident',
  [
    'Situation: Checkout started timing out after a caching change I shipped, an outage for 4% of orders.',
    'Task: The cache was not my team’s, but nobody owned it, so I took it on.',
    'Action: I reproduced the timeout, traced it to a key collision in the logs, and I wrote a fix with a regression test. I watched the error dashboard for two days.',
    'Result: Timeouts fell from 4% to zero and we kept about $3K a day of orders.',
    'Reflection: I now load-test every cache change before I ship it, and I added an alert on the hit rate.',
  ].join('\n'),
);
const CONFLICT = story('conflict', 'conflict', 'Dana and I disagreed on the rollout. I proposed a staged rollout and it shipped a week later.', ['peers']);

const run = (text: string, question: CoverageStory['question']) => analyze(text, { question }).stories[0];

describe('coverage map', () => {
  it('says which questions a story can answer: its own, the ones its words or tags name, and the general one', () => {
    expect(canAnswer(CONFLICT, 'conflict')).toBe(true);
    expect(canAnswer(CONFLICT, 'general')).toBe(true);
    expect(canAnswer(CONFLICT, 'deadline')).toBe(false);
    expect(canAnswer(story('x', 'general', 'I rebuilt the export.', ['deadline']), 'deadline')).toBe(true);
  });

  it('lists questions no story answers, and the strongest story first', () => {
    const rows = coverageMap([OUTAGE_WEAK, OUTAGE_STRONG, CONFLICT], run);
    const row = (q: string) => rows.find((r) => r.question === q)!;
    expect(rows.map((r) => r.question)).toHaveLength(9);
    expect(row('production-incident').fits.map((f) => f.id)).toEqual(['outage-strong', 'outage-weak']);
    expect(row('conflict').fits.map((f) => f.id)).toEqual(['conflict']);
    expect(row('ambiguity').fits).toEqual([]);
    expect(row('production-incident').fits[0]!.done).toBeGreaterThan(row('production-incident').fits[1]!.done);
  });
});
