// Cues that place an unmarked sentence in a STAR part, scored so that the strongest cue wins.
// Weights: 1 ≈ a hint, 2 ≈ typical of the part, 3 ≈ only this part says it.
import { OUTCOME_CUES } from './outcome-cues';
import { clausesOf } from '../features/clauses';
import { isVagueOutcome } from './vague-outcome';
import type { SectionKind } from './report';

/** A test on the sentence (a pattern, or a function where a shared pattern keeps state) and its weight. */
type Cue = [{ test(sentence: string): boolean }, number];

// Past-tense verbs of doing, as said of work ("I reproduced", "we rewrote"). Any other
// regular past tense counts too, except thinking, feeling and wanting, which set the scene
// or the goal. Word sets, not one huge regular expression: those compile slowly.
const DOING = new Set(
  'analyzed analysed added aligned applied asked audited automated benchmarked brought built called changed checked chose coded collected compared configured confirmed convinced coordinated created cut debugged deployed designed diagnosed documented drafted drove dug escalated fixed flagged followed found gathered got hired identified implemented instrumented interviewed introduced investigated isolated led made mapped measured mentored merged met migrated monitored moved negotiated opened organized organised paired patched persuaded pitched planned presented prioritized prioritised profiled proposed prototyped pushed put ran read rebuilt redesigned refactored reached removed replaced reproduced researched reviewed rewrote rolled scheduled scoped searched sent set shadowed shared shipped showed simplified sketched spent split spoke started stayed suggested switched talked taught tested told took traced trained tuned updated validated verified walked watched looked figured explained emailed messaged pinged handled owned resolved kept wired ported cleaned reverted backfilled rotated filed contacted dove dived requested pulled hosted facilitated invited listened demoed launched released communicated wrote gave did sat went began broke drew held won fought sought oversaw undertook withdrew stepped'.split(' '),
);
const THINKING = new Set(
  'noticed realized realised recognized recognised wanted needed worried decided believed assumed hoped liked loved learned learnt agreed disagreed failed tried seemed felt joined used wondered expected suspected guessed considered hesitated panicked struggled underestimated overestimated misjudged overlooked forgot'.split(' '),
);
// The historical present of spoken answers: "so I go into the logs and I find…".
const DOING_NOW = new Set(
  'go dig find move add write build fix check look ask call run open pull talk send create deploy roll test push put make take get reach split tell show rewrite ship walk switch trace reproduce profile measure set pair propose schedule escalate email message ping file'.split(' '),
);
const ADVERBS = new Set('then also first quickly personally immediately finally next later carefully eventually just basically kind sort of really actually simply even'.split(' '));
const OTHER_SUBJECTS = new Set(['we', 'they', 'he', 'she']);

function isDoing(word: string): boolean {
  const w = word.toLowerCase();
  return DOING.has(w) || (/^[a-z]{3,}ed$/.test(w) && !THINKING.has(w));
}

/** The verb after token i, skipping up to three adverbs or hedges. */
function verbAfter(tokens: string[], i: number): string | undefined {
  let j = i;
  while (j < tokens.length && j - i < 3 && ADVERBS.has(tokens[j]!.toLowerCase())) j++;
  return tokens[j];
}

// "Skipped appointments went from 40 to zero": the opening past participle describes the
// subject; a note would go on with its object ("Reproduced the bug").
const FINITE = new Set('was were went got is are had has fell rose dropped grew stayed became came led'.split(' '));
const OBJECT_START = new Set('the a an it its them this that these those our my their his her all both each some every with to up out in on into over back down'.split(' '));
function isModifiedSubject(tokens: string[]): boolean {
  const [, second, third] = tokens.map((t) => t.toLowerCase());
  return second !== undefined && third !== undefined && !OBJECT_START.has(second) && (FINITE.has(third) || DOING.has(third));
}

interface Doers {
  self: boolean;
  others: boolean;
  bare: boolean;
  steps: number;
}

/** Who is doing work in a sentence: "I" (self), "we"/"they"/"the team" (others), or no
 * subject at all, as in notes ("- reproduced the bug"). */
function doers(sentence: string): Doers {
  const tokens = sentence.match(/[A-Za-z]+(?:'[a-z]+)?/g) ?? [];
  const found: Doers = { self: false, others: false, bare: false, steps: 0 };
  const first = verbAfter(tokens, 0);
  found.bare = first !== undefined && isDoing(first) && tokens[0] !== 'I' && !isModifiedSubject(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.toLowerCase();
    if (DOING.has(lower)) found.steps++;
    const subject = t === 'I' ? 'self' : OTHER_SUBJECTS.has(lower) || (lower === 'team' && /^(?:the|our)$/i.test(tokens[i - 1] ?? '')) ? 'others' : undefined;
    if (!subject) continue;
    const verb = verbAfter(tokens, i + 1);
    if (verb && (isDoing(verb) || (subject === 'self' && DOING_NOW.has(verb)))) found[subject] = true;
  }
  return found;
}

// Agentless passive of a work step: "the logs were analyzed", "a fix was implemented".
const PASSIVE_STEP =
  /\b(?:was|were|got|had been|has been) (?:then |quickly |finally |eventually )?(?:analy[sz]ed|investigated|found|identified|fixed|implemented|deployed|rolled (?:out|back)|reviewed|tested|reproduced|traced|patched|rewritten|merged|shipped|released|introduced|migrated|refactored|written|debugged|diagnosed|escalated|replaced|configured|applied|set up|added|updated|rebuilt|redesigned|validated|verified|monitored|checked|discovered|resolved|traced back|put in place|retrained|redeployed|reverted)(?!\w)/i;

const METRIC = /\d(?:[\d,.]*)\s?(?:%|percent|x\b|ms\b|k\b|m\b|seconds?\b|minutes?\b|hours?\b)|[$€£¥]\s?\d|\b\d{1,3}(?:,\d{3})+\b/i;
const DELTA =
  /\b(?:went (?:from|to|down|up)|(?:go|goes|going) from|dropped (?:from|to|by)|fell (?:from|to|by|below)|rose (?:from|to|by)|(?:increased|decreased|reduced|improved|grew|cut|shrank|lowered|raised)(?!\w)[^.]{0,40}?\b(?:by|to|from)(?!\w)|doubled|halved|tripled|eliminated|saved|recovered|down to|up to \d|to zero|(?:zero|no) (?:\w+ )?(?:errors|failures|drops|incidents|downtime|bugs|complaints|pages|outages|regressions|churn))\b/i;
const OUTCOME =
  /\b(?:as a result|resulted in|the result was|in the end|ultimately|the outcome|resumed|no longer|adopted|was adopted|launched|delivered|came back|stopped|went live|shipped on time|on time|ahead of schedule|met the deadline|since then|has since|have since|with no (?:downtime|errors|incidents|complaints|regressions|data loss)|no downtime|worked again|back to normal|(?:was|were)(?:n't| not)? affected|restored|churn|retention|revenue|signups|conversion)(?!\w)/i;

/** An opening sentence where the speaker states the outcome first ("I eliminated a 0.3%
 * drop rate…"), as opposed to a problem stated with numbers ("errors increased by 5%"). */
export const OUTCOME_HEADLINE =
  /\b(?:I|we)(?!\w)(?:\s+\w+){0,6}?\s+(?:eliminated|recovered|saved|reduced|cut|improved|increased|grew|doubled|halved|tripled|raised|lowered|shipped|launched|delivered|drove|led to|resulted in|brought)(?!\w)/i;

export const CUES: Record<SectionKind, Cue[]> = {
  situation: [
    [/\b(?:there (?:was|were)|was|were|had been|used to)(?!\w)/i, 0.75],
    [/\b(?:at my (?:last|previous|current|old|first) (?:job|company|role|team|employer)|I was (?:a|an|the|working|on|leading|one of)|I work(?:ed)? (?:at|on|as|for|in)|I(?:'m| am) (?:a|an|the)|our (?:team|company|product|service|platform|system|app|startup|group|stack)(?!\w)|we were (?:a|an|building|working|running|migrating|preparing|about)|belonged to|(?:owned|maintained|run) by|team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten))/i, 1.5],
    [/\b(?:last (?:year|quarter|month|spring|summer|fall|autumn|winter)|in 20\d\d|a (?:few|couple of) (?:weeks|months|years) ago|when I (?:was|joined|started)|shortly after I joined|(?:then )?one (?:day|morning|week|night)|during (?:a|an|the|my|our)|in my (?:first|second|third|fourth|early|last) (?:days?|weeks?|months?|year|quarter))(?!\w)/i, 1.5],
    // A problem that set in later: "the next morning, newsletters started landing in spam";
    // not a recovery ("the next morning they renewed it, and mail started flowing again").
    [/^(?!.*\b(?:again|back (?:up|to)|recovered|restored|resolved|fixed|renewed)(?!\w)).*\b(?:(?:next|following|that) (?:morning|day|week|night|evening|afternoon|weekend)|(?:a few|a couple of|two|three|\d+) (?:hours|days|weeks) later)(?!\w)[^.]{0,80}?\b(?:started|began|kept|stopped)(?!\w)/i, 1.5],
    // A commitment that frames the story: "I promised support a feature by the end of the month".
    [/\bI (?:had )?(?:promised|committed to)(?!\w)/i, 2],
    // A time box sets the scene as much as it states the goal: "we had two weeks to ship".
    [/\b(?:had|have|got|with) (?:only |just )?(?:\w+ )?(?:days?|weeks?|months?|hours?) (?:to|until|before)(?!\w)/i, 1],
    // The problem as first seen: "I noticed 0.3% of webhooks were failing".
    [/\b(?:I|we) (?:(?:first|then|suddenly|just|kind of|sort of|basically|actually) ){0,3}(?:noticed|spotted|observed|saw that|became aware|got paged|were paged|was paged|was alerted|were alerted|started seeing|kept seeing|heard (?:that|from))(?!\w)/i, 2.5],
    [/\b(?:was|were|kept|started|had been) (?:being )?(?:failing|dropping|dropped|down|broken|slow|timing out|crashing|losing|leaking|missing|stuck|behind|late|blocked|stalled|degraded|flaky)(?!\w)|\b(?:complain(?:ed|ts)|outage|incident|problem was|issue was|bug (?:in|that))(?!\w)/i, 1.5],
    [/\b(?:disagreed|did(?:n't| not) agree|clashed|conflict (?:with|between|over)|tension|at odds|different (?:views|opinions|ideas))(?!\w)|\b(?:and I|I and \w+) (?:disagreed|argued|clashed)(?!\w)/i, 2.5],
  ],
  task: [
    [/\b(?:(?:my|our) (?:(?:main|primary|key|first|only|biggest|own) )?(?:goal|task|job|responsibility|role|mandate|assignment|challenge|objective|mission) (?:was|became|here was|is)|the (?:(?:main|primary|key) )?(?:goal|task|ask|challenge|mandate|objective) was|I was given (?:the|a) (?:task|responsibility|job|assignment|goal)|I set (?:myself )?(?:a|the) (?:goal|target)|I (?:needed|had|was asked|was tasked|was expected|was supposed|wanted)(?: (?:us|him|her|them|the team|everyone))? to|(?:asked|told|tasked|assigned|wanted|needed|hired) me to|it (?:was|fell) (?:up to|on|to) me|it(?: was|'s|’s| is) my (?:job|responsibility|task|call|decision) to|I was (?:responsible|accountable|in charge)|I had to (?:decide|figure|find|get|make|deliver|ship|convince))(?!\w)/i, 2.5],
    [/\b(?:nobody|no one|no-one|no team)(?!\w)[^.]{0,40}?\b(?:own|owned|assigned|ask|asked|ticket|responsib\w*|look(?:ing)? (?:at|into)|on it|fix(?:ing)?)(?!\w)/i, 2],
    [/\b(?:wasn't|was not|isn't|is not|weren't|not) (?:really |even |technically |officially )?(?:my|our|in my|on my|part of my)(?!\w)|\boutside (?:of )?(?:my|our)(?!\w)|\bnot (?:assigned|my (?:job|team|area|project|problem|responsibility))|\bno (?:ticket|owner|one assigned|alert)s?\b|\bunowned\b|\banother team\b/i, 2],
    [/\b(?:so I (?:took|decided|owned|volunteered|stepped|offered)|(?:I|and) decided to (?:own|take|fix|investigate|look|step|drive|lead|dig)|I took (?:it on|(?:the )?ownership|the initiative|charge|(?:the )?responsibility)|took it on|I volunteered|I stepped (?:in|up)|I offered to)(?!\w)/i, 2.5],
    [/\b(?:we|the team|our team) (?:needed|had|were asked|were tasked) to\b/i, 1.5],
    // Ownership stated outright: "X was my task", "it was my feature", "I owned the export",
    // "I took the incident on", "I promised support a feature by Friday".
    [/\b(?:was|is|became) (?:my|our) (?:own )?(?:task|job|responsibility|project|feature|estimate|call|area|service|problem|assignment|ticket)(?!\w)|\bI (?:owned|inherited|picked up) (?:the|this|that|our|my)(?!\w)|\bI (?:took|picked) (?:the|this|that|it)(?!\w)[^.,;]{0,30}?\b(?:on|up)(?!\w)[.!]?$/i, 2.5],
    // Why the speaker stepped in, strong or weak: "because I had some free time".
    [/\b(?:because|since) I (?:had|was|wanted|knew|saw|felt)(?!\w)|\bI had (?:some )?(?:free|spare) time\b|\b(?:was|got) bored\b|\bwanted to (?:help|learn|try|prove)(?!\w)/i, 2],
    [/\b(?:had|have|got|with) (?:only |just )?(?:\w+ )?(?:days?|weeks?|months?|hours?) (?:to|until|before)(?!\w)|\bdeadline\b|\bdue (?:in|by|on)(?!\w)/i, 1.5],
  ],
  action: [
    // Plus who does the work, scored in cueScores.
    [PASSIVE_STEP, 2],
    [/^(?:then|next|after that|first|finally|so|to (?:fix|solve|address|find|confirm|test))(?!\w)(?! one (?:day|morning|week|night))/i, 0.5],
  ],
  result: [
    [METRIC, 1.5],
    ...OUTCOME_CUES,
    [DELTA, 1.5],
    [OUTCOME, 1.5],
    [/\b(?:happy|pleased|went well|successful|success|thanked|praised|worked out|satisfied|appreciated)(?!\w)/i, 1],
    // An outcome told only as a mood or an unmeasured state ("things calmed down") is still the Result.
    [{ test: isVagueOutcome }, 1.5],
    // The work as the subject of an effect: "This approach minimized disruptions", "The change improved…".
    [/^(?:this|that|these|it|(?:the|our|my) (?:[\w-]+ ){0,2}?(?:approach|change|changes|process|fix|work|solution|strategy|effort|initiative|project|tool|system|refactor))(?!\w)[^.;]{0,40}?\b(?:improved|increased|minimi[sz]ed|maximi[sz]ed|enhanced|boosted|reduced|streamlined|strengthened|helped(?! me (?:to )?(?:grow|learn|become|understand|realize|realise|see)\b)|led to|resulted in)(?!\w)/i, 1.5],
    [/\b(?:all |over |about |nearly |almost )?\d+ (?:customers|users|accounts|teams|clients|merchants|tickets|engineers|services|people)(?!\w)/i, 0.75],
  ],
  reflection: [
    [/\b(?:I(?:'ve| have)? learn(?:ed|t)|learned that|lessons?|looking back|in hindsight|in retrospect|next time|going forward|takeaway|taught me|I realized (?:that )?(?:I|we|the real)|I now (?!work|lead|manage|own|report)\w+|now I (?:always|make|ask|start|keep|check)|since then,? I (?:always|now|make)|if I (?:did|were|could|had) (?:it|to|do|again)|I would (?:now|propose|do|have|push|set|suggest|communicate|also|change|start|ask|insist|build|add)|(?<!\b(?:the|a|an|my|our|that) [\w-]+ )I'd (?:propose|do|have|push|set|suggest|now|also|change|start|probably|ask|insist|build|add)|the (?:real )?gap was|(?:I )?took away|(?:my|the|a|one) take-?away|what I(?:'d| would) do differently|the bigger lesson|what I (?:got|took|learned|learnt) (?:out of|from|away from) (?:it|this|that|the)|(?:the|one|my) (?:main |big |biggest |key )?(?:thing|lesson) I (?:learned|learnt|took|got))(?!\w)/i, 3],
    // What the speaker keeps from it, told in the present or as growth: "what I take from this",
    // "these days I…", "I grew a lot as an engineer", "helped me grow".
    [/\b(?:what I take (?:away )?from|I take away|these days,? I|from now on|I (?:really |have |'ve )?grew (?:a lot|so much|as|professionally|personally)|(?:helped|made|pushed) me (?:to )?(?:grow|a better)|reminded me (?:to|that|of|how)|(?:my|the) (?:biggest |main |key |most important )?learnings? (?:was|is|here|from))(?!\w)/i, 3],
    // A maxim told as the closing word: "teamwork makes the dream work", "leadership is about people".
    [/^(?!(?:I|we|they|he|she|it)(?!\w))[^.]*\b(?:(?:is|are) (?:really |all |mostly |just )?about|(?:is|are) (?:the )?key(?: to)?|makes the dream work|goes a long way|is (?:always )?better (?:to|than)|(?:is|are) worth (?:it|\w+ing))(?!\w)/i, 2],
    [/^(?:looking back|in hindsight|in retrospect|on reflection|with hindsight|if I did it again|next time)(?!\w)/i, 2],
  ],
};

export type CueScores = Record<SectionKind, number>;

/** "We dug through the logs", "my team and I rolled back": the group doing a step of the work
 * (not an outcome it reached, nor a clause that only sets the time). */
function groupTellsStep(sentence: string): boolean {
  return clausesOf(sentence).some((c) => c.actor === 'group' && c.step !== undefined && c.step !== 'achieve' && !c.framing && !c.passive);
}

/** Cue score of a sentence for each part. */
export function cueScores(sentence: string): CueScores {
  const scores = { situation: 0, task: 0, action: 0, result: 0, reflection: 0 };
  for (const kind of Object.keys(CUES) as SectionKind[]) {
    for (const [re, weight] of CUES[kind]) if (re.test(sentence)) scores[kind] += weight;
  }
  const d = doers(sentence);
  // An outcome told as the main clause, with someone or something else as its subject:
  // "Paginated search led to 8% more clicks, so I shipped it"; not a clause that only sets the
  // time ("When invoices doubled, I traced…"), one the speaker is in, or a state still being
  // described ("Crashes were dragging our rating down to 3.9").
  const lead = sentence.split(/[,;:]|\bso\b/)[0]!;
  const subordinate = /^\s*(?:when|whenever|if|because|as|while|before|after|until|since|although|though)(?!\w)/i.test(lead);
  if (scores.situation === 0 && !subordinate && !/\b(?:I|we)(?!\w)/i.test(lead) && !doers(lead).bare && CUES.result.some(([re, w]) => w >= 1.5 && re.test(lead))) scores.result += 2;
  scores.action += (d.self ? 2 : 0) + (d.others ? 1.5 : 0) + (d.bare ? 1.5 : 0) + (groupTellsStep(sentence) ? 1.5 : 0);
  // A list of steps in one sentence is action-heavy: "reproduced…, fixed…, and monitored…".
  if (scores.action > 0) scores.action += Math.min(1.5, 0.5 * Math.max(0, d.steps - 1));
  return scores;
}
