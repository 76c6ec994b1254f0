// "We figured out the root cause together, and we fixed it" → "I figured out the root cause, and I
// fixed it": the acting "we" / "our team" becomes "I", "be" agrees with it, "together" goes.
import { ACTION_LEAD_IN, FIX, INVESTIGATE, LEAD, SUBJECT_ADVERBS, pastForms } from '../nlp/lexicon';
import { IRREGULAR_PAST } from '../nlp/actors';
import { slot } from './slots';
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

/** Marks a partner beside the "I" that replaced a group: named ("my manager", "my team") or, for a
 * bare "we", a slot for the user to name. */
const PARTNER_MARK = '\u0001';
const mark = (partner: string) => `I${PARTNER_MARK}${partner}${PARTNER_MARK}`;
const BARE_PARTNER = slot('whom');

function replaceWe(sentence: string): string {
  // The first bare "we" carries the slot; later ones are the same group.
  let bareMarked = false;
  const bare = (form: string) => () => {
    if (bareMarked) return form;
    bareMarked = true;
    return form.replace(/^I/, mark(BARE_PARTNER));
  };
  return sentence
    .replace(/\b(my|our|the) team and I\b/gi, (_, det: string) => mark(`${det.toLowerCase()} team`))
    .replace(new RegExp(PARTNER_AND_I, 'g'), (m) => mark(m.replace(/\s+and\s+I$/, '').replace(/^(?:My|Our|The)(?!\w)/, (w) => w.toLowerCase())))
    .replace(/\bwe're\b/gi, bare("I'm"))
    .replace(/\bwe've\b/gi, bare("I've"))
    .replace(/\bwe'd\b/gi, bare("I'd"))
    .replace(/\bwe'll\b/gi, bare("I'll"))
    .replace(/\bwe\s+weren't\b/gi, bare("I wasn't"))
    .replace(/\bwe\s+aren't\b/gi, bare("I'm not"))
    .replace(/\bwe\s+were\b/gi, bare('I was'))
    .replace(/\bwe\s+are\b/gi, bare('I am'))
    .replace(/\bwe(?:\s+(?:all|both))?\b/gi, bare('I'))
    .replace(TEAM_SUBJECT, bare('I'))
    .replace(/\bourselves\b/gi, 'myself');
}

const MARKED = new RegExp(`${PARTNER_MARK}([^${PARTNER_MARK}]*)${PARTNER_MARK}`, 'g');

/** Carries the partner from the subject to the first "together" ("Lea and I … together" → "I … with
 * Lea"), or to the end of the subject's clause; a named partner wins over the slot. */
function movePartner(sentence: string): string {
  const marks = [...sentence.matchAll(MARKED)];
  const chosen = marks.find((m) => m[1] !== BARE_PARTNER) ?? marks[0];
  if (!chosen) return sentence;
  const partner = chosen[1]!;
  let at = 0;
  let removed = 0;
  const without = sentence.replace(MARKED, (m, _p, offset: number) => {
    if (offset === chosen.index) at = offset - removed;
    removed += m.length;
    return '';
  });
  // "My manager and I together wrote it": "together" right after the subject cannot take the partner.
  const plain = without.slice(0, at) + without.slice(at).replace(/^(\s+)together\b,?/i, '');
  const withPartner = plain.slice(0, at) + plain.slice(at).replace(/\btogether\b/i, `with ${partner}`);
  if (withPartner !== plain) return withPartner;
  // The clause runs past any adverb after the subject ("I then capped…") to the next joint.
  const clause = /^(?:\s+(?:then|also|just|\w+ly))*\s*[^\s,;:.!?]*[^,;:.!?]*?(?=\s+(?:and|but|then|so|while|after|before|until|because)\s|[,;:.!?]|$)/.exec(plain.slice(at))![0];
  return `${plain.slice(0, at + clause.length)} with ${partner}${plain.slice(at + clause.length)}`;
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
