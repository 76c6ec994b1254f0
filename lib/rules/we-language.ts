// "We fixed it": in the Action and Result the speaker's own steps hide behind the group.
import { ACTION_LEAD_IN, FIX, INVESTIGATE, SUBJECT_ADVERBS, baseForms, pastForms } from '../nlp/lexicon';
import { IRREGULAR_PAST, speakerNarrates } from '../nlp/actors';
import { offer } from '../rephrase/offer';
import { PARTNER_AND_I, weToI } from '../rephrase/we-to-i';
import { actionSentences, readableSentences } from '../nlp/story-parts';
import type { Rule, RuleHit } from './types';
import { precompiled } from '../engine/precompiled';

/** "we", "our team", "my teammate Lea and I": a group as the subject. */
const GROUP = String.raw`(?:\b[Ww]e\b|\b(?:[Mm]y|[Oo]ur)\s+team\b|\b(?:[Mm]y|[Oo]ur|[Tt]he)\s+team\s+and\s+I\b|${PARTNER_AND_I})`;
/** What a group does that is a state, a talk or a feeling rather than a step of the work. */
const NOT_A_STEP = new Set(
  ('were had did needed wanted knew felt thought used saw discussed talked realized noticed learned lost ' +
    'spent waited went got seemed hoped expected liked loved hated missed owned received heard asked planned tried started ' +
    'began continued kept called came said told left stayed worked aligned brainstormed debated disagreed compromised ' +
    'celebrated enjoyed managed ended happened joined inherited relied depended struggled faced experienced wondered believed ' +
    'assumed shared presented reviewed signed hired interviewed onboarded moved would could should might ran ' +
    // "-ed" words that are no past ("the level we need"), misspellings, what a group has or serves.
    'need feed seed speed proceed recieved supported served clashed argued fought').split(' '),
);
/** Agreement, and weighing the options to reach it, is joint by nature in conflict stories: "we
 * agreed on", "we compromised", "then we compared" (LABELING). */
const AGREEMENT = new Set(['agreed', 'decided', 'aligned', 'compromised', 'settled', 'chose', 'compared', 'weighed']);
const AGREEMENT_QUESTIONS = new Set(['conflict', 'disagree-manager']);
/** "we recovered around $8,000 a week", "we saved 40 hours": what the company gained, not a step. */
const GAINED_FIGURE = /^(?:recovered|saved|earned|gained|made|lost)\s+(?:(?:about|around|roughly|nearly|over|almost|some|an?\s+extra)\s+)?[$€£\d]/i;
/** The group performs a step: "we traced", "our team rolled back", "we were able to patch", "we capped the cache";
 * or reaches a result: "we managed to catch the deadline", "we could solve it", "we started building the site". */
const GROUP_ACTS = precompiled(new RegExp(
  String.raw`${GROUP}\s+${SUBJECT_ADVERBS}(?:${ACTION_LEAD_IN}(?<base>${baseForms(FIX, INVESTIGATE)})|(?<achieved>(?:managed|were\s+able)\s+to\s+[a-z]+|could\s+(?:${baseForms(FIX, INVESTIGATE)})|(?:started|began)\s+[a-z]+ing)|(?<past>${pastForms(FIX, INVESTIGATE)}|[a-z]+ed|${IRREGULAR_PAST}))(?!\w)`,
  'g',
));
/** "We met with the client" is a meeting; "we met the deadline" is a result reached. */
const MEETING = /^met\s+(?:with|up|in|at|for|to|on|over|every|weekly|daily|once|twice|regularly)(?!\w)/i;
/** "Once we shipped it, errors fell", "because we loaded the whole profile": a time or reason clause
 * frames the story (often the product as "we"), it is not the speaker's step. */
const FRAMING_CLAUSE = /\b(?:after|once|when|since|until|before|as soon as|because|as|that|which|where|so that|if|unless|whether|how|why|what)\s+$/i;

/** "My team fixed four alerts, and I rewrote the fifth": the team is told apart from the speaker's own step. */
const TEAM_BESIDE_SPEAKER = /\b(?:my|our)\s+team\b/i;

/** Whether the group performs a step of the work in the sentence. Reaching a result counts
 * ("we shipped two weeks early", "we cut latency by half"), whatever else the speaker did (LABELING). */
function groupActs(text: string, agreement: boolean): boolean {
  GROUP_ACTS.lastIndex = 0;
  for (let m = GROUP_ACTS.exec(text); m; m = GROUP_ACTS.exec(text)) {
    if (FRAMING_CLAUSE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const past = m.groups?.past?.toLowerCase().replace(/\s+/g, ' ');
    if (past && (NOT_A_STEP.has(past) || (agreement && AGREEMENT.has(past)))) continue;
    if (past && GAINED_FIGURE.test(text.slice(m.index + m[0].length - past.length))) continue;
    if (past === 'met' && MEETING.test(text.slice(m.index + m[0].length - past.length))) continue;
    return true;
  }
  return false;
}

const rule: Rule = {
  id: 'we-language',
  severity: 'warning',
  message: 'This step is told as "we", so the interviewer cannot tell what you did yourself.',
  why: 'Interviewers assess the candidate, not the team: every action sentence should say "I" and name your own step.',
  check(story) {
    const actions = actionSentences(story);
    const agreement = AGREEMENT_QUESTIONS.has(story.question.id);
    const hits: RuleHit[] = [];
    for (const s of readableSentences(story)) {
      if (!actions.includes(s) && s.section !== 'result') continue;
      if (TEAM_BESIDE_SPEAKER.test(s.text) && speakerNarrates(s.text)) continue;
      if (!groupActs(s.text, agreement)) continue;
      const rewrite = weToI(s.text);
      hits.push({
        start: s.start,
        end: s.end,
        ...(rewrite ? offer(rewrite) : { suggestion: 'Name the step you took yourself, starting with "I".' }),
      });
    }
    return hits;
  },
  examples: {
    flagged: [
      {
        text: "Some webhooks to our merchants were being dropped. It wasn't my team's service and nobody had a ticket for it. We figured out the root cause together, it was the retry logic, and we fixed it. The drop rate went to zero, which was worth about $8K a week. Next time I would set up a shared alert with the Platform team from the start.",
        options: { question: 'production-incident' },
      },
      {
        text: 'Our checkout page got slow during a sale. My team and I profiled the API and found an N+1 query in the cart service. We rewrote the query with a join and added an index. Page load went from 4 seconds to 900 ms. I learned to load-test before every sale.',
      },
      {
        text: 'The nightly import kept failing for one large customer. We were able to reproduce it with their file in staging, and our team patched the CSV parser the same day. Imports have run cleanly for three months since. I now keep a library of real customer files for parser tests.',
      },
      // A result reached by the group: "we managed to…", "we met the deadline".
      {
        text: 'Our paper draft was two weeks behind with the submission deadline close. I split the remaining experiments into daily goals and ran the slowest ones overnight on a spare machine. Eventually we managed to submit the paper a day before the deadline.',
      },
      // The speaker's own steps are told, but the result is still reached by "we".
      {
        text: 'The quarterly report job ran out of memory every month. I profiled it and found it loaded every row at once, so I rewrote it to stream rows in batches. In the end we delivered the reports two days early.',
      },
    ],
    passing: [
      // Meeting is not a step of the work.
      {
        text: 'Our supplier kept shipping the wrong part numbers. I set up a weekly call with their account manager, and we met with their warehouse lead every Friday. I wrote a checklist of the six most-ordered part numbers and sent it with each order. Wrong shipments fell from nine a month to one.',
      },
      // Agreement is joint by nature in a conflict story.
      {
        text: 'A designer and I disagreed about whether to ship the new form without autocomplete. I built a quick prototype of both, we each wrote down the trade-offs we saw, and then we compared. We agreed on shipping the form with autocomplete a week later. I now prototype both options before arguing for one.',
        options: { question: 'conflict' },
      },
      {
        text: 'We were a team of five and we had two weeks before the launch. I noticed the signup emails were landing in spam. I checked the DNS records, found a missing DKIM key, and added it. Deliverability went from 60% to 98%, and we recovered around 300 signups a week. I now check email authentication in every launch checklist.',
      },
      {
        text: "Our team ran the billing service, and we were on call for it. When invoices doubled for some customers, I traced it to a retry that re-sent the charge, and I added an idempotency key. Duplicate charges went to zero, and finance refunded $12,000 within a day. I learned to make every payment call idempotent from the start.",
      },
      {
        text: 'I led a migration of our search cluster with two other engineers. I wrote the migration plan, built the dual-write path, and ran the cutover at night. Once we switched traffic, p95 latency fell from 800 ms to 200 ms. Looking back, I would have set up the dual-write metrics a week earlier.',
      },
    ],
  },
};

export default rule;
