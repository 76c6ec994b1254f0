// "I deployed the fix and the errors stopped" is a coincidence until it is reproduced, tested or watched.
import { hasValidationEvidence } from './shared/evidence';
import { isHypothetical } from './shared/hypothetical';
import { dropNegated } from './shared/negation';
import { hitOn } from './shared/story-parts';
import { FIX as FIX_STEPS, pastForms, splitPastForms } from '../nlp/lexicon';
import type { Sentence, StoryContext } from '../engine/context';
import { validationSlots } from '../rephrase/step-slots';
import type { Rule } from './types';
import { precompiled } from '../engine/precompiled';
import { hasMetric } from './shared/metrics';

// Someone (the speaker, a team, "they") changed something to fix the problem.
const FIX = precompiled(new RegExp(
  String.raw`\b(?:${pastForms(FIX_STEPS)}|${splitPastForms(FIX_STEPS)}|fix(?:es|ing)?|hot-?fix(?:ed)?|patch(?:es)?|deploy|roll(?:ed)?back|pushed|moved|switched|swapped|disabled|enabled|compressed|reindexed|bumped|increased|raised|lowered|rotated|reconfigured|(?:repair|resolv|solv|restor|optimiz)(?:e|es|ing)|(?:fix|patch|hotfix|change|rollback)\s+(?:went|was)\s+(?:out|live|in))(?!\w)`,
  'i',
));
// ...and says it worked: the problem stopped, or it simply "works now".
const WORKED =
  precompiled(/\b(?:(?:errors?|failures?|crash(?:es)?|issues?|problems?|bugs?|alerts?|timeouts?|complaints?|drops?|outages?|locks?|spikes?|it|that|this|everything|things)(?!\w)(?:[\s,]+[\w'’-]+){0,8}?[\s,]+(?:stopped|went away|disappeared|vanished|ceased|cleared(?: up)?|subsided|went (?:quiet|silent)|quiet(?:ed|ened) down|calmed down|dried up|were gone|was gone|(?:went|dropped|fell) (?:down )?to (?:zero|nothing|0)|never (?:came back|returned|happened again)|didn't (?:come back|return|happen again))|(?:that|this|it) (?:fixed|solved|resolved|did) (?:it|the trick|the (?:issue|problem|bug|error)s?)|(?:the )?(?:issue|problem|bug|incident|error)s? (?:was|were|got|(?:is|are|has|have) been) (?:fixed|solved|resolved|gone)|(?:problem|issue) (?:solved|fixed|gone)|(?:it|everything|things) (?:worked|was working)|(?:it|everything|things|the \w+(?: \w+)?) (?:(?:works|is working)(?! (?:on|with|through|to|towards?|for|at|closely|together|across|under|as)(?!\w))|(?:is|was|were|are) (?:working|fine) (?:again|now)|(?:works|worked) (?:fine|again|now|properly|correctly)|went back to normal|(?:got|was|were|is|are) back (?:to normal|up)|(?:has|have) worked (?:fine|ever) since)|back to normal|(?:up|back) and running|\b[\w-]+ (?:worked|works|(?:was|were|is|are) working) (?:(?:fine|properly|correctly|normally) )?again|(?:came|comes|come) back (?:up|online)|(?:the|our|its|their) (?:[\w-]+ )?(?:site|page|form|app|application|service|system|server|website|api|database|feature|network|connection|e-?mail|phones?) came back(?! (?:again|with|to haunt)\b)|(?:haven't|hasn't|have not|has not|didn't|did not) (?:had|seen|gotten|got|come back|happened|recurred)(?: (?:a|an|any|one) (?:\w+ ){0,2}?(?:issues?|problems?|incidents?|errors?|complaints?|repeats?))?(?: (?:since|again))|no (?:more|further) (?:errors|failures|crashes|issues|complaints|incidents|alerts|problems)|no (?:errors|failures|crashes|issues|complaints|incidents|problems) since|stopped (?:complaining|failing|crashing|timing out|erroring|happening|dropping|breaking|experiencing|seeing|getting|having|reporting|hitting)|(?:has|have) (?:been|stayed|run) (?:stable|fine|solid|quiet|clean|green)(?: (?:ever )?since)?|(?:stable|fine|quiet|solid) ever since|(?:no|zero) (?:recurrences?|repeats?))(?!\w)/i);
/** "I deployed the fix and the errors stopped": a change and its effect told as one event. */
const FIX_AND_EFFECT = precompiled(new RegExp(
  String.raw`${FIX.source}[^.;!?]{0,200}?\band\s+(?:then\s+|soon\s+|within\s+\w+\s+\w+\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?!(?:I|we|they|he|she|you)\s)(?:[\w'-]+\s+){1,3}?(?:stopped|cleared|went\s+(?:away|down)|dropped|fell|disappeared|subsided|shrank|decreased)(?!\w)`,
  'i',
));
/** "After that, sales had the full list": the outcome told as what followed the change. */
const AFTERWARDS = /^(?:after\s+that|since\s+then|from\s+then\s+on|afterwards|after\s+the\s+(?:fix|change|patch|deploy|release|rollback|move)|once\s+(?:it|the\s+\w+)\s+(?:was|went)\s+(?:live|out|in)|with\s+the\s+(?:fix|change|patch)\s+(?:in|live|out))(?!\w)/i;
/** A sentence in which the speaker takes another step is not the outcome. */
const OWN_NEXT_STEP = /\b(?:I|we)\s+(?:\w+\s+)?(?:\w+ed|built|wrote|ran|set|made|took|sent|put|kept)(?!\w)/i;

// A Result told after the change that says the problem shrank or the system settled claims the change
// worked; a before/after figure in it is itself the evidence (LABELING).
const SETTLED = /\b(?:resolv\w*|eliminat\w*|prevent\w*|decreas\w*|reduc\w*|impossible|stable|consistent(?:ly)?|correct(?:ly)?|faster|quicker|sped up|improv\w* (?:the |our |its )?(?:(?:system|app|application|site|page|query|api|server|database|service|overall|runtime|end-to-end) )?(?:performance|response times?|latency|speed|load times?|throughput|reliability|stability|uptime)(?=\s*(?:$|[,.;:)]|(?:and|by|for|of|in|on|across|to)\b)))(?!\w)/i;
// A Result that reports the fault itself fixed ("Fixed critical bug", "we managed to repair the
// compressor") is the claim, even when it is also the first mention of the fix.
const FIXED_IN_RESULT = /\b(?:(?:fixed|repaired|resolved|solved|corrected|rectified|mitigated|(?:could|did) (?:\w+ )?(?:fix|repair|resolve|solve|rectify))(?: (?:all|every|each|the|our|its|their|a|an|this|that|these|those|most|critical|major|remaining|pending|underlying|root)){0,3} (?:[\w-]+ ){0,2}?(?:bugs?|issues?|problems?|errors?|defects?|incidents?|outages?|crash(?:es)?|failures?|faults?|leaks?)|(?:managed|able) to (?:\w+ )?(?:fix|repair|resolve|solve|rectify|restore)|(?:implementation|rollout|roll-out|migration|fix|change|deployment|upgrade|patch)\b[^.;]{0,60}?\b(?:was|were|proved) (?:a )?success(?:ful)?|(?:restored|brought back)(?: (?:the|our|full|normal|all))? (?:[\w-]+ )?(?:service|access|site|system|app|production|functionality|operations?)|(?:service|access|site|system|app|production|functionality|operations?) (?:was|were|got|had been) (?:fully )?(?:restored|brought back))(?!\w)/i;

// A figure of the failure shrinking anywhere in the Result measures the fix ("Reduced storage from
// 100GB to 1GB"). A figure of the change itself ("raised the limit from 512 MB to 2 GB") or of what
// it was worth ("click-through went from 0.8% to 4%") does not.
const SHRANK = /\b(?:reduc\w*|decreas\w*|dropp\w*|drops?|fell|falls?|cut|fewer|lower(?:ed)?|eliminat\w*|zero)(?!\w)/i;
const measuresTheFix = (s: Sentence) => s.section === 'result' && hasMetric(s.text) && SHRANK.test(s.text);

function claimsItWorked(s: Sentence, afterFix: boolean): boolean {
  if (WORKED.test(s.text) || FIX_AND_EFFECT.test(s.text)) return true;
  if (s.section === 'result' && FIXED_IN_RESULT.test(s.text)) return true;
  if (afterFix && s.section === 'result' && !hasMetric(s.text) && SETTLED.test(s.text)) return true;
  return afterFix && AFTERWARDS.test(s.text.trim()) && !OWN_NEXT_STEP.test(s.text);
}

/** Whether the work told confirms the fix: a reproduction, a test, monitoring, the fault measured shrinking. */
function showsConfirmation(story: StoryContext): boolean {
  return story.sentences.some((s) => (s.section === 'action' || s.section === 'result') && !isHypothetical(s.text) && (hasValidationEvidence(dropNegated(s.text)) || measuresTheFix(s)));
}

/** The sentences that tell the work and its outcome, as things that happened. */
const toldWork = (story: StoryContext) => story.sentences.filter((s) => s.section !== 'situation' && s.section !== 'reflection' && !isHypothetical(s.text));

// Any telling that something worked, wider than the patterns' claims: what a learned reading may
// weigh, never a finding by itself ("it all worked out", "the rollout was successful", "sorted").
const SAYS_IT_WORKED = /\b(?:work(?:ed|s|ing)(?! (?:on|with|for|at|as|in|under|closely|together|alongside|hard|late|long|through|towards?)\b)|resolved|fixed|solved|restored|repaired|sorted(?: out)?|back (?:to normal|up|online)|went (?:smoothly|well|fine|ok(?:ay)?)|success(?:ful(?:ly)?)?|no (?:more|further) (?:\w+ )?(?:errors?|issues?|problems?|complaints?|incidents?|failures?|crash(?:es)?)|never (?:happened|came back|recurred))(?!\w)/i;

/** Where the guide rules the check out: no fix or change told, nothing said to have worked after it,
 * or the work told confirms it. */
export function fixNotInQuestion(story: StoryContext): boolean {
  const told = toldWork(story);
  const fixAt = told.findIndex((s) => FIX.test(s.text));
  return fixAt < 0 || !told.slice(fixAt).some((s) => SAYS_IT_WORKED.test(s.text) || claimsItWorked(s, true)) || showsConfirmation(story);
}

const rule: Rule = {
  id: 'unverified-fix',
  severity: 'warning',
  message: 'The fix is said to work, but nothing shows how you confirmed it.',
  why: 'Problems can stop on their own; reproducing the failure first and watching tests or production numbers afterwards is what shows the root cause was really found.',
  check(story) {
    const told = toldWork(story);
    const fixAt = told.findIndex((s) => FIX.test(s.text));
    if (fixAt < 0) return [];
    // The claim is told with the change or after it; "the errors stopped" before any fix is the problem.
    const claim = told.slice(fixAt).find((s, i) => claimsItWorked(s, i > 0));
    if (!claim) return [];
    // Confirming the fix is part of the work told: "large test cases" in the setting or a test
    // planned in the lesson confirms nothing.
    if (showsConfirmation(story)) return [];
    return [hitOn(claim, { suggestion: validationSlots(claim.text, story.text.slice(story.start, story.end)) })];
  },
  examples: {
    flagged: [
      {
        // Whatever worked again, the claim stands without a check.
        text: 'A config push broke password resets for every user on a Monday. The identity team owned the service, so I sent them the failing request and they reverted the push. Resets worked again within the hour. I learned to ask who reviews a config push before it ships.',
        options: { question: 'production-incident' },
      },
      {
        text: 'Invoices for annual plans showed the wrong tax rate after a pricing change. I was on the billing team, so it was mine to sort out. I found a rounding step that ran twice and deployed a fix that afternoon. It works now, and finance has not raised it again.',
      },
      {
        text: 'Our nightly CRM sync skipped every account created after 6 p.m. The sync had no owner, so I took it on. The platform team moved the job to run after midnight, and the gaps went away. After that, sales saw every new account the next morning.',
      },
      {
        text: 'A service outside my team was dropping webhooks and there was no ticket, so I decided to own it. I read the retry code and found it gave up after one timeout. I deployed the fix and the errors stopped. That recovered about $8,000 a week.',
      },
      {
        text: 'Situation: our mobile app froze on login for some users. Task: I was on call. Action: I guessed it was the token refresh, so I increased the timeout and pushed a hotfix. Result: the problem went away and the complaints stopped. Reflection: I now keep a list of risky timeouts.',
      },
      // Tests named in the setting, and a test promised in the lesson, confirm nothing about the fix.
      {
        text: 'Situation: our nightly test suite kept timing out on the payments module.\nTask: I owned the suite that month.\nAction: I found a query without an index and added one.\nResult: the timeouts went away.\nReflection: next time I would test index changes on a copy of production first.',
      },
      // The Result says the problem settled, with nothing to show it.
      {
        text: 'Situation: the nightly settlement job double-counted refunds.\nTask: I owned the job that quarter.\nAction: I rewrote the refund join to use the ledger id and deployed it on Thursday.\nResult: refunds are now counted correctly and the finance team stopped asking about it.',
      },
      // "Was able to rectify the issue": the fix reported as done, with nothing to show it held.
      {
        text: 'Situation: duplicate rows appeared in the finance export a day before the quarterly report.\nTask: I owned the export job.\nAction: I traced the duplicates to a join on a key that was not unique and rewrote the join.\nResult: I was able to rectify the issue before the report went out.',
      },
      // A Result that reports the fault fixed is itself the claim.
      {
        text: 'Situation: our checkout page timed out for shoppers paying with saved cards.\nTask: I was asked to debug it before the holiday sale.\nAction:\n- Traced the slow call to a card lookup without an index\n- Added the index and shipped it the same day\nResult:\n- Fixed the critical checkout bug before the sale\n- Shoppers stopped experiencing timeouts',
      },
    ],
    passing: [
      {
        // A fix told with no claim that it worked is not judged: the write-up is the next step, not the outcome.
        text: 'Our signup form failed on Safari for about a week. I was the engineer on the form, so it was mine. I deployed a fix. Then I wrote up the timeline for the team.',
      },
      {
        // The fault coming back is no claim that the fix worked.
        text: 'Our signup form failed on Safari for about a week. I was the engineer on the form, so it was mine. I deployed a fix, but the errors came back within a day.',
      },
      // A figure of the failure shrinking measures the fix.
      {
        text: 'Situation: our log volume filled the disk every few weeks.\nTask: I owned the logging setup.\nAction:\n- Added a rotating archive handler and log level filtering\nResult:\n- Reduced log storage from 100GB to 1GB\n- Improved system performance',
      },
      {
        text: 'Our nightly CRM sync skipped every account created after 6 p.m. The sync had no owner, so I took it on. I moved the job to run after midnight and compared a week of synced accounts against the signup table. After that, sales saw every new account the next morning.',
      },
      {
        text: 'A service outside my team was dropping webhooks. I reproduced the failure locally before coding the fix, then I monitored the error rate for a week after the deploy. The errors stopped, which recovered about $8,000 a week.',
      },
      {
        text: 'Our mobile app froze on login for some users. I captured a trace on an affected device, saw the token refresh blocking the main thread, and moved it off the main thread with a test. Login freezes went from 2% of sessions to zero, and app store complaints stopped.',
      },
      {
        text: 'My manager and I disagreed about the release date. I laid out the open risks and we agreed to move the launch by a week. The launch went smoothly and we kept every customer commitment.',
      },
      // The settled Result carries its own before/after figure.
      {
        text: 'Situation: the nightly settlement job double-counted refunds.\nTask: I owned the job that quarter.\nAction: I rewrote the refund join to use the ledger id and deployed it on Thursday.\nResult: mismatched refunds were reduced from about 300 a night to none.',
      },
    ],
  },
};

export default rule;
