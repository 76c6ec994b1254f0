import { describe, expect, it } from 'vitest';
import { RULE_IDS, SECTION_KINDS } from '../../../lib/engine/report';
import { loadFixture } from './load-fixture';

// The UI fixtures must be Reports the engine could have produced, or the screenshots lie.
describe.each(['weak', 'strong'] as const)('%s report fixture', (name) => {
  const { text, report } = loadFixture(name);

  it('keeps every offset inside its story and text', () => {
    for (const story of report.stories) {
      expect(story.end).toBeLessThanOrEqual(text.length);
      for (const s of story.sections) {
        expect(SECTION_KINDS).toContain(s.kind);
        expect(s.start).toBeGreaterThanOrEqual(story.start);
        expect(s.end).toBeLessThanOrEqual(story.end);
      }
      for (const f of story.findings) {
        expect(RULE_IDS).toContain(f.rule);
        expect(f.start).toBeGreaterThanOrEqual(story.start);
        expect(f.end).toBeLessThanOrEqual(story.end);
      }
    }
  });

  it('times each part at its words over the speaking rate', () => {
    for (const story of report.stories) {
      for (const s of story.sections) expect(s.seconds).toBeCloseTo((s.words / report.wordsPerMinute) * 60, 0);
    }
  });
});

describe('fixture content', () => {
  it('the weak answer has findings in several parts, the strong one none', () => {
    const weak = loadFixture('weak').report.stories[0]!;
    expect(new Set(weak.findings.map((f) => f.section ?? 'whole')).size).toBeGreaterThanOrEqual(4);
    expect(loadFixture('strong').report.stories[0]!.findings).toEqual([]);
  });
});
