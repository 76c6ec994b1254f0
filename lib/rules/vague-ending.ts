// An answer that ends on a feeling ("everyone was happy") leaves the listener with nothing to repeat.
import type { Sentence, StoryContext } from '../engine/context';
import { hasBusinessValue } from './shared/business-value';
import { hasMetric } from './shared/metrics';
import { closingOutcomeSentence, lastSentence } from './shared/story-parts';
import type { Rule, RuleHit } from './types';

const PRAISED = String.raw`(?:happy|pleased|satisfied|thrilled|delighted|impressed|grateful|glad|relieved|excited|ecstatic|content)`;
const VAGUE_PRAISE = new RegExp(
  [
    String.raw`\b(?:the |my |our |their |all the )?(?:whole |entire )?(?:team|teams|group|everyone|everybody|manager|boss|director|VP|CTO|CEO|head of \w+|management|executives|sponsors?|partner|partners|client|clients|customer|customers|stakeholders|leadership|lead|people|they|she|he|users|business|product owner|PM)(?!\w)(?: \w+){0,2}? (?:was|were|seemed|felt|looked|ended up|got|became) (?:\w+ )?${PRAISED}\b(?: with (?:it|that|this|the (?:\w+ )?(?:result|outcome|work|fix|change)s?))?`,
    String.raw`\b(?:it|this|that|things|everything|(?:the |our )?(?:project|launch|release|migration|rollout|integration|fix|change|meeting|work|demo|delivery))(?!\w) (?:all )?(?:went|turned out|worked out|ended up) (?:really |very |pretty |quite |super )?(?:well|great|fine|smoothly|good|nicely|ok|okay)(?!\w)`,
    String.raw`\b(?:it|this|that|the (?:project|launch|release|migration|rollout|integration|fix|change)) (?:was|ended up being|turned out to be) (?:a )?(?:big |huge |great |real |complete |total )?(?:success|win|hit)(?!\w)`,
    // The mood instead of the outcome: "the group was in good spirits", "morale was high".
    String.raw`\b(?:in (?:good|high|great|better) spirits|spirits were high|morale (?:was|went|got) (?:\w+ )?(?:high|up|better|great|good)|(?:the )?(?:mood|vibe|atmosphere|energy) (?:was|became|got) (?:\w+ )?(?:great|good|better|positive|amazing)|went down (?:really |very )?well)(?!\w)`,
    String.raw`\beverything (?:worked out|was fine|was good|went fine)(?!\w)|\ball (?:was|ended) well\b|\bgot (?:great|good|positive|a lot of) (?:feedback|praise|kudos)(?!\w)|\bwas (?:well|very well) received\b|\b(?:everyone|everybody) loved it\b|\b(?:the )?(?:results?|outcome|feedback|response|reception|reviews?)(?!\w)(?: [\w-]+){0,3}? (?:was|were) (?:really |very |quite |super |overwhelmingly |extremely )?(?:positive|great|good|amazing|excellent|fantastic|encouraging|promising|strong)(?!\w)|\b(?:people|everyone|everybody|they|users|the team|stakeholders|my manager|the client|the customer)(?!\w) (?:\w+ )?(?:found|thought|said|felt) (?:it|that|this|the \w+) (?:was )?(?:really |very |quite |super )?(?:useful|helpful|valuable|great|good|amazing|nice)(?!\w)|\bpeople (?:liked|loved) it\b`,
  ].join('|'),
  'gi',
);

/** The sentences that close the answer: the last outcome sentence and the very last sentence. */
function closings(story: StoryContext): Sentence[] {
  return [...new Set([closingOutcomeSentence(story), lastSentence(story)].filter((s): s is Sentence => s !== undefined))];
}

// Where a clause starts: praise joined to a number by "and" is still an ending on praise.
const CLAUSE_BREAK = /[,;:]\s|\s(?:and|but|so|then)\s/gi;

/** A hit on the vague praise in a sentence, unless its clause carries a number or what follows names a business effect. */
function vagueClause(sentence: Sentence): RuleHit | undefined {
  const all = [...sentence.text.matchAll(VAGUE_PRAISE)];
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return undefined;
  let clauseStart = 0;
  for (const b of sentence.text.slice(0, first.index).matchAll(CLAUSE_BREAK)) clauseStart = b.index + b[0].length;
  const after = sentence.text.slice(last.index + last[0].length);
  if (hasMetric(sentence.text.slice(clauseStart)) || hasBusinessValue(after)) return undefined;
  return {
    start: sentence.start + first.index,
    end: sentence.start + last.index + last[0].length,
    section: sentence.section,
    suggestion: 'End on what changed instead of how people felt: the measured outcome, for example what went from … to …, and what it let them do.',
  };
}

const rule: Rule = {
  id: 'vague-ending',
  severity: 'warning',
  message: 'The answer ends on a vague feeling instead of a concrete outcome.',
  why: 'The last thing you say is what the interviewer writes down; "everyone was happy" gives them nothing to record, while a measured outcome does.',
  check(story) {
    for (const sentence of closings(story)) {
      const hit = vagueClause(sentence);
      if (hit) return [hit];
    }
    return [];
  },
  examples: {
    flagged: [
      {
        text: 'The partner API we depended on changed its auth without notice. Nobody owned the integration, so I took it. I read their changelog, updated our client, and tested it against their sandbox. It went well and the partner was happy with it.',
      },
      {
        text: 'Situation: our sprint demos kept running over. Task: I offered to fix the format. Action: I set a ten-minute limit per team and asked each team to send slides a day ahead. Result: the demos were shorter and everyone was pleased with the new format.',
      },
      {
        text: 'Checkout was failing for some customers after a release. I rolled back, found the bad migration, and fixed it with a test. The release was a big success. I learned to run migrations on a copy of production data first.',
      },
      {
        text: 'I led the move of our 200 feature flags to a new vendor. I split the flags into batches by team and compared every evaluation in shadow mode before each cutover. Our director told me she was very pleased, and the group was in good spirits afterwards.',
      },
    ],
    passing: [
      {
        text: 'The partner API we depended on changed its auth without notice. I read their changelog, updated our client, and tested it against their sandbox. Failed syncs went from 30% to zero within a day, and the partner renewed for two more years.',
      },
      {
        text: 'Our sprint demos kept running over. I set a ten-minute limit per team and asked each team to send slides a day ahead. The teams were happy with the new format. Demos went from 90 minutes to 45, and attendance from sales doubled.',
      },
    ],
  },
};

export default rule;
