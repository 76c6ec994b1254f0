// With a speed focus, the fix is half the story: the other half is what stops it happening again.
import { isHypothetical } from './shared/hypothetical';
import { dropNegated } from './shared/negation';
import { hasPrevention } from './shared/prevention';
import { closingOutcomeSentence, hitOn, sentencesIn } from './shared/story-parts';
import type { Rule } from './types';

const rule: Rule = {
  id: 'missing-prevention',
  severity: 'warning',
  message: 'Nothing automated keeps this from happening again: no alert, check or test gate.',
  why: 'An interviewer probing speed wants a fast fix followed by automation, so the next occurrence is caught by a machine instead of a customer.',
  focus: ['speed'],
  check(story) {
    const done = story.sentences.filter((s) => s.section !== 'situation' && !isHypothetical(s.text));
    if (done.some((s) => hasPrevention(dropNegated(s.text)))) return [];
    const anchor = sentencesIn(story, 'action').at(-1) ?? closingOutcomeSentence(story);
    return anchor
      ? [hitOn(anchor, { suggestion: 'Add the safeguard you put in place after the fix: an alert on the failing signal, an automated check in CI, or a test that blocks a repeat.' })]
      : [];
  },
  examples: {
    flagged: [
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
