// Lessons that would fit any story, and the anchors that make a lesson concrete: a named
// mechanism the speaker will set up or now uses.
import { technicalTerms } from './technical-nouns';
import { precompiled } from '../../engine/precompiled';

const GENERIC_LESSON = precompiled(new RegExp(
  [
    // "communication is important", "teamwork matters", "planning is key"
    String.raw`\b(?:communication|communicating|collaboration|teamwork|team ?work|planning|testing|documentation|transparency|ownership|trust|feedback|listening|patience|prioriti[sz]ation|preparation|alignment|empathy|flexibility|attention to detail|early scoping|scoping(?: early)?|(?:good|clear|open|better) communication|working together)(?!\w)(?:[\s,]+[\w'’-]+){0,4}?[\s,]+(?:is|are|was|were|matters?|helps?|pays off|goes a long way|wins|beats|makes? (?:a|all the) difference|makes? the dream work)(?!\w)(?: (?:so |really |very |super |extremely |always )?(?:important|key|crucial|critical|essential|vital|everything|valuable|paramount|the key))?`,
    // "communicate better next time", "collaborate more"
    String.raw`\b(?:communicate|collaborate|plan|prepare|coordinate|talk|listen|test|document)(?!\w) (?:(?:with|to) (?:the |my |our |their )?(?:\w+ ){0,2})?(?:better|more(?: often| closely| clearly| carefully)?|earlier|sooner|more effectively|more openly)(?!\w)`,
    // "I learned a lot", "a valuable lesson"
    String.raw`\blearn(?:ed|t) (?:a lot|so much|many things|a great deal|a valuable lesson|an important lesson|a lesson|from (?:it|this|that|the experience|my mistakes?))(?!\w)`,
    String.raw`\b(?:the (?:importance|value|power|significance|necessity|benefits?) of|how important (?:it is|\w+ (?:is|are)))(?!\w)`,
    String.raw`\b(?:be|being|to be) more (?:proactive|careful|patient|thorough|organi[sz]ed|open|communicative|collaborative|flexible|confident)(?!\w)`,
    String.raw`\b(?:never give up|stay(?:ing)? calm|trust the process|things (?:don't|do not) always go|always double-?check|ask(?:ing)? for help (?:early|earlier|sooner)|it(?:'s| is) important to \w+)(?!\w)`,
    String.raw`\b(?:\w+ing) (?:early|upfront|ahead) (?:helps|matters|pays off|is (?:important|key))(?!\w)`,
  ].join('|'),
  'i',
));

// A concrete change: a verb that puts something in place, and the mechanism it puts in place.
const CHANGE_VERB =
  precompiled(/\bI now \w+|\b(?:hold|held|host(?:ed)?|book(?:ed)?|set(?:ting)? up|propos(?:e|ed|ing)|establish(?:ed|ing)?|add(?:ed|ing)?|creat(?:e|ed|ing)|introduc(?:e|ed|ing)|build|built|writ(?:e|ing)|wrote|written|schedul(?:e|ed|ing)|start(?:ed|ing)?|open(?:ed|ing)?|ask(?:ed)? (?:every|each|all|the)|agree(?:d|ing)? on|keep|kept|put|track(?:ed|ing)?|run|require[ds]?|make (?:it )?a rule|always (?:\w+ ){0,2}(?:write|start|ask|add|check|open|run|set|agree|share|book))(?!\w)/i);
const MECHANISM =
  precompiled(/\b(?:SLOs?|SLAs?|dashboards?|alerts?|alarms?|monitor(?:s|ing)?|runbooks?|playbooks?|checklists?|templates?|design docs?|RFCs?|docs?|documents?|wiki|calendars?|syncs?|stand-?ups?|check-?ins?|1:1s?|one-on-ones?|meetings?|reviews?|rotations?|owners?|ownership (?:map|model)|tickets?|metrics?|budgets?|tests?|canar(?:y|ies)|flags?|feature flags?|contracts?|schemas?|estimates?|kick-?offs?|demos?|prototypes?|spikes?|channels?|postmortems?|retros?|retrospectives?|decision logs?|written|in writing|deadline|milestones?|criteria|thresholds?|gates?|queues?|baselines?|polic(?:y|ies))(?!\w)/i);

/** A lesson that names a mechanism the speaker would put in place (or now uses), or a number. */
export function isConcreteLesson(text: string): boolean {
  return (CHANGE_VERB.test(text) && MECHANISM.test(text)) || /\d/.test(text);
}

export function isGenericLesson(text: string): boolean {
  return GENERIC_LESSON.test(text) && !isConcreteLesson(text);
}

// Advice in the universal register: the generic "you", everyone, always/never with a stance
// rather than a step, and the shapes of a maxim ("X is about Y", "it's worth …", "better to …").
const UNIVERSAL_ADVICE = precompiled(new RegExp(
  [
    String.raw`\b(?:you|your|yourself|people|everyone|everybody|anyone)(?!\w)`,
    String.raw`\b(?:always|never) (?:\w+ )?(?:keep an eye|be|stay|remember|think|consider|pay attention|plan for|trust|listen|assume|give up|underestimate|speak|communicate|expect|look out|watch out|care|question|double-check|ask for help)(?!\w)`,
    String.raw`\b(?:is|are) (?:really |all |mostly |just |always )?about(?!\w)|\b(?:is|are) (?:the )?key(?!\w)|\bkey to(?!\w)|\bthe most important (?:thing|part|skill|lesson|quality)(?!\w)|\bworth (?:it|\w+ing)(?!\w)|\bbetter to(?!\w)|\bgoes a long way(?!\w)|\bpays off(?!\w)|\bno substitute for(?!\w)|\bthe unexpected(?!\w)|\bin (?:any|every) (?:team|project|situation|organi[sz]ation|company|job|role|relationship)(?!\w)`,
  ].join('|'),
  'i',
));
// Growth with no content: "I grew a lot as an engineer", "it pushed me out of my comfort zone".
const PERSONAL_GROWTH =
  precompiled(/\bI (?:really |have |'ve )?grew (?:a lot |so much |a great deal |tremendously |enormously )?(?:as an? \w+|professionally|personally|from (?:it|this|that))|\b(?:helped|made|pushed) me (?:to )?(?:grow|a better \w+|stronger|more confident)|\bI (?:became|am now|'m now) a (?:much )?(?:better|stronger|more confident) \w+|\b(?:improved|developed|built|grew|strengthened) my (?:\w+ )?(?:skills|confidence)(?!\w)|\bout of my comfort zone(?!\w)|\bgained (?:a lot of |so much |more )?(?:confidence|experience)(?!\w)|\blearn(?:ed|t) (?:a lot|so much) about (?:myself|leadership|teamwork|communication|people|being a \w+)(?!\w)/i);
// What ties a lesson to its story: a figure, a mechanism, a system, a contrast that draws a line
// ("per stage, not in total"), or a habit the speaker now keeps ("I now run …").
const CONTRAST = /\b(?:not (?:just |only |against |in |on |by )?\w+|instead of|rather than|per \w+)(?!\w)/i;
const HABIT = /\b(?:I now|now I|since then,? I|these days,? I|I(?:'ve| have) since) (?:always )?(?!(?:try|keep|be|think|remember|make sure|care|pay|stay|trust|listen|focus|value|appreciate|know|understand|realize|realise)(?!\w))\w+/i;

/** A lesson anchored in its story: any figure, mechanism, system, sharp contrast or kept habit. */
export function isAnchoredLesson(text: string): boolean {
  return /\d/.test(text) || MECHANISM.test(text) || CONTRAST.test(text) || HABIT.test(text) || technicalTerms(text).length > 0;
}

/** A lesson that names a practice: a mechanism ("a weekly review", "alerts") or a habit the speaker now keeps. */
export function namesPractice(text: string): boolean {
  return MECHANISM.test(text) || HABIT.test(text);
}

/** A maxim or a growth claim that would close any story: "leadership is about supporting people". */
export function isBareMaxim(text: string): boolean {
  return (UNIVERSAL_ADVICE.test(text) || PERSONAL_GROWTH.test(text)) && !isAnchoredLesson(text);
}
