// "We figured out the root cause together, and we fixed it" → "I figured out the root cause, and I
// fixed it": the acting "we" / "our team" becomes "I", "be" agrees with it, "together" goes.
import { ACTION_LEAD_IN, FIX, INVESTIGATE, LEAD, SUBJECT_ADVERBS, pastForms } from '../nlp/lexicon';
import { IRREGULAR_PAST } from '../nlp/actors';
import { MAX_REWRITE_CHARS, tidy, withEnding } from './tidy';

const NUMBER = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several)`;
/** "we" describing the setting rather than acting: "we were a team of five", "we had two weeks". */
export const CONTEXT_WE = new RegExp(
  String.raw`\bwe\s+(?:were|are|'re|had|have)\s+(?:only\s+|just\s+)?(?:a|an|the only|${NUMBER}|all|both|small|short|understaffed|new|on)\b`,
  'i',
);
/** "My teammate Lea and I", "the SRE and I", "Lea and I": a partner sharing the subject with the speaker. */
export const PARTNER_AND_I = String.raw`\b(?:(?:[Mm]y|[Oo]ur|[Tt]he)\s+(?:[\w-]+\s+)?(?:teammate|colleague|coworker|lead|manager|designer|engineer|partner|SRE|DBA|analyst|PM)|(?!(?:Then|So|And|But|After|Once|When|First|Finally)(?!\w))[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+and\s+I\b`;
const MUTUAL = /\b(?:each other|one another|among ourselves|between us)(?!\w)/i;
const TEAM_VERB = new RegExp(String.raw`(?=\s+${SUBJECT_ADVERBS}(?:${pastForms(FIX, INVESTIGATE, LEAD)}|[a-z]+ed\b|(?:${IRREGULAR_PAST})(?!\w)|${ACTION_LEAD_IN}))`, 'i').source;
const TEAM_SUBJECT = new RegExp(String.raw`\b(?:my|our|the) team(?! and I)${TEAM_VERB}`, 'gi');
const MY_THINGS = /\bour(\s+(?:new\s+|own\s+|first\s+|final\s+)?(?:fix|patch|change|changes|solution|approach|plan|proposal|design|script|PR|pull request|code|tests?|investigation|analysis|hypothesis|rollback|workaround)(?!\w))/gi;

function replaceWe(sentence: string): string {
  return sentence
    .replace(/\b(?:my|our|the) team and I\b/gi, 'I')
    .replace(new RegExp(PARTNER_AND_I, 'g'), (m) => `I${PARTNER_MARK}${m.replace(/\s+and\s+I$/, '').replace(/^(?:My|Our|The)(?!\w)/, (w) => w.toLowerCase())}${PARTNER_MARK}`)
    .replace(/\bwe're\b/gi, "I'm")
    .replace(/\bwe've\b/gi, "I've")
    .replace(/\bwe'd\b/gi, "I'd")
    .replace(/\bwe'll\b/gi, "I'll")
    .replace(/\bwe\s+weren't\b/gi, "I wasn't")
    .replace(/\bwe\s+aren't\b/gi, "I'm not")
    .replace(/\bwe\s+were\b/gi, 'I was')
    .replace(/\bwe\s+are\b/gi, 'I am')
    .replace(/\bwe(?:\s+(?:all|both))?\b/gi, 'I')
    .replace(TEAM_SUBJECT, 'I')
    .replace(/\bourselves\b/gi, 'myself')
    .replace(/\b(took|cost)\s+us\b/gi, '$1 me')
    .replace(MY_THINGS, 'my$1');
}

/** Carries a partner's name from the subject to the first "together": "Lea and I … together" → "I … with Lea". */
const PARTNER_MARK = '\u0001';

function movePartner(sentence: string): string {
  const m = new RegExp(`${PARTNER_MARK}([^${PARTNER_MARK}]*)${PARTNER_MARK}`).exec(sentence);
  if (!m) return sentence;
  const without = sentence.replace(m[0], '');
  const withPartner = without.replace(/\btogether\b/i, `with ${m[1]}`);
  if (withPartner !== without) return withPartner;
  // No "together" to replace: the partner joins at the end of the first clause.
  return without.replace(/^([^,;:.!?]*?)(?=\s+(?:and|but|then|so)\s|[,;:.!?]|$)/, `$1 with ${m[1]}`);
}

function dropTogether(sentence: string): string {
  return sentence
    .replace(/^\s*together,?\s+/i, '')
    .replace(/(\band\s+|^\s*)together,?\s+(?=I\b)/g, '$1')
    .replace(/\b(worked|collaborated|came)\s+together\s+(on|to)(?!\w)/gi, '$1 $2')
    .replace(/\btogether\s+with\b/gi, 'with')
    .replace(/,?\s+together\b(?=\s*(?:[,.;:!?]|$|\band\b|\bto\b|\bwith\b|\bby\b|\bin\b|\bon\b|\bafter\b|\bbefore\b))/gi, '');
}

/** "I … and were" → "I … and was": agreement for verbs that shared the replaced subject. */
function agree(sentence: string): string {
  return sentence
    .replace(/\bI\s+were\b/g, 'I was')
    .replace(/\bI\s+are\b/g, 'I am')
    .replace(/(\bI\b[^.;!?]*?\b(?:and|but|then|or)\s+)were\b/g, '$1was')
    .replace(/(\bI\b[^.;!?]*?\b(?:and|but|then|or)\s+)are\b/g, '$1am');
}

/** The sentence told in the first person singular; undefined when it has no acting "we" or the
 * action is mutual ("we helped each other"), where no singular rewrite reads right. */
export function weToI(sentence: string): string | undefined {
  if (sentence.length > MAX_REWRITE_CHARS || MUTUAL.test(sentence)) return undefined;
  // Setting phrases keep their "we": mask them while the acting subjects are replaced.
  const kept: string[] = [];
  const masked = sentence.replace(new RegExp(CONTEXT_WE.source, 'gi'), (m) => `\u0000${kept.push(m) - 1}\u0000`);
  const rewritten = agree(dropTogether(movePartner(replaceWe(masked)))).replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)]!);
  if (rewritten === sentence) return undefined;
  return withEnding(tidy(rewritten), sentence);
}
