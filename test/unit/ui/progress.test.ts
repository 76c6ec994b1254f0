import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import type { Finding, SectionKind } from '../../../lib/engine/report';
import { progressOf, splitByProgress } from '../../../lib/ui/progress';

const finding = (rule: Finding['rule'], message = ''): Finding => ({ rule, severity: 'error', start: 0, end: 1, message, why: '' });
const sections = (...kinds: SectionKind[]) => kinds.map((kind) => ({ kind, start: 0, end: 1, words: 1, seconds: 1, target: { min: 1, max: 2 } }));
const rules = (list: Finding[]) => list.map((f) => f.rule);

const SITUATION = 'Last spring our checkout service started timing out after a caching change I had shipped, and I was the engineer on call that week.';
const UP_TO_ACTION = [
  'Situation: Last spring our checkout service started timing out after a caching change I had shipped.',
  'Task: I had to get checkout working again before the evening peak.',
  'Action: We dug into the logs together and found a cache key collision. The fix was deployed on Friday.',
].join('\n');

describe('progressive coaching', () => {
  it('does not count parts a one-sentence draft has not reached as fixes', () => {
    const report = analyze(SITUATION);
    const { fixes, upcoming } = progressOf(report.stories, 0);
    expect(fixes).toEqual([]);
    expect(upcoming.length).toBe(report.stories[0]!.findings.length);
  });

  it('keeps findings about written sentences as fixes while the ending is still to come', () => {
    const report = analyze(UP_TO_ACTION);
    const { fixes, upcoming } = progressOf(report.stories, 0);
    expect(rules(fixes)).toEqual(expect.arrayContaining(['we-language', 'passive-voice']));
    expect(rules(upcoming)).toEqual(expect.arrayContaining(['missing-reflection']));
    expect(rules(fixes)).not.toContain('missing-reflection');
    expect(rules(fixes)).not.toContain('answer-too-short');
  });

  it('turns them into fixes on a full check, and for an answer followed by another', () => {
    const report = analyze(SITUATION);
    expect(progressOf(report.stories, 0, true).fixes).toEqual(report.stories[0]!.findings);
    const story = report.stories[0]!;
    expect(splitByProgress({ story, isLast: false }).fixes).toEqual(story.findings);
  });

  it('counts a missing part as a fix once a later part is written', () => {
    const story = { sections: sections('situation', 'action'), findings: [finding('missing-section', 'The Task is missing.'), finding('missing-section', 'The Result is missing.')] };
    const { fixes, upcoming } = splitByProgress({ story, isLast: true });
    expect(fixes.map((f) => f.message)).toEqual(['The Task is missing.']);
    expect(upcoming.map((f) => f.message)).toEqual(['The Result is missing.']);
  });

  it('waits for the number while the Result is the part being written, not once the Reflection follows', () => {
    const unmeasured = [finding('unquantified-impact'), finding('vague-ending')];
    expect(rules(splitByProgress({ story: { sections: sections('action', 'result'), findings: unmeasured }, isLast: true }).upcoming)).toEqual(['unquantified-impact', 'vague-ending']);
    expect(rules(splitByProgress({ story: { sections: sections('action', 'result', 'reflection'), findings: unmeasured }, isLast: true }).fixes)).toEqual(['unquantified-impact', 'vague-ending']);
  });

  it('never defers findings about sentences already written', () => {
    const story = { sections: sections('situation'), findings: [finding('we-language'), finding('hedging'), finding('situation-too-long')] };
    expect(splitByProgress({ story, isLast: true }).upcoming).toEqual([]);
  });
});
