// "We fixed it": in the Action and Result the speaker's own steps hide behind the group.
import { ACTION_LEAD_IN, FIX, INVESTIGATE, OUTCOME_STEPS, SUBJECT_ADVERBS, baseForms, pastForms } from '../nlp/lexicon';
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
  ('were had did needed wanted knew felt thought used saw agreed decided met discussed talked realized noticed learned lost ' +
    'spent waited went got seemed hoped expected liked loved hated missed owned received heard asked planned tried started ' +
    'began continued kept called came said told left stayed worked aligned brainstormed debated disagreed compromised ' +
    'celebrated enjoyed managed ended happened joined inherited relied depended struggled faced experienced wondered believed ' +
    'assumed shared presented reviewed signed hired interviewed onboarded moved would could should might ran').split(' '),
);
/** The group performs a step: "we traced", "our team rolled back", "we were able to patch", "we capped the cache". */
const GROUP_ACTS = precompiled(new RegExp(
  String.raw`${GROUP}\s+${SUBJECT_ADVERBS}(?:${ACTION_LEAD_IN}(?<base>${baseForms(FIX, INVESTIGATE)})|(?<past>${pastForms(FIX, INVESTIGATE)}|[a-z]+ed|${IRREGULAR_PAST}))(?!\w)`,
  'g',
));
/** "Once we shipped it, errors fell", "because we loaded the whole profile": a time or reason clause
 * frames the story (often the product as "we"), it is not the speaker's step. */
const FRAMING_CLAUSE = /\b(?:after|once|when|since|until|before|as soon as|because|as|that|which|where|so that|if|unless|whether|how|why|what)\s+$/i;

const KEY_STEPS: ReadonlySet<string> = new Set([...FIX, ...INVESTIGATE].map(([, past]) => past));
/** "My team fixed four alerts, and I rewrote the fifth": the team is told apart from the speaker's own step. */
const TEAM_BESIDE_SPEAKER = /\b(?:my|our)\s+team\b/i;

/** The group's steps in a sentence: `work` when one is a key step of the work ("we traced"), not a
 * delivery ("we shipped") or an unlisted verb ("we billed"), which only count when the speaker is absent. */
function groupSteps(text: string): { any: boolean; work: boolean } {
  const found = { any: false, work: false };
  GROUP_ACTS.lastIndex = 0;
  for (let m = GROUP_ACTS.exec(text); m; m = GROUP_ACTS.exec(text)) {
    if (FRAMING_CLAUSE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const past = m.groups?.past?.toLowerCase().replace(/\s+/g, ' ');
    if (past && NOT_A_STEP.has(past)) continue;
    found.any = true;
    if (!past || (KEY_STEPS.has(past) && !OUTCOME_STEPS.has(past))) found.work = true;
  }
  return found;
}

const rule: Rule = {
  id: 'we-language',
  severity: 'warning',
  message: 'This step is told as "we", so the interviewer cannot tell what you did yourself.',
  why: 'Interviewers assess the candidate, not the team: every action sentence should say "I" and name your own step.',
  check(story) {
    const actions = actionSentences(story);
    // Once the speaker's own steps are told, "we shipped" and a Result's "we" report the team's outcome.
    const speakerShown = actions.some((s) => speakerNarrates(s.text));
    const hits: RuleHit[] = [];
    for (const s of readableSentences(story)) {
      const inAction = actions.includes(s);
      if (!inAction && s.section !== 'result') continue;
      if (TEAM_BESIDE_SPEAKER.test(s.text) && speakerNarrates(s.text)) continue;
      const steps = groupSteps(s.text);
      if (!(inAction && steps.work) && !(steps.any && !speakerShown)) continue;
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
    ],
    passing: [
      {
        text: 'We were a team of five and we had two weeks before the launch. I noticed the signup emails were landing in spam. I checked the DNS records, found a missing DKIM key, and added it. Deliverability went from 60% to 98%, and we recovered around 300 signups a week. I now check email authentication in every launch checklist.',
      },
      {
        text: "Our team ran the billing service, and we were on call for it. When invoices doubled for some customers, I traced it to a retry that re-sent the charge, and I added an idempotency key. Duplicate charges went to zero, and we refunded $12,000 within a day. I learned to make every payment call idempotent from the start.",
      },
      {
        text: 'I led a migration of our search cluster with two other engineers. I wrote the migration plan, built the dual-write path, and ran the cutover at night. Once we switched traffic, p95 latency fell from 800 ms to 200 ms. Looking back, I would have set up the dual-write metrics a week earlier.',
      },
    ],
  },
};

export default rule;
