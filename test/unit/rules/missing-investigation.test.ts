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

describe('missing-investigation: where the investigation has to be', () => {
  const technical = { focus: 'technical' as const };

  it('does not take metrics named in the Situation, or a dashboard that is the deliverable, as investigation', () => {
    const text =
      'Leadership asked for a live dashboard for the support floor without saying which metrics mattered. I was the engineer assigned to it. I chose our streaming stack because it seemed future-proof, and I set up the pipeline and the dashboard over six weeks. The dashboard went live for 40 agents. I would mock it up on paper first next time.';
    expect(findings('missing-investigation', text, technical)).toHaveLength(1);
  });

  it('counts a dashboard the speaker read', () => {
    const text =
      'Checkout latency doubled after a release. I was on call, so it was mine. I looked at the latency dashboard, saw the slow calls all hit one cache, and rolled its config back. Latency went from 900 ms back to 300 ms.';
    expect(findings('missing-investigation', text, technical)).toHaveLength(0);
  });
});
