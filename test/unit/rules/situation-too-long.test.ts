import { describe, expect, it } from 'vitest';
import { findings } from './find';

const background = [
  'Our company sold scheduling software to about two hundred dental clinics, and I was one of six engineers on the product team.',
  'The product had a web app for the front desk, a mobile app for patients, and a nightly job that synced appointments with the clinics\' own systems.',
  'Most clinics ran old desktop software that exported files in slightly different formats, and the sync code had grown a special case for almost every vendor.',
  'There was also a support team of four people who handled clinic calls, and they kept a spreadsheet of the clinics that needed manual fixes each morning.',
  'In March the sync started skipping appointments for clinics on one vendor\'s newest version.',
];
const rest = 'I compared the new export files with the old ones, found a renamed date column, and added a parser for it with tests. Skipped appointments went from about 40 a day to zero. I now ask that vendor for sample exports before each of their releases.';

describe('situation-too-long', () => {
  it('points at the whole Situation and says how long it takes', () => {
    const text = `${background.join(' ')} ${rest}`;
    const [f] = findings('situation-too-long', text);
    expect(f).toBeDefined();
    expect(f!.section).toBe('situation');
    expect(f!.quoted.startsWith('Our company sold scheduling software')).toBe(true);
    expect(f!.message).toMatch(/about \d+ seconds/);
  });

  it('keeps the problem sentence and suggests cutting the background', () => {
    const [f] = findings('situation-too-long', `${background.join(' ')} ${rest}`);
    expect(f!.suggestion).toContain('In March the sync started skipping appointments');
    expect(f!.suggestion).toMatch(/cut the other \d+ sentences of background/);
  });

  it('depends on the speaking rate: a fast speaker gets through the same setup in time', () => {
    const text = `${background.join(' ')} ${rest}`;
    expect(findings('situation-too-long', text, { wordsPerMinute: 140 })).toHaveLength(1);
    expect(findings('situation-too-long', text, { wordsPerMinute: 220 })).toHaveLength(0);
  });

  it('leaves a two-sentence Situation alone', () => {
    expect(findings('situation-too-long', `${background[4]} The sync belonged to the integrations team. ${rest}`)).toHaveLength(0);
  });
});
