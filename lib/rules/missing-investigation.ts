// A technical interviewer wants to see how the cause was found and the fix proven, not only the fix.
import { hasInvestigation } from './shared/investigation';
import { isHypothetical } from './shared/hypothetical';
import { hitOn, sentencesIn } from './shared/story-parts';
import { investigationSlots } from '../rephrase/step-slots';
import type { Rule } from './types';

const rule: Rule = {
  id: 'missing-investigation',
  severity: 'warning',
  message: 'The answer shows no investigation: no reproduction, logs, traces, measurements or tests.',
  why: 'With a technical focus, the interviewer scores how you found the cause and proved the fix; data-driven steps show rigor, a bare fix looks like a lucky guess.',
  focus: ['technical'],
  check(story) {
    if (story.sentences.length === 0) return [];
    // The Situation sets the scene ("which metrics mattered"); the investigation is in what the speaker did.
    if (story.sentences.some((s) => s.section !== 'reflection' && s.section !== 'situation' && !isHypothetical(s.text) && hasInvestigation(s.text))) return [];
    const anchor = sentencesIn(story, 'action')[0] ?? story.sentences[0]!;
    return [hitOn(anchor, { suggestion: investigationSlots(story.text.slice(story.start, story.end)) })];
  },
  examples: {
    flagged: [
      {
        text: 'Sales leadership wanted a live view of pipeline health without saying which metrics mattered. I was the data engineer assigned to it. I picked our streaming stack because it felt future-proof and built the pipeline and the dashboard in five weeks. The dashboard went live for 60 sellers. Next time I would sketch it on paper first.',
        options: { focus: 'technical' },
      },
      {
        text: 'Our checkout started failing after a release. I suspected the new payment client, so I rolled it back and pushed a corrected version that afternoon. Failures went from 3% to zero and we kept about $12,000 in daily sales. I now pin client versions in every release.',
        options: { focus: 'technical' },
      },
      {
        text: 'Situation: the mobile app was crashing on launch. Task: I was on call. Action: I rebuilt the app with the previous SDK version and shipped it the same day. Result: crashes stopped and ratings recovered within a week.',
        options: { focus: 'technical' },
      },
    ],
    passing: [
      {
        text: 'Checkout latency doubled after a release. I was on call, so it was mine. I looked at the latency dashboard, saw every slow call hit one cache, and rolled its config back. Latency went from 900 ms back to 300 ms, and I added a latency alert on that cache.',
        options: { focus: 'technical' },
      },
      {
        text: 'Our checkout started failing after a release. I compared error logs before and after the deploy, traced the failures to the new payment client, and reproduced them in staging. I rolled back, fixed the client with a test, and measured the error rate for two days. Failures went from 3% to zero.',
        options: { focus: 'technical' },
      },
      {
        text: 'Our checkout started failing after a release. I suspected the new payment client, so I rolled it back and pushed a corrected version that afternoon. Failures went from 3% to zero.',
        options: { focus: 'speed' },
      },
    ],
  },
};

export default rule;
