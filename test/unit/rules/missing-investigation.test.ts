import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('missing-investigation: steps the story says were skipped', () => {
  it.each([
    'I retrained the pricing model on a new data export and shipped it without comparing it to the old one. Quotes came out wrong for a day, so I rolled it back and retrained it.',
    'I updated the tax table and released it without testing it on last year\'s invoices. Invoices went out wrong, so I reverted the change.',
  ])('does not count an investigation step told as skipped, nor data merely mentioned: %s', (text) => {
    expect(findings('missing-investigation', text, { focus: 'technical' })).toHaveLength(1);
  });

  it('counts data the speaker actually examined', () => {
    const text = 'Quotes came out wrong after a model refresh. I pulled a week of quote data, found the region field shifted, and fixed the feature pipeline. Wrong quotes went to zero.';
    expect(findings('missing-investigation', text, { focus: 'technical' })).toHaveLength(0);
  });
});
