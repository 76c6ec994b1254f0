// What the measures resample, and which answers count as strong.
import { describe, expect, it } from 'vitest';
import { measureSet } from '../../../scripts/measure/measure-set';
import { sourceKey, sourceOf } from '../../../scripts/measure/sources';
import { isStrong, strongDefinition, type GradedCase } from '../../../scripts/measure/strong';
import type { MeasureCase } from '../../../scripts/measure/sets';

describe('sources', () => {
  it('are a whole GitHub repository, or a page', () => {
    expect(sourceKey('https://github.com/Owner/Repo/blob/abc/notes/STAR.md')).toBe('github.com/owner/repo');
    expect(sourceKey('https://raw.githubusercontent.com/owner/repo/main/a.md')).toBe('github.com/owner/repo');
    expect(sourceKey('https://www.example.com/Interview/Answers?x=1')).toBe('example.com/interview/answers');
    expect(sourceOf({ id: 'a', source: 'https://example.com/p' })).toBe('example.com/p');
    expect(sourceOf({ id: 'a' })).toBeUndefined();
  });
});

describe('strong answers', () => {
  it('are the ones graded strong where a set grades, else the ones with nothing labelled wrong', () => {
    const graded: GradedCase[] = [{ kind: 'strong', expect: { 'we-language': true } }, { kind: 'weak', expect: {} }];
    expect(strongDefinition(graded)).toBe('graded');
    expect(graded.map((c) => isStrong(c, 'graded'))).toEqual([true, false]);
    const ungraded: GradedCase[] = [{ expect: { hedging: false } }, { expect: { hedging: true } }];
    expect(strongDefinition(ungraded)).toBe('clean');
    expect(ungraded.map((c) => isStrong(c, 'clean'))).toEqual([true, false]);
  });
});

describe('measuring a set', () => {
  const cases: MeasureCase[] = [
    { id: 'a', text: 'a', kind: 'strong', expect: { 'we-language': true }, source_url: 'https://github.com/x/one/blob/1/a.md' },
    { id: 'b', text: 'b', kind: 'strong', expect: { 'we-language': false }, source_url: 'https://github.com/x/one/blob/1/b.md' },
    { id: 'c', text: 'c', kind: 'weak', expect: { 'we-language': true }, source_url: 'https://example.com/c' },
  ];
  // Every answer gets we-language as a warning.
  const analyze = () => ({ stories: [{ sections: [], findings: [{ rule: 'we-language', severity: 'warning' }] }] });

  it('resamples whole sources when every answer records one, and says so', () => {
    const m = measureSet({ key: 't', label: 't', note: '', cases }, analyze, 200);
    expect(m.resampled).toEqual({ unit: 'sources', count: 2 });
    expect(m.score.rules.get('we-language')).toMatchObject({ tp: 2, fp: 1 });
    expect(m.strong).toMatchObject({ definition: 'graded', count: 2, nagged: 1, withoutCause: 0.5 });
    expect(m).toEqual(measureSet({ key: 't', label: 't', note: '', cases }, analyze, 200));
  });

  it('resamples answers when any answer lacks a source', () => {
    const m = measureSet({ key: 't', label: 't', note: '', cases: [...cases, { id: 'd', text: 'd', expect: {} }] }, analyze, 200);
    expect(m.resampled).toEqual({ unit: 'answers', count: 4 });
  });
});
