import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import type { Report } from '../../../lib/engine/report';
import { LEADS_WITH_OUTCOME } from './eval-answers';

/** Every offset in the report lies inside the text, and every span is well formed. */
function expectSaneOffsets(text: string, report: Report): void {
  for (const story of report.stories) {
    expect(0 <= story.start && story.start <= story.end && story.end <= text.length).toBe(true);
    for (const s of [...story.sections, ...story.findings]) {
      expect(story.start <= s.start && s.start <= s.end && s.end <= story.end).toBe(true);
    }
    expect(Number.isFinite(story.seconds)).toBe(true);
  }
}

const ODD_INPUTS: [string, string][] = [
  ['empty', ''],
  ['only whitespace', ' \n\t\r\n   \n'],
  ['only headings', '# Prep\n## Q1: Tell me about a conflict?\n## Q2: Tell me about a failure?\n'],
  ['only markers', 'Situation:\nTask:\nAction:\nResult:\nReflection:'],
  ['emoji', '🚀 I shipped it 🎉. Our team 👩‍💻 was happy 😀! 💯💯💯'],
  ['lone surrogates', 'I fixed \uD800 the bug \uDC00 and errors fell 50%.'],
  ['CRLF line ends', 'Situation:\r\nOur emails stopped.\r\nAction:\r\nI rotated the token.\r\nResult:\r\nEmails resumed for 140 accounts.\r\n'],
  ['NUL and control characters', 'I fixed\u0000 the bug.\u0007 Errors\u001b fell.'],
  ['punctuation only', '...!!!???---***###'],
  ['one huge word', 'a'.repeat(1_000_000)],
  ['a huge run of periods', '. '.repeat(200_000)],
  ['a huge line of words without punctuation', 'we fixed it and '.repeat(60_000)],
  ['many headings', '## Q: Tell me about a time?\nI fixed it.\n'.repeat(2_000)],
  ['right-to-left and combining marks', 'שלום עולם. e\u0301te\u0301. مرحبا بالعالم.'],
];

describe('analyze never throws and stays sane', () => {
  for (const [name, text] of ODD_INPUTS) {
    // Megabyte inputs are about not throwing, not speed (that is the benchmark's job).
    it(`handles ${name}`, { timeout: 120_000 }, () => {
      const report = analyze(text);
      expect(report.wordsPerMinute).toBe(140);
      expectSaneOffsets(text, report);
    });
  }

  it('handles a value that is not a string', () => {
    expect(analyze(undefined as unknown as string).stories).toEqual([]);
    expect(analyze(42 as unknown as string).stories).toEqual([]);
  });

  it('handles any string, with any options', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.constantFrom(undefined, 'junior', 'staff'),
        fc.constantFrom(undefined, 'ownership', 'speed'),
        fc.double(),
        (text, level, focus, wpm) => {
          const report = analyze(text, { ...(level ? { level } : {}), ...(focus ? { focus } : {}), wordsPerMinute: wpm });
          expect(report.wordsPerMinute).toBeGreaterThanOrEqual(80);
          expect(report.wordsPerMinute).toBeLessThanOrEqual(220);
          expectSaneOffsets(text, report);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles answer-like text cut and spliced anywhere', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.nat(LEADS_WITH_OUTCOME.length), fc.nat(LEADS_WITH_OUTCOME.length), fc.string({ maxLength: 20 }), (a, b, insert) => {
        const text = LEADS_WITH_OUTCOME.slice(0, Math.min(a, b)) + insert + LEADS_WITH_OUTCOME.slice(Math.max(a, b));
        expectSaneOffsets(text, analyze(text));
      }),
      { numRuns: 200 },
    );
  });

  it('ignores unknown option values instead of failing', () => {
    const options = { level: 'boss', focus: 42, question: 'weather', wordsPerMinute: 'fast' } as unknown as Parameters<typeof analyze>[1];
    const report = analyze(LEADS_WITH_OUTCOME, options);
    expect(report).toEqual(analyze(LEADS_WITH_OUTCOME));
    expect(report.stories[0]!.question).toBe('general');
  });

  it('is deterministic', () => {
    const text = `## Outage\n${LEADS_WITH_OUTCOME}\n\n## Again\n${LEADS_WITH_OUTCOME}`;
    expect(analyze(text, { focus: 'ownership' })).toEqual(analyze(text, { focus: 'ownership' }));
  });
});
