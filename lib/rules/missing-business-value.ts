// A metric only lands when it is translated into what the business feels: money, customers, time, risk.
import { hasBusinessValue, hasStrongBusinessValue } from './shared/business-value';
import { findMetric } from './shared/metrics';
import { outcomeSentences } from './shared/outcome-sentences';
import { hitOn } from './shared/story-parts';
import { worthSlots } from '../rephrase/outcome-slots';
import type { Rule } from './types';

const rule: Rule = {
  id: 'missing-business-value',
  severity: 'warning',
  message: 'The result has a number, but never says what it was worth to customers or the business.',
  why: 'Engineers hear a percentage; the hiring manager listens for what it meant in revenue, customers, time saved or risk removed, so say the translation yourself.',
  check(story) {
    const outcomes = outcomeSentences(story);
    const measured = outcomes.map((s) => ({ s, metric: findMetric(s.text) })).filter((x) => x.metric);
    // Point at the Result's own figure when there is one.
    const first = measured.find((x) => x.s.section === 'result') ?? measured[0];
    if (!first || outcomes.some((s) => hasBusinessValue(s.text))) return [];
    // Money or people counted in an action ("I refunded 412 charges, about $18,000") count too.
    const told = story.sentences.filter((s) => s.section !== 'situation' && s.section !== 'reflection');
    if (told.some((s) => hasStrongBusinessValue(s.text))) return [];
    return [hitOn(first.s, { suggestion: worthSlots(first.s.text, story.text.slice(story.start, story.end)) })];
  },
  examples: {
    flagged: [
      {
        text: 'Our image service was slow after a library upgrade. I profiled it, found that thumbnails were being re-encoded twice, and removed the second pass with a regression test. P95 latency went from 900 ms to 250 ms. I now profile every dependency upgrade before it ships.',
      },
      {
        text: 'The build for our monorepo took too long. Nobody owned the build config, so I took it on: I measured each step, cached the dependency install, and split the test job in four. Build time went from 38 minutes to 11 minutes. I learned to measure before optimizing.',
      },
    ],
    passing: [
      {
        // Time the business feels: lead time and engineer-weeks.
        text: 'Every team waited on one shared release train, so features sat finished for days. I split the train per service, added a contract test between each pair, and ran it with two teams for a month. Lead time went from eight days to two, and the change took about 6 engineer-weeks instead of the rewrite that was planned.',
      },
      {
        text: 'Our image service was slow after a library upgrade. I profiled it, found that thumbnails were being re-encoded twice, and removed the second pass with a regression test. P95 latency went from 900 ms to 250 ms, and product page bounce fell 4%, about $20,000 a month in sales. I now profile every dependency upgrade before it ships.',
      },
      {
        text: 'The build for our monorepo took too long. I measured each step, cached the dependency install, and split the test job in four. Build time went from 38 minutes to 11 minutes, which gave each of our 60 engineers back about an hour a day. I learned to measure before optimizing.',
      },
    ],
  },
};

export default rule;
