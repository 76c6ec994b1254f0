// A lesson stated as a general truth: once its framing ("Key learning:", "I learned that",
// "This experience taught me") is set aside, what is left speaks of no one in particular and of
// no time in particular — a present-tense claim about kinds of things ("simple solutions often
// win", "delegation is crucial") or advice to anyone ("don't be afraid to …"). It is the shape
// of a maxim, told by its grammar rather than by its words.
import { precompiled } from '../../engine/precompiled';
import { PAST_TENSE } from '../../nlp/actors';

// Markers and list bullets in front of the lesson.
const LEAD = precompiled(/^(?:\s*(?:(?:key |main |my )?(?:learnings?|lessons?(?: learned)?|takeaways?|reflection|results?|outcomes?|impact|actions?)\s*[:\-–—]\s*|L\s*[-:–]\s*|[-*•·]\s*|\(?\d+[.)]\s*))+/i);
// The speaker's framing of a lesson: what follows it is the lesson itself.
const FRAMING =
  precompiled(/^(?:(?:so|and|overall|ultimately|in the end|looking back|in hindsight|in summary|in retrospect|most importantly),?\s+)?(?:(?:I )?(?:(?:have |'ve )?(?:learned|learnt|realized|realised|understood|discovered|came to (?:understand|see|realize|appreciate)|now (?:know|understand|believe|see))|also learned|learned once again)|(?:this|the|that) (?:whole )?(?:experience|situation|project|incident|episode|journey|conflict|mistake|challenge|failure) (?:taught|showed|reminded|reinforced|underscored|highlighted|demonstrated|proved)(?: to)?(?: me| us)?|it (?:taught|showed|reminded) (?:me|us)|(?:the|my|one|a) (?:big(?:gest)? |key |main |important |valuable )?(?:lesson|takeaway|learning)(?: for me| here| I took away)? (?:was|is))(?:\s+that|\s*:)?\s*/i);
// An opening circumstance ("When facing resistance,", "In projects with unclear roles,").
const CIRCUMSTANCE = /^(?:when|whenever|if|in|while|even when|sometimes|often|ultimately|in general|generally),?\s[^,;:]{0,80},\s*/i;
// Words that place the claim in this story: its people, its time, its things.
const THIS_STORY = precompiled(/\b(?:I|me|my|mine|myself|we|us|our|ours|he|she|him|her|his|they|them|their|was|were|had|did|then|that day|this (?:project|team|time|case|incident|experience|situation))\b|\d/i);
// "I learned to check …": the core is a practice the speaker took up, not a claim.
const DEICTIC_START = /^(?:the|this|that|these|those|it|its|there|here|to)\b/i;
// "It is crucial to …", "It's important to …": impersonal advice.
const IMPERSONAL = precompiled(/^it(?:'s|’s| is) (?:\w+ )?(?:important|crucial|critical|essential|vital|key|necessary|better|worth|helpful|okay|ok|fine|good)\b/i);

// A general truth is a claim that holds now. A bullet telling what was done ("Demonstrated
// ownership …", "Release confidence increased") is the past of this story, not a maxim.
// "Persistence and structured communication …": after a determiner or "and", an -ed word describes.
const TOLD_IN_PAST = precompiled(new RegExp(String.raw`^(?:(?:[\w'’-]+\s+){0,2}?(?!(?:and|or|a|an|the|with|of|for|more|most|less|well|clearly|properly|carefully)\s)[\w'’-]+\s+)??${PAST_TENSE}(?!\w)`, 'i'));
const CLAIM_VERB = /\b(?:is|are|can|cannot|must|should|will|may|might|helps?|makes?|leads?|prevents?|ensures?|requires?|matters?)\b/i;

/** The lesson with its markers and framing set aside. */
export function lessonCore(text: string): string {
  let core = text.trim().replace(LEAD, '');
  core = core.replace(FRAMING, '');
  return core.replace(CIRCUMSTANCE, '').trim();
}

/** True when the sentence states its lesson as a general truth about no one in this story. */
export function isGeneralTruth(text: string): boolean {
  const core = lessonCore(text);
  if (core.split(/\s+/).length < 4) return false;
  if (IMPERSONAL.test(core)) return true;
  if (TOLD_IN_PAST.test(core) && !CLAIM_VERB.test(core)) return false;
  return !DEICTIC_START.test(core) && !THIS_STORY.test(core);
}
