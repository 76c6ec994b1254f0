// Cues that place an unmarked sentence in a STAR part, scored so that the strongest cue wins.
import type { SectionKind } from './report';

type Cue = [RegExp, number];

const I_PAST =
  /\bI (?:then |also |first |quickly |personally |immediately |finally )?(?:\w+ed|built|wrote|ran|led|found|made|took|set|sent|met|spoke|brought|drove|began|chose|dug|rewrote|shipped|kept|put|got|saw|went|read|caught|held|cut|split|drew|gave|sat|taught|told|thought|spent|won|rebuilt|undertook|oversaw|understood|withdrew|fought|sought)\b/i;

export const CUES: Record<SectionKind, Cue[]> = {
  situation: [
    [/\b(?:there (?:was|were)|was|were|had been|used to)\b/i, 1],
    [/\b(?:at my (?:last|previous|current|old) (?:job|company|role|team)|I was (?:a|an|the|working|on)|our (?:team|company|product|service|platform|system|app)|we were (?:a|an|building|working|running|migrating)|belonged to|owned by|was maintained by)\b/i, 1],
    [/\b(?:last (?:year|quarter|month)|in 20\d\d|a few (?:months|years) ago|when I (?:was|joined)|shortly after I joined)\b/i, 1],
  ],
  task: [
    [/\b(?:my (?:goal|task|job|responsibility|role|mandate) (?:was|became)|the (?:goal|task|ask|challenge) was|I (?:needed|had|was asked|was tasked|was expected) to|it (?:was|fell) (?:up to|on|to) me|I was (?:responsible|accountable))\b/i, 2],
    [/\b(?:nobody|no one|no-one|no team)\b.*\b(?:own|owned|assigned|ask|asked|ticket|responsib|look|on it)\w*/i, 2],
    [/\b(?:wasn't|was not|isn't|not) (?:my|our|in my|on my)\b|\boutside (?:of )?(?:my|our)\b|\bnot (?:assigned|my (?:job|team|area|project))|\bno (?:ticket|owner|alert)s?\b|\bunowned\b/i, 2],
    [/\b(?:so I (?:took|decided|owned|volunteered|stepped)|I decided to (?:own|take|fix|investigate|look|step)|I took (?:it on|ownership|the initiative|charge)|took it on|I volunteered)\b/i, 1.5],
    [/\b(?:had|have|got) (?:only )?(?:\w+ )?(?:days?|weeks?|months?|hours?) to\b|\bdeadline\b/i, 1.5],
  ],
  action: [
    [I_PAST, 2],
    [/\b(?:we|our team|the team|they) (?:then |also |first )?(?:\w+ed|built|wrote|ran|found|made|took|set|rewrote|shipped|dug|brought)\b/i, 1.5],
    [/\b(?:was|were) (?:\w+ed|built|written|found|made|taken|done|rewritten|shipped)\b/i, 0.5],
    [/^(?:then|next|first|after that|finally|so)\b/i, 0.5],
  ],
  result: [
    [/\d(?:[\d,.]*)\s?(?:%|percent|x\b|ms\b|k\b|m\b)|[$€£]\s?\d|\b\d{1,3}(?:,\d{3})+\b/i, 1.5],
    [/\b(?:as a result|resulted|the result|in the end|ultimately|outcome|went (?:from|to|down|up)|dropped|fell|rose|increased|decreased|reduced|improved|saved|recovered|eliminated|zero|no longer|adopted|resolved|launched|delivered|came back|stopped|shipped on time|on time|grew|doubled|halved|cut (?:\w+ )*by)\b/i, 1.5],
    [/\b(?:happy|pleased|went well|successful|success|thanked|praised|worked out)\b/i, 1],
  ],
  reflection: [
    [/\b(?:I(?:'ve| have)? learn(?:ed|t)|learned that|lessons?|looking back|in hindsight|in retrospect|next time|going forward|takeaway|taught me|I realized|I now (?:always|make|ask|start|open|write)|now I (?:always|make)|since then,? I|if I (?:did|were|could|had) (?:it|to|do)|I would (?:now|propose|do|have|push|set|suggest|communicate|also|change|start)|I'd (?:propose|do|have|push|set|suggest|now|also|change|start|probably))\b/i, 3],
  ],
};

/** Cue score of a sentence for each part. */
export function cueScores(sentence: string): Record<SectionKind, number> {
  const scores = { situation: 0, task: 0, action: 0, result: 0, reflection: 0 };
  for (const kind of Object.keys(CUES) as SectionKind[]) {
    for (const [re, weight] of CUES[kind]) if (re.test(sentence)) scores[kind] += weight;
  }
  return scores;
}
