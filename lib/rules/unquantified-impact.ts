// A result without a number is a claim; a before-and-after figure is evidence.
import { hasMetric } from './shared/metrics';
import { outcomeSentences } from './shared/outcome-sentences';
import { outcomeTopic } from './shared/outcome-topic';
import { closingOutcomeSentence, hitOn } from './shared/story-parts';
import { numbersSlots } from '../rephrase/outcome-slots';
import type { Rule } from './types';


const rule: Rule = {
  id: 'unquantified-impact',
  severity: 'error',
  message: 'The Result has no number or before-and-after change.',
  why: 'A measured change turns "it worked" into proof; without a figure the interviewer cannot tell a small fix from a big one.',
  check(story) {
    if (story.sentences.length === 0) return [];
    if (outcomeSentences(story).some((s) => hasMetric(s.text))) return [];
    const anchor = closingOutcomeSentence(story);
    return anchor ? [hitOn(anchor, { suggestion: numbersSlots(outcomeTopic(anchor.text)) })] : [];
  },
  examples: {
    flagged: [
      {
        text: 'Our mobile app crashed on startup for some Android users after a release. Nobody on the mobile team was on call that weekend, so I picked it up. I reproduced the crash on an old device, found a null font resource, and shipped a hotfix with a test. After that the crashes stopped and the app store reviews got better. I learned to test releases on the oldest devices we support.',
      },
      {
        text: 'Situation: two teams kept arguing about who owned the shared login page. Task: I was asked to settle it before the redesign. Action: I mapped every change request from the last quarter, proposed a single owner per component, and ran a review with both leads. Result: both teams agreed to the split and the redesign went ahead smoothly. Reflection: I now write an ownership map before any shared project starts.',
      },
      {
        // Turning a setting up is a step, not a measured outcome.
        text: 'Our ticket-booking site slowed to a crawl during a presale. Nobody was on call for it, so I stepped in. I restarted the web servers and doubled the memory limit, and the site was fine after that. I now check memory graphs before every presale.',
      },
    ],
    passing: [
      {
        text: 'Our referral programme had stalled and I owned the relaunch as the product manager. I rewrote the eligibility rules, tested them against last year\'s fraud cases and relaunched in a month. The relaunch brought in 2,300 new paying customers in its first quarter. I learned to test incentives against abuse before launch.',
      },
      {
        text: 'Store managers asked for fresher sales numbers, and I was the engineer assigned to the report. I moved the report from a nightly batch to a stream and checked it against the batch totals for a week. The report now refreshes every minute instead of once a day. I now ask how fresh data needs to be before choosing a stack.',
      },
      {
        text: 'Our ticket-booking site slowed to a crawl during a presale. I profiled the seat-map query, added a cache in front of it, and load-tested it at twice the expected traffic. Seat-map loads went 8 s → under 1 s, and abandoned carts fell back to the usual 4%.',
      },
      {
        text: 'Our mobile app crashed on startup for some Android users after a release. I reproduced the crash on an old device, found a null font resource, and shipped a hotfix with a test. Crash-free sessions went from 96% to 99.8% within two days. I learned to test releases on the oldest devices we support.',
      },
      {
        text: 'We had two weeks to ship the partner integration. I cut scope to the three endpoints they needed first and wrote contract tests before the code. We launched four days early, and the partner moved 12,000 merchants onto it in the first month. I now agree on the day-one scope in writing before estimating.',
      },
    ],
  },
};

export default rule;
