// Outcomes told as a mood or a state with no measure: praise, things settling back to normal,
// people agreeing or getting along, an unmeasured "better", the speaker's own feelings.
// They are outcomes all the same (the segmenter reads them as Result), and an answer that
// ends on one is weak (the vague-ending rule).
import { precompiled } from './precompiled';

const PRAISED = String.raw`(?:happy|happier|pleased|satisfied|thrilled|delighted|impressed|grateful|glad|relieved|excited|ecstatic|content|proud)`;
const PEOPLE = String.raw`(?:I|we|team|teams|group|everyone|everybody|manager|boss|director|VP|CTO|CEO|head of \w+|management|executives|sponsors?|partner|partners|client|clients|customer|customers|stakeholders|leadership|lead|people|they|she|he|users|business|product owner|PM|both (?:teams|sides|of us))`;
const DEGREE = String.raw`(?:much |a lot |far |way |so much |noticeably |significantly |considerably |a bit |slightly |a little |really |very |even |generally |overall )`;

// How people felt about it: praise, the speaker's own feelings, the mood, the feedback.
const FEELINGS = [
  // Someone's feeling, the speaker's included: "the client was thrilled", "I was glad I'd spotted it".
  String.raw`\b(?:the |my |our |their |all the )?(?:whole |entire )?${PEOPLE}(?!\w)(?: \w+){0,2}? (?:was|were|am|is|are|seemed|felt|looked|ended up|got|became) (?:\w+ )?${PRAISED}(?!\w)(?: with (?:it|that|this|the (?:\w+ )?(?:result|outcome|work|fix|change)s?))?`,
  String.raw`\bI(?:'m| am) (?:\w+ )?(?:proud|glad|happy|pleased)(?!\w)|\b(?:it|this|that) (?:felt|was) (?:really |very |so |quite )?(?:good|great|amazing|rewarding|satisfying|a relief|a great feeling)(?!\w)`,
  String.raw`\b(?:it|this|that|things|everything|(?:the |our )?(?:project|launch|release|migration|rollout|integration|fix|change|meeting|work|demo|delivery))(?!\w) (?:all )?(?:went|turned out|worked out|ended up) (?:really |very |pretty |quite |super )?(?:well|great|fine|smoothly|good|nicely|ok|okay)(?!\w)`,
  // The mood instead of the outcome: "the group was in good spirits", "morale was high".
  String.raw`\b(?:in (?:good|high|great|better) spirits|spirits were high|morale (?:was|went|got) (?:\w+ )?(?:high|up|better|great|good)|(?:the )?(?:mood|vibe|atmosphere|energy) (?:was|became|got) (?:\w+ )?(?:great|good|better|positive|amazing)|went down (?:really |very )?well)(?!\w)`,
  String.raw`\beverything (?:worked out|was fine|was good|went fine)(?!\w)|\ball (?:was|ended) well\b|\bgot (?:great|good|positive|a lot of) (?:feedback|praise|kudos)(?!\w)|\bwas (?:well|very well) received\b|\b(?:everyone|everybody) loved it\b|\b(?:the )?(?:results?|outcome|feedback|response|reception|reviews?)(?!\w)(?: [\w-]+){0,3}? (?:was|were) (?:really |very |quite |super |overwhelmingly |extremely )?(?:positive|great|good|amazing|excellent|fantastic|encouraging|promising|strong)(?!\w)|\b(?:people|everyone|everybody|they|users|the team|stakeholders|my manager|the client|the customer)(?!\w) (?:\w+ )?(?:found|thought|said|felt) (?:it|that|this|the \w+) (?:was )?(?:really |very |quite |super )?(?:useful|helpful|valuable|great|good|amazing|nice)(?!\w)|\bpeople (?:liked|loved) it\b`,
];

// What the work left behind, told with no measure: a verdict, a return to normal, agreement,
// a better relationship, an unmeasured comparative.
const STATES = [
  // A verdict with nothing behind it: "it was a big win", "the new process was a real improvement".
  String.raw`\b(?:it|this|that|which|the [\w-]+(?: [\w-]+)?|our [\w-]+) (?:was|ended up being|turned out to be|proved to be|became) (?:a |an )?(?:big |huge |great |real |complete |total |massive |major |clear |definite |nice )?(?:success|win|hit|improvement|step forward|game[- ]changer|relief)(?!\w)|\bmade (?:a |all the )?(?:big |huge |real |massive |great |noticeable )?difference(?!\w)`,
  // Settling back to normal: "things calmed down", "the project was back on track".
  String.raw`(?<!\b(?:I|we) (?:\w+ )?)\b(?:calmed down|settled(?: down)?(?! (?:on|for|in|into|with|the|a|an|it|this|that)(?!\w))|stabili[sz]ed|quiet(?:en)?ed down|blew over|smoothed out|normali[sz]ed|returned to normal|(?:got|went|came|was|were|is|are|got things) back (?:to normal|on track|to business as usual)|(?:was|were|is|are|got) (?:back )?on track)(?!\w)`,
  // Agreement with nothing agreed: "everyone was on the same page", "we all agreed in the end".
  String.raw`\b${PEOPLE}(?!\w)(?: \w+){0,2}? (?:was|were|are|got|ended up|stayed|felt) (?:all |fully |finally |now )?(?:on the same page|aligned|in agreement|in sync|on board)(?!\w)(?! (?:on|with|about) (?:a |an |the )?\w+ (?:to|that|for)(?!\w))|\b(?:we|everyone|everybody|they) (?:all )?agreed(?= *(?:[.!,;]|$| in the end| after that| eventually))`,
  // A relationship that improved: "we got along much better", "our relationship improved".
  String.raw`\b(?:got|get|getting) along (?:${DEGREE})?(?:better|well|great|fine)(?!\w)|\b(?:our|the|my|their) (?:working )?relationship(?: with \w+(?: \w+)?)? (?:\w+ )?(?:improved|grew|strengthened|got (?:${DEGREE})?(?:better|stronger)|(?:was|is) (?:${DEGREE})?(?:better|stronger|great|good|solid))(?!\w)|\b(?:work|worked|working) (?:${DEGREE})?(?:better|well|great) together(?!\w)|\bbecame (?:good |close )?friends(?!\w)`,
  // An unmeasured comparative: "releases were smoother", "deploys became a lot easier".
  String.raw`(?<!\b(?:would|could|should|might|will|to)(?: have)? )\b(?:was|were|is|are|felt|ran|went|became|got|seemed|looked|(?:has|have) been)(?: now| also)? (?:${DEGREE})*(?:smoother|calmer|easier|better|happier|faster|quicker|simpler|cleaner|healthier|more (?:stable|reliable|efficient|productive|predictable|confident|relaxed|consistent|positive|collaborative)|less (?:stressful|painful|chaotic|hectic|tense|frustrating))(?!\w)|\b(?:improved|got better) (?:a lot|a great deal|significantly|dramatically|massively|hugely|noticeably|considerably|greatly|quite a bit|overall|across the board)(?!\w)`,
];

// One global expression for every use (each distinct pattern costs V8 a compile when the worker
// starts); its search position is reset here, so no caller depends on what another matched.
const VAGUE_OUTCOMES = precompiled(new RegExp(`(?<feeling>${FEELINGS.join('|')})|${STATES.join('|')}`, 'gi'));

/** Whether a text states an outcome only as a mood or an unmeasured state. */
export function isVagueOutcome(text: string): boolean {
  VAGUE_OUTCOMES.lastIndex = 0;
  return VAGUE_OUTCOMES.test(text);
}

/** Every vague outcome phrase in a text; `feeling` marks how people felt rather than a state. */
export function vagueOutcomePhrases(text: string): { index: number; text: string; feeling: boolean }[] {
  VAGUE_OUTCOMES.lastIndex = 0;
  return [...text.matchAll(VAGUE_OUTCOMES)].map((m) => ({ index: m.index, text: m[0], feeling: m.groups?.feeling !== undefined }));
}
