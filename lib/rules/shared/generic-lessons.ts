// Lessons that would fit any story, and the anchors that make a lesson concrete: a named
// mechanism the speaker will set up or now uses.
const GENERIC_LESSON = new RegExp(
  [
    // "communication is important", "teamwork matters", "planning is key"
    String.raw`\b(?:communication|communicating|collaboration|teamwork|team ?work|planning|testing|documentation|transparency|ownership|trust|feedback|listening|patience|prioriti[sz]ation|preparation|alignment|empathy|flexibility|attention to detail|early scoping|scoping(?: early)?|(?:good|clear|open|better) communication|working together)(?!\w)(?:[\s,]+[\w'’-]+){0,4}?[\s,]+(?:is|are|was|were|matters?|helps?|pays off|makes? (?:a|all the) difference)(?!\w)(?: (?:so |really |very |super |extremely |always )?(?:important|key|crucial|critical|essential|vital|everything|valuable|paramount|the key))?`,
    // "communicate better next time", "collaborate more"
    String.raw`\b(?:communicate|collaborate|plan|prepare|coordinate|talk|listen|test|document)(?!\w) (?:(?:with|to) (?:the |my |our |their )?(?:\w+ ){0,2})?(?:better|more(?: often| closely| clearly| carefully)?|earlier|sooner|more effectively|more openly)(?!\w)`,
    // "I learned a lot", "a valuable lesson"
    String.raw`\blearn(?:ed|t) (?:a lot|so much|many things|a great deal|a valuable lesson|an important lesson|a lesson|from (?:it|this|that|the experience|my mistakes?))(?!\w)`,
    String.raw`\b(?:the (?:importance|value|power) of|how important (?:it is|\w+ (?:is|are)))(?!\w)`,
    String.raw`\b(?:be|being|to be) more (?:proactive|careful|patient|thorough|organi[sz]ed|open|communicative|collaborative|flexible|confident)(?!\w)`,
    String.raw`\b(?:never give up|stay(?:ing)? calm|trust the process|things (?:don't|do not) always go|always double-?check|ask(?:ing)? for help (?:early|earlier|sooner)|it(?:'s| is) important to \w+)(?!\w)`,
    String.raw`\b(?:\w+ing) (?:early|upfront|ahead) (?:helps|matters|pays off|is (?:important|key))(?!\w)`,
  ].join('|'),
  'i',
);

// A concrete change: a verb that puts something in place, and the mechanism it puts in place.
const CHANGE_VERB =
  /\bI now \w+|\b(?:hold|held|host(?:ed)?|book(?:ed)?|set(?:ting)? up|propos(?:e|ed|ing)|establish(?:ed|ing)?|add(?:ed|ing)?|creat(?:e|ed|ing)|introduc(?:e|ed|ing)|build|built|writ(?:e|ing)|wrote|written|schedul(?:e|ed|ing)|start(?:ed|ing)?|open(?:ed|ing)?|ask(?:ed)? (?:every|each|all|the)|agree(?:d|ing)? on|keep|kept|put|track(?:ed|ing)?|run|require[ds]?|make (?:it )?a rule|always (?:\w+ ){0,2}(?:write|start|ask|add|check|open|run|set|agree|share|book))(?!\w)/i;
const MECHANISM =
  /\b(?:SLOs?|SLAs?|dashboards?|alerts?|alarms?|monitor(?:s|ing)?|runbooks?|playbooks?|checklists?|templates?|design docs?|RFCs?|docs?|documents?|wiki|calendars?|syncs?|stand-?ups?|check-?ins?|1:1s?|one-on-ones?|meetings?|reviews?|rotations?|owners?|ownership (?:map|model)|tickets?|metrics?|budgets?|tests?|canar(?:y|ies)|flags?|feature flags?|contracts?|schemas?|estimates?|kick-?offs?|demos?|prototypes?|spikes?|channels?|postmortems?|retros?|retrospectives?|decision logs?|written|in writing|deadline|milestones?|criteria|thresholds?|gates?|queues?)(?!\w)/i;

/** A lesson that names a mechanism the speaker would put in place (or now uses), or a number. */
export function isConcreteLesson(text: string): boolean {
  return (CHANGE_VERB.test(text) && MECHANISM.test(text)) || /\d/.test(text);
}

export function isGenericLesson(text: string): boolean {
  return GENERIC_LESSON.test(text) && !isConcreteLesson(text);
}
