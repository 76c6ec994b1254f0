// Answers written and labelled blind by three annotators who never saw the rules
// (test/fixtures/blind). Their labels are not all ours to agree with, so these are floors that
// keep today's generalization from slipping, not targets to tune to: annotator-5 was kept
// untouched while the rules were generalized on the other two.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCorpus, scoreCorpus } from '../corpus/score';

const BLIND = join(__dirname, '../fixtures/blind');
const FLOORS: Record<string, number> = { 'annotator-3.json': 0.95, 'annotator-4.json': 0.84, 'annotator-5.json': 0.84 };

describe('answers labelled blind by other people', () => {
  it.each(Object.entries(FLOORS))('%s keeps its macro-F1 above its floor', (file, floor) => {
    const score = scoreCorpus(loadCorpus([join(BLIND, file)]));
    expect(score.macroF1).toBeGreaterThanOrEqual(floor);
  });
});
