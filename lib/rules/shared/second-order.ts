// Effects beyond the fix itself: others adopting it, a safeguard added, a process or habit changed.
import { dropNegated } from './negation';
import { hasOrganizationalEffect } from './organizational';
import { hasPrevention } from './prevention';
import { memoByText } from '../../engine/memo';
import { precompiled } from '../../engine/precompiled';

// Kept as small patterns: one big alternation compiles slowly.
const SPREAD: readonly RegExp[] = [
  // Others taking it up; the speaker adopting an approach, or training a model, is part of the fix.
  /(?<!\b(?:I|we) (?:\w+ )?)\b(?:adopted|reused|re-used)(?!\w)|\b(?:onboard(?:ed|ing)|train(?:ed|ing)|taught|teaching|coach(?:ed|ing)|walked) (?:the |our |other |every |all |new |two |three |\d+ )?(?:[\w-]+ )?(?:team|teams|engineers|developers|hires|colleagues|analysts|agents|staff|everyone|people|squads?|on-?callers|teachers|nurses|volunteers|members|leaders|managers|tutors|reps)(?!\w)|\bpresented (?:it |this |that |the [\w-]+ |my [\w-]+ )?(?:to|at) (?:the |our |other |every |all )?(?:[\w-]+ )?(?:teams?|guild|org|organi[sz]ation|department|all-hands|chapter|company|meetup|conference)(?!\w)|\bonboarding (?:docs?|guide|checklist|materials?|sessions?)(?!\w)|\brolled (?:\w+ ){0,3}out (?:to|across)(?!\w)|\b(?:expanded|extended|scaled) (?:\w+ ){0,2}(?:to|across)(?!\w)/i,
  /\b(?:now )?used by (?:other|\w+ other|the \w+) teams?\b|\b(?:other|more) teams\b|\bbecame (?:the|a|our) (?:default|standard|template|pattern)(?!\w)/i,
  /\b(?:added|wrote|updated|published|shared) (?:a |the |an |our )?(?:(?!design\b|tech\b|technical\b)\w+ ){0,2}(?:runbooks?|playbooks?|docs?|documentation|guides?|wiki|post-?mortems?|checklists?|templates?)(?!\w)|\bran a (?:session|workshop|brown bag)(?!\w)/i,
  /\bmade (?:it|this|that|them) (?:(?:a|an|the|our) (?:[\w-]+ )?)?(?:part of|standard|mandatory|default|required|norm|template|rule)(?!\w)|\bpart of (?:their|our|the|every) (?:[\w-]+ )?(?:checklists?|process|onboarding|reviews?|templates?|runbooks?|playbooks?|pipelines?|guides?|guidelines|handbook|standards?|wiki|docs|documentation|curriculum|training)(?!\w)/i,
  // A recurring process that keeps checking: "added macros to our quarterly content review", "set up a monthly audit".
  /\b(?:added|put|folded|included|moved|wrote)(?!\w)[^.;]{0,50}?\b(?:to|into|in) (?:the|our|their|every|each|a|an|[\w-]+['’]s) (?:[\w'’-]+ ){0,2}(?:reviews?|audits?|checklists?|retros?|retrospectives?|rota|rotation|calendar|cadence)(?!\w)/i,
  /\b(?:is|are) now (?:run|checked|reviewed|required|done|audited|tested)(?!\w)|\bnow \w+(?: \w+){0,5} (?:before|after|on|at|in) (?:every|each) (?:release|deploy|sprint|quarter|month|week|night|run|launch|change|migration)(?!\w)|\bnow \w+(?: \w+){0,4} (?:every|each) (?:release|sprint|quarter|month|week|night|run)(?!\w)/i,
  /\b(?:set up|started|introduced|scheduled|instituted|created|established) (?:a |an |the )?(?:quarterly|monthly|weekly|yearly|annual|recurring|regular|standing|periodic) (?:[\w-]+ ){0,2}(?:reviews?|audits?|checks?|health ?checks?)(?!\w)/i,
  // Made for what comes next: "documentation for future reference", "so future releases won't…".
  /\b(?:for|in|across|to|on) (?:all |every |any )?(?:future|subsequent|later|upcoming) (?:[\w-]+ ){0,2}?(?:releases?|projects?|tasks?|teams?|hires?|reference|work|incidents?|changes?|launches|migrations?|customers?|cases?|use)(?!\w)|\bso (?:that )?(?:future|subsequent) \w+|\b(?:going forward|from then on)(?!\w)/i,
  // The process itself changed: "updated the workflow to include…", "adjusted sprint metrics".
  /\b(?:updated|adjusted|changed|revised|redesigned|reworked|overhauled) (?:the |our |their |a )?(?:[\w-]+ ){0,2}(?:workflow|process|processes|metrics|policy|policies|guidelines|standards|framework|scoring|criteria)(?!\w)/i,
  /\b(?:since then|ever since)(?!\w)|\b(?:hasn't|has not) (?:happened|recurred|come back)(?!\w)|\bnever (?:happened|recurred|came back) again\b/i,
  // Habits and practices that changed: "I now…", "the team still runs…", "every squad now…".
  /\bI now (?:always )?\w+|\b(?:we|our team|the team|they|teams|everyone) (?:now|still) (?:runs?|uses?|requires?|has|have|follows?|applies|apply|is used)(?!\w)|\b(?:it|this|that)(?:['’]s| is) (?:still |now )+(?:used|run|required|applied|followed)(?!\w)|\bnow (?:part of|used|required|standard)(?!\w)|\b(?:teams?|squads?|groups?|orgs?|everyone|every \w+)(?!\w)(?: (?!(?:and|but|so|which)(?!\w))[\w'’-]+){0,3},? now \w+/i,
  // Taken into wider use: "we started to use the domain for other projects", "now we follow a format",
  // "Evernote became a fundamental part of our workspace".
  /\b(?:use[ds]?|using|reuse[ds]?|reusing|appl(?:y|ied|ying))\b[^.;]{0,40}?\b(?:for|in|on|across) (?:other|more|several|multiple|many|all|every|new) (?:[\w-]+ )?(?:projects|teams|products|services|clients|customers|departments|sites|stores|wards|classes)(?!\w)|\bnow (?:we|everyone|the team|our team|they) (?:follows?|uses?|runs?|requires?|applies|apply)(?!\w)|\bbecame (?:a |an |the )?(?:fundamental|core|standard|regular|permanent|integral|key|central) part of(?!\w)/i,
].map(precompiled);

export const hasSecondOrderEffect = memoByText((text: string): boolean => {
  const clean = dropNegated(text);
  return SPREAD.some((re) => re.test(clean)) || hasPrevention(clean) || hasOrganizationalEffect(clean);
});
