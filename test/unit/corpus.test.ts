// The project's own labelled corpus: its format, its coverage, and the engine's score on it.
import { describe, expect, it } from 'vitest';
import { FOCUSES, LEVELS, QUESTION_IDS, RULE_IDS, SECTION_KINDS } from '../../lib/engine/report';
import { loadCorpus, scoreCorpus, type CorpusCase } from '../corpus/score';

// The coach must keep its precision and recall on answers written by several annotators.
const MIN_MACRO_F1 = 0.95;
const MIN_CASES = 60;

const corpus = loadCorpus();
const known = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);
// Notes style: one-letter markers ("S: …", "A – …", "[S] …"); headed: whole-word part names on their own.
const isNotes = (c: CorpusCase) => /^(\[[STAR]\]|[STARL]\s*[:–-])/m.test(c.text);
const isHeaded = (c: CorpusCase) => /^(#+\s*|\*\*)?(Situation|Task|Action|Result)\b/m.test(c.text);

describe('corpus format', () => {
  it.each(corpus.map((c) => [c.id, c] as const))('%s is a well-formed labelled case', (_id, c) => {
    expect(c.text.trim().length).toBeGreaterThan(0);
    const labelled = Object.keys(c.expect);
    expect(labelled.length).toBeGreaterThanOrEqual(3);
    expect(labelled.length).toBeLessThanOrEqual(12);
    for (const rule of labelled) expect(RULE_IDS).toContain(rule);
    for (const key of Object.keys(c.options ?? {})) expect(['question', 'level', 'focus']).toContain(key);
    if (c.options?.question) expect(known(QUESTION_IDS, c.options.question)).toBe(true);
    if (c.options?.level) expect(known(LEVELS, c.options.level)).toBe(true);
    if (c.options?.focus) expect(known(FOCUSES, c.options.focus)).toBe(true);
    for (const kind of c.sections ?? []) expect(SECTION_KINDS).toContain(kind);
    for (const [rule, story] of Object.entries(c.multi_story?.findings_in_story ?? {})) {
      expect(RULE_IDS).toContain(rule);
      expect(story).toBeGreaterThanOrEqual(1);
      expect(story).toBeLessThanOrEqual(c.multi_story?.stories ?? 0);
    }
    if (c.notice) expect(c.notice).toBe('not-english');
  });

  it('has unique case ids', () => {
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });
});

describe('corpus coverage', () => {
  it(`holds at least ${MIN_CASES} cases`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_CASES);
  });

  it('covers every question id', () => {
    const asked = new Set(corpus.map((c) => c.options?.question ?? 'general'));
    for (const q of QUESTION_IDS) expect(asked, q).toContain(q);
  });

  it('covers junior and staff answers', () => {
    const levels = new Set(corpus.map((c) => c.options?.level ?? 'mid'));
    expect(levels).toContain('junior');
    expect(levels).toContain('staff');
  });

  it('covers notes style, headed sections, multi-story documents, strong answers and non-English text', () => {
    expect(corpus.some(isNotes)).toBe(true);
    expect(corpus.some(isHeaded)).toBe(true);
    expect(corpus.some((c) => (c.multi_story?.stories ?? 0) >= 2)).toBe(true);
    expect(corpus.some((c) => Object.values(c.expect).filter((v) => !v).length >= 10)).toBe(true);
    expect(corpus.some((c) => c.notice === 'not-english')).toBe(true);
  });

  it('expects every rule to fire somewhere and stay silent somewhere', () => {
    for (const rule of RULE_IDS) {
      const labels = corpus.map((c) => c.expect[rule]).filter((v) => v !== undefined);
      expect(labels, rule).toContain(true);
      expect(labels, rule).toContain(false);
    }
  });
});

// Scoring 175 answers takes seconds on a busy shared machine: a generous timeout, not a speed test.
describe('engine on the corpus', { timeout: 120_000 }, () => {
  it(`scores macro-F1 of at least ${MIN_MACRO_F1}`, () => {
    const score = scoreCorpus(corpus);
    expect(score.total).toBeGreaterThan(0);
    expect(score.macroF1).toBeGreaterThanOrEqual(MIN_MACRO_F1);
  }, 60_000);
});
