// Text as people paste it (issue 11): the same answer with no-break or other Unicode spaces,
// curly quotes, CRLF or lone CR line ends, or zero-width characters gets the same parts and the
// same findings, and each finding (and each checklist item's evidence) still marks the same words
// of the text as pasted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { normalizeText } from '../../../lib/engine/normalize';
import { labelledAnswers, type LabelledAnswer } from '../labelled-answers';

const ANSWERS = labelledAnswers();

type Paste = (text: string, pick: (n: number) => number) => string;

let doubleQuotes = 0;
const PASTES: Record<string, Paste> = {
  'no-break spaces': (t) => t.replace(/ /g, '\u00A0'),
  'narrow no-break spaces': (t) => t.replace(/ /g, '\u202F'),
  'other Unicode spaces': (t, pick) => t.replace(/ /g, () => ['\u2002', '\u2003', '\u2009', '\u3000', ' '][pick(5)]!),
  'curly quotes': (t) => t.replace(/'/g, '\u2019').replace(/"/g, () => (doubleQuotes++ % 2 ? '\u201D' : '\u201C')),
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'lone CR line ends': (t) => t.replace(/\n/g, '\r'),
  'zero-width characters': (t, pick) => `\uFEFF${t.replace(/ /g, () => [' ', ' \u200B', '\u200C ', ' \u200D', ' \u2060'][pick(5)]!)}`,
};

/** What a user sees of a Report: per story, its parts and each finding with the words it marks. */
function seen(text: string, answer: LabelledAnswer, pasted = text) {
  const words = (start: number, end: number) => normalizeText(pasted.slice(start, end)).text.trim();
  return analyze(pasted, answer.options).stories.map((story) => ({
    question: story.question,
    words: story.words,
    sections: story.sections.map((s) => `${s.kind}: ${words(s.start, s.end)}`),
    findings: story.findings.map((f) => `${f.rule}: ${words(f.start, f.end)}`),
    checklist: story.checklist.map((c) => `${c.id} ${c.done}${c.evidence ? `: ${words(c.evidence.start, c.evidence.end)}` : ''}`),
  }));
}

function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

describe('text as people paste it', { timeout: 120_000 }, () => {
  it('reads the labelled answers', () => {
    expect(ANSWERS.length).toBeGreaterThan(300);
  });

  it.each(Object.keys(PASTES))('%s: every labelled answer gets the same parts and findings, on the same words', (name) => {
    const paste = PASTES[name]!;
    for (const answer of ANSWERS) {
      const pasted = paste(answer.text, seeded(answer.text.length));
      expect({ answer: answer.name, report: seen(answer.text, answer, pasted) }).toEqual({ answer: answer.name, report: seen(answer.text, answer) });
    }
  });

  it('any mix of them, anywhere in an answer, changes nothing a user sees', () => {
    const kinds = Object.keys(PASTES);
    fc.assert(
      fc.property(fc.constantFrom(...ANSWERS), fc.subarray(kinds, { minLength: 1 }), fc.integer({ min: 1, max: 2 ** 31 }), (answer, chosen, seed) => {
        const pick = seeded(seed);
        // Each transformation applies to a random stretch of the answer, not always the whole.
        const from = pick(answer.text.length + 1);
        const head = answer.text.slice(0, from);
        let tail = answer.text.slice(from);
        for (const kind of chosen.filter((k) => !k.includes('line ends'))) tail = PASTES[kind]!(tail, pick);
        // One line-end style per text, as editors write them.
        const lineEnds = chosen.find((k) => k.includes('line ends'));
        const pasted = lineEnds ? PASTES[lineEnds]!(head + tail, pick) : head + tail;
        expect(seen(answer.text, answer, pasted)).toEqual(seen(answer.text, answer));
      }),
      { numRuns: 150 },
    );
  });
});
