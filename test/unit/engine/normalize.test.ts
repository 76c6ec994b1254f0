import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { normalizeText } from '../../../lib/engine/normalize';

// The seed-like answer: pasted from a web page, every space a no-break space.
const SEED_LIKE =
  "I was on the backend team at a logistics startup. One week I had some spare cycles, so I offered to look at why some shipment notifications were not going out. We dug through the logs together and we eventually figured out that a queue consumer was dropping messages. I told the platform team and they fixed it. After that the notifications went out and everyone was happy. I learned that communication is important.";

describe('normalizeText', () => {
  it('leaves plain text as it is', () => {
    const plain = normalizeText('I fixed it.\nErrors fell.');
    expect(plain.text).toBe('I fixed it.\nErrors fell.');
    expect(plain.start(5)).toBe(5);
  });

  it('turns pasted spaces, quotes and line ends into plain ones, one for one', () => {
    expect(normalizeText('I\u00A0didn\u2019t say \u201Cdone\u201D.\rThen\u2028I\u202Fdid.').text).toBe('I didn\'t say "done".\nThen\nI did.');
  });

  it('drops zero-width characters and the CR of CRLF, and maps offsets back around them', () => {
    const original = '\uFEFFI fi\u200Bxed it.\r\nErrors fell.';
    const plain = normalizeText(original);
    expect(plain.text).toBe('I fixed it.\nErrors fell.');
    const at = plain.text.indexOf('fixed');
    expect(original.slice(plain.start(at), plain.end(at + 'fixed'.length))).toBe('fi\u200Bxed');
    const line = plain.text.indexOf('Errors');
    expect(original.slice(plain.start(line), plain.end(plain.text.length))).toBe('Errors fell.');
    // A range that ends at a line end does not swallow the CR's LF pair partly.
    expect(original.slice(plain.start(0), plain.end(plain.text.indexOf('\n')))).toBe('I fi\u200Bxed it.');
  });
});

describe('analyze() on pasted text', () => {
  it('gives the seed-like answer with no-break spaces the same parts and findings, on the pasted words', () => {
    const pasted = SEED_LIKE.replace(/ /g, '\u00A0');
    const plain = analyze(SEED_LIKE).stories[0]!;
    const story = analyze(pasted).stories[0]!;
    expect(story.sections.map((s) => s.kind)).toEqual(plain.sections.map((s) => s.kind));
    expect(story.sections.map((s) => s.kind)).toContain('reflection');
    expect(story.findings.map((f) => [f.rule, pasted.slice(f.start, f.end)])).toEqual(
      plain.findings.map((f) => [f.rule, SEED_LIKE.slice(f.start, f.end).replace(/ /g, '\u00A0')]),
    );
  });
});
