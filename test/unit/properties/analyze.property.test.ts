// Properties of the engine over generated input (issue 7): whatever a user pastes, analyze()
// answers, answers the same way twice, and every offset it gives points inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { createAnalyzer } from '../../../lib/engine/cache';
import { RULE_IDS, type Report } from '../../../lib/engine/report';
import { answerDoc, edit, options, rawText } from './arbitraries';

// Tuned so the file runs in a few seconds; FUZZ_RUNS=10 multiplies them for a longer hunt.
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE) });

const KNOWN_RULES: ReadonlySet<string> = new Set(RULE_IDS);

/** Every structural promise of the Report about positions, checked against the text it came from. */
function expectWellFormed(text: string, report: Report): void {
  let previousEnd = 0;
  for (const story of report.stories) {
    // Stories: inside the text, in order, not overlapping.
    expect(story.start).toBeGreaterThanOrEqual(previousEnd);
    expect(story.start).toBeLessThanOrEqual(story.end);
    expect(story.end).toBeLessThanOrEqual(text.length);
    previousEnd = story.end;

    // Sections: inside their story, in order, not overlapping.
    let sectionEnd = story.start;
    for (const section of story.sections) {
      expect(section.start).toBeGreaterThanOrEqual(sectionEnd);
      expect(section.start).toBeLessThanOrEqual(section.end);
      expect(section.end).toBeLessThanOrEqual(story.end);
      expect(Number.isFinite(section.seconds)).toBe(true);
      sectionEnd = section.end;
    }

    // Findings: inside their story, with a known rule id.
    for (const finding of story.findings) {
      expect(KNOWN_RULES.has(finding.rule)).toBe(true);
      expect(finding.start).toBeGreaterThanOrEqual(story.start);
      expect(finding.start).toBeLessThanOrEqual(finding.end);
      expect(finding.end).toBeLessThanOrEqual(story.end);
    }
    expect(Number.isFinite(story.seconds)).toBe(true);
  }
}

/** analyze() twice on the same input: no throw, equal Reports, well-formed offsets. */
function expectStable(text: string, opts: Parameters<typeof analyze>[1]): Report {
  const first = analyze(text, opts);
  expect(analyze(text, opts)).toEqual(first);
  expectWellFormed(text, first);
  return first;
}

// The box is shared with builds and browsers: a generous timeout, so no test fails for being slow.
describe('analyze() over generated input', { timeout: 60_000 * SCALE }, () => {
  it('never throws, is deterministic and keeps offsets inside any string', () => {
    fc.assert(fc.property(rawText, (text) => void expectStable(text, {})), runs(200));
  });

  it('never throws, is deterministic and keeps offsets inside answer-like documents, with any options', () => {
    fc.assert(fc.property(answerDoc, options, (text, opts) => void expectStable(text, opts)), runs(120));
  });

  it('re-analyzes every offered replacement, applied to its range, without throwing', () => {
    fc.assert(
      fc.property(answerDoc, (text) => {
        const report = analyze(text);
        for (const finding of report.stories.flatMap((story) => story.findings)) {
          if (finding.replacement === undefined) continue;
          const applied = text.slice(0, finding.start) + finding.replacement + text.slice(finding.end);
          expectWellFormed(applied, analyze(applied));
        }
      }),
      runs(60),
    );
  });

  it('gives, through the per-story cache, the same Report as a cold analysis across random edits', () => {
    fc.assert(
      fc.property(answerDoc, fc.array(edit, { minLength: 1, maxLength: 6 }), options, (start, edits, opts) => {
        const cached = createAnalyzer();
        let text = start;
        expect(cached(text, opts)).toEqual(analyze(text, opts));
        for (const change of edits) {
          text = change(text);
          expect(cached(text, opts)).toEqual(analyze(text, opts));
        }
      }),
      runs(40),
    );
  });
});
