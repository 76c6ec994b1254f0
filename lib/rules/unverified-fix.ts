// "I deployed the fix and the errors stopped" is a coincidence until it is reproduced, tested or watched.
import { hasValidationEvidence } from './shared/evidence';
import { isHypothetical } from './shared/hypothetical';
import { dropNegated } from './shared/negation';
import { hitOn } from './shared/story-parts';
import type { Rule } from './types';

// The speaker changed something to fix the problem.
const FIX =
  /\b(?:fix(?:ed|es|ing)?|hot-?fix(?:ed)?|patch(?:ed|es)?|deploy(?:ed)?|rolled (?:out|back)|roll(?:ed)?back|shipped|pushed|merged|rewrote|rewritten|changed|reverted|restarted|rebooted|bumped|upgraded|downgraded|increased|raised|lowered|rotated|reconfigured|corrected|repaired|resolved|solved|updated)(?!\w)/i;
// ...and says it worked.
const WORKED =
  /\b(?:(?:errors?|failures?|crash(?:es)?|issues?|problems?|bugs?|alerts?|timeouts?|complaints?|drops?|outages?|it|that|this|everything|things)(?!\w)(?:[\s,]+[\w'’-]+){0,8}?[\s,]+(?:stopped|went away|disappeared|vanished|ceased|cleared(?: up)?|subsided|went (?:quiet|silent)|quiet(?:ed|ened) down|calmed down|dried up|were gone|was gone|(?:went|dropped|fell) (?:down )?to (?:zero|nothing|0)|never (?:came back|returned|happened again)|didn't (?:come back|return|happen again))|(?:that|this|it) (?:fixed|solved|resolved) (?:it|the (?:issue|problem|bug|error)s?)|(?:the )?(?:issue|problem|bug|incident|error)s? (?:was|were|got) (?:fixed|solved|resolved|gone)|(?:it|everything|things) (?:worked|was working|went back to normal|(?:was|were) back to normal)|back to normal|no (?:more|further) (?:errors|failures|crashes|issues|complaints|incidents|alerts))(?!\w)/i;

const rule: Rule = {
  id: 'unverified-fix',
  severity: 'warning',
  message: 'The fix is said to work, but nothing shows how you confirmed it.',
  why: 'Problems can stop on their own; reproducing the failure first and watching tests or production numbers afterwards is what shows the root cause was really found.',
  check(story) {
    const told = story.sentences.filter((s) => s.section !== 'situation' && s.section !== 'reflection' && !isHypothetical(s.text));
    const claim = told.find((s) => WORKED.test(s.text));
    if (!claim || !told.some((s) => FIX.test(s.text))) return [];
    if (story.sentences.some((s) => !isHypothetical(s.text) && hasValidationEvidence(dropNegated(s.text)))) return [];
    return [
      hitOn(claim, {
        suggestion: 'Show how you knew it worked: say how you reproduced the failure before the fix, and what you watched afterwards (tests, error rates, dashboards) to confirm it stayed fixed.',
      }),
    ];
  },
  examples: {
    flagged: [
      {
        text: 'A service outside my team was dropping webhooks and there was no ticket, so I decided to own it. I read the retry code and found it gave up after one timeout. I deployed the fix and the errors stopped. That recovered about $8,000 a week.',
      },
      {
        text: 'Situation: our mobile app froze on login for some users. Task: I was on call. Action: I guessed it was the token refresh, so I increased the timeout and pushed a hotfix. Result: the problem went away and the complaints stopped. Reflection: I now keep a list of risky timeouts.',
      },
    ],
    passing: [
      {
        text: 'A service outside my team was dropping webhooks. I reproduced the failure locally before coding the fix, then I monitored the error rate for a week after the deploy. The errors stopped, which recovered about $8,000 a week.',
      },
      {
        text: 'Our mobile app froze on login for some users. I captured a trace on an affected device, saw the token refresh blocking the main thread, and moved it off the main thread with a test. Login freezes went from 2% of sessions to zero, and app store complaints stopped.',
      },
      {
        text: 'My manager and I disagreed about the release date. I laid out the open risks and we agreed to move the launch by a week. The launch went smoothly and we kept every customer commitment.',
      },
    ],
  },
};

export default rule;
