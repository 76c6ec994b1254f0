import { describe, expect, it } from 'vitest';
import { defaultTitle, outcomeCue } from '../../../lib/ui/story-summary';
import { loadFixture } from './load-fixture';

describe('outcomeCue', () => {
  it('is the Result’s first sentence', () => {
    const { text, report } = loadFixture('strong');
    expect(outcomeCue(text, report.stories[0]!)).toBe('Failures dropped from 0.3% to zero, which recovered about $8K of revenue every week.');
  });

  it('is empty for a story without a Result', () => {
    expect(outcomeCue('Some text.', { sections: [] })).toBe('');
  });

  it('stays one short line', () => {
    const text = `${'word '.repeat(80)}end.`;
    const cue = outcomeCue(text, { sections: [{ kind: 'result', start: 0, end: text.length, words: 81, seconds: 35, target: { min: 10, max: 25 } }] });
    expect(cue.length).toBeLessThanOrEqual(140);
    expect(cue.endsWith('…')).toBe(true);
  });
});

describe('defaultTitle', () => {
  it('uses the heading that started the story', () => {
    const { text, report } = loadFixture('weak');
    expect(defaultTitle(text, report.stories[1]!)).toBe('Q2: Tell me about a conflict with a colleague.');
  });

  it('falls back to the first words, with no stored ellipsis', () => {
    const { text, report } = loadFixture('strong');
    expect(defaultTitle(text, report.stories[0]!)).toBe('In my second year on the checkout team');
  });

  it('cuts a long heading at a word', () => {
    const title = 'Q1: Tell me about a time you had to convince several senior engineers on other teams to change a design';
    const cut = defaultTitle(title, { start: 0, end: title.length, title });
    expect(cut).toBe('Q1: Tell me about a time you had to convince several senior engineers on other');
    expect(cut.length).toBeLessThanOrEqual(80);
  });
});
