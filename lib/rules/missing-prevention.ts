// With a speed focus, the fix is half the story: the other half is what stops it happening again.
import { dropNegated } from './shared/negation';
import { hasPrevention } from './shared/prevention';
import { closingOutcomeSentence, hitOn, sentencesIn } from './shared/story-parts';
import { toldClauses } from './shared/told-clauses';
import { preventionSlots } from '../rephrase/step-slots';
import type { Rule } from './types';

const rule: Rule = {
  id: 'missing-prevention',
  severity: 'warning',
  message: 'Nothing automated keeps this from happening again: no alert, check or test gate.',
  why: 'An interviewer probing speed wants a fast fix followed by automation, so the next occurrence is caught by a machine instead of a customer.',
  focus: ['speed'],
  check(story) {
    const done = story.sentences.filter((s) => s.section !== 'situation').flatMap((s) => toldClauses(s.text));
    if (done.some((clause) => hasPrevention(dropNegated(clause)))) return [];
    const anchor = sentencesIn(story, 'action').at(-1) ?? closingOutcomeSentence(story);
    return anchor
      ? [hitOn(anchor, { suggestion: preventionSlots(story.text.slice(story.start, story.end)) })]
      : [];
  },
  examples: {
    flagged: [
      {
        // "decided to build" is an infinitive, not a step added to the build.
        text: 'Our importer choked on a malformed partner file and stopped the morning load. I decided to build a quick patch that skipped bad rows, deployed it within 30 minutes, and re-ran the load. The data was complete by 9 am.',
        options: { focus: 'speed' },
      },
      {
        text: 'Checkout errors spiked right after a Friday deploy. Within ten minutes I rolled back, found the bad migration, and re-ran it safely. Errors went from 4% to zero in under an hour, protecting about $30,000 in weekend sales.',
        options: { focus: 'speed' },
      },
      {
        text: 'Situation: a certificate expired and our API went down. Task: I was on call. Action: I renewed the certificate and restarted the gateways within 20 minutes. Result: the API was back up, and the outage stayed under half an hour. Reflection: I would add an expiry alert next time.',
        options: { focus: 'speed' },
      },
    ],
    passing: [
      {
        // The safeguard told in the passive.
        text: 'Checkout errors spiked right after a Friday deploy. Within ten minutes I rolled back, found the bad migration, and re-ran it safely. Errors went from 4% to zero in under an hour, and an alert was set up so that any new spike pages the on-call engineer.',
        options: { focus: 'speed' },
      },
      {
        text: 'Checkout errors spiked right after a Friday deploy. Within ten minutes I rolled back, found the bad migration, and re-ran it safely. I then added a CI check that runs every migration against a copy of production data. Errors went from 4% to zero in under an hour.',
        options: { focus: 'speed' },
      },
      {
        text: 'Checkout errors spiked right after a Friday deploy. Within ten minutes I rolled back, found the bad migration, and re-ran it safely. Errors went from 4% to zero in under an hour.',
        options: { focus: 'ownership' },
      },
    ],
  },
};

export default rule;
