// The in-process measures score exactly as ../shared/eval/run.mjs scores the CLI: same counts per
// check, same macro-F1, same labels right on public.json (skipped where ../shared is absent).
import { describe, expect, it } from 'vitest';
import { verifyAgainstRunMjs } from '../../../scripts/measure';
import { SHARED_EVAL } from '../../../scripts/measure/sets';
import { parseRunMjs } from '../../../scripts/measure/verify';

describe('npm run measure and run.mjs', () => {
  it.skipIf(!SHARED_EVAL)('agree on public.json', () => {
    expect(verifyAgainstRunMjs()).toEqual([]);
  }, 120_000);

  it("reads run.mjs's output", () => {
    const out = 'we-language              P=1.00 R=0.50 F1=0.67  tp=1 fp=0 fn=1 tn=3\n' +
      'x.json: macro-F1 0.667 (precision 1.00, recall 0.50, 1 rules), 4/5 labels right (accuracy 0.800), 0 cases without a report, goal macro-F1 >= 0.95\n';
    const s = parseRunMjs(out);
    expect(s.rules.get('we-language')).toEqual({ tp: 1, fp: 0, fn: 1, tn: 3 });
    expect([s.macroF1, s.right, s.total]).toEqual(['0.667', 4, 5]);
  });
});
