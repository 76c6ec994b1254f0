// `npm run measure` scores exactly as the command line does: run.mjs's counts per check, macro-F1
// and labels right on public.json, and the engine as the CLI bundles it on every answer. Run in
// the same runtime as `npm run measure` (tsx), where the engine once lost a rule silently.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseOutcome } from '../../../scripts/measure/score';
import { outcomeChanges, parseRunMjs } from '../../../scripts/measure/verify';

const ROOT = join(__dirname, '../../..');

describe('npm run measure and the command line', () => {
  it('agree on every labelled answer', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/measure.ts', '--verify'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toMatch(/in-process measures equal/);
  }, 180_000);

  it("reads run.mjs's output", () => {
    const out = 'we-language              P=1.00 R=0.50 F1=0.67  tp=1 fp=0 fn=1 tn=3\n' +
      'x.json: macro-F1 0.667 (precision 1.00, recall 0.50, 1 rules), 4/5 labels right (accuracy 0.800), 0 cases without a report, goal macro-F1 >= 0.95\n';
    const s = parseRunMjs(out);
    expect(s.rules.get('we-language')).toEqual({ tp: 1, fp: 0, fn: 1, tn: 3 });
    expect([s.macroF1, s.right, s.total]).toEqual(['0.667', 4, 5]);
  });

  it('says which check fired differently', () => {
    const c = { id: 'a', expect: { 'passive-voice': true, hedging: false } };
    const report = (rules: string[]) => ({ stories: [{ sections: [], findings: rules.map((rule) => ({ rule, severity: 'warning' })) }] });
    expect(outcomeChanges(caseOutcome(c, report([])), caseOutcome(c, report(['passive-voice'])))).toEqual([
      'passive-voice fired false in-process, true in the CLI',
      'labels right 1 in-process, 2 in the CLI',
      'warnings [] in-process, [passive-voice] in the CLI',
    ]);
  });
});
