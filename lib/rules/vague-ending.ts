// An answer that ends on a feeling ("everyone was happy") leaves the listener with nothing to repeat.
import type { Sentence, StoryContext } from '../engine/context';
import { vagueOutcomePhrases } from '../engine/vague-outcome';
import { hasBusinessValue } from './shared/business-value';
import { hasMetric } from './shared/metrics';
import { gradesOutcome } from './shared/evaluative';
import { closingOutcomeSentence, lastSentence } from './shared/story-parts';
import { measuredOutcomeSlot } from '../rephrase/outcome-slots';
import type { Rule, RuleHit } from './types';

/** The sentences that close the answer: the last outcome sentence and the very last sentence. */
function closings(story: StoryContext): Sentence[] {
  return [...new Set([closingOutcomeSentence(story), lastSentence(story)].filter((s): s is Sentence => s !== undefined))];
}

// Where a clause starts: praise joined to a number by "and" is still an ending on praise.
const CLAUSE_BREAK = /[,;:]\s|\s(?:and|but|so|then)\s/gi;

/** Whether a vague phrase stands as told: no number in its clause, no business effect after the praise. */
function standsVague(text: string, index: number, tail: string): boolean {
  let clauseStart = 0;
  for (const b of text.slice(0, index).matchAll(CLAUSE_BREAK)) clauseStart = b.index + b[0].length;
  return !hasMetric(text.slice(clauseStart)) && !hasBusinessValue(tail);
}

/** A hit on the vague outcome phrases of a sentence that no figure or business effect backs. */
function vagueClause(sentence: Sentence): RuleHit | undefined {
  // In a lesson only feelings count: "releases are smoother when…" is a claim, not the outcome.
  const all = vagueOutcomePhrases(sentence.text).filter((m) => sentence.section !== 'reflection' || m.feeling);
  const final = all[all.length - 1];
  if (!final) return undefined;
  const tail = sentence.text.slice(final.index + final.text.length);
  const vague = all.filter((m) => standsVague(sentence.text, m.index, tail));
  const first = vague[0];
  const last = vague[vague.length - 1];
  if (!first || !last) return undefined;
  return {
    start: sentence.start + first.index,
    end: sentence.start + last.index + last.text.length,
    section: sentence.section,
    suggestion: measuredOutcomeSlot(first.index === 0),
  };
}

// The Result's last sentence read as a claim: an effect told with evaluative words only
// ("minimized disruptions and increased overall team productivity", "improved our reputation").
const CLAIM =
  /\b(?:improv\w*|increas\w*|enhanc\w*|boost\w*|minimi[sz]\w*|maximi[sz]\w*|streamlin\w*|strengthen\w*|optimi[sz]\w*|better|smoother|successful(?:ly)?|positive(?:ly)?|significant(?:ly)?|greatly|valuable|reputation|productiv\w*|efficien\w*|reliab\w*|robust\w*|morale|confiden\w*|helped|fostered|empowered|ensured)(?!\w)/i;
// A checkable fact keeps the ending concrete whatever else it says: a figure, a lasting state.
// A finished event ("completed on schedule", "earned the degree") and a practice others now keep
// ("other teams now use it") are checkable too.
const CHECKABLE = /\d|\b(?:since|no longer|never|zero|none|not (?:once|a single)|has(?:n't| not)|have(?:n't| not)|adopted|reused|became (?:the|our) (?:standard|default|template|reference)|still (?:in use|running|used)|completed|finished|earned|renewed|signed|on (?:schedule|time)|as (?:planned|intended|scheduled)|within (?:a|an|one) (?:day|week|month|hour|sprint)|met (?:the|our|every|all) (?:\w+ )?(?:deadlines?|targets?|goals?|dates?)|now (?:\w+ ){0,3}?(?:uses?|runs?|owns?|has|have|requires?|includes?))(?!\w)/i;

const isCheckable = (text: string) => hasMetric(text) || CHECKABLE.test(text);

/** Whether the last outcome told is a checkable fact, which the guide never counts as vague. */
export function endsOnCheckableFact(story: StoryContext): boolean {
  const last = closingOutcomeSentence(story);
  return last !== undefined && isCheckable(last.text);
}

/** The guide's reading: the Result's last sentence is an unmeasured claim, with nothing checkable in it. */
function unmeasuredClaim(story: StoryContext): RuleHit | undefined {
  // Without a Result part, the outcome is told at the end of the Action ("…, and I was able to
  // improve his quality of life"): the last sentence before any Reflection is the last outcome.
  const last = closingOutcomeSentence(story);
  if (!last || isCheckable(last.text) || !(CLAIM.test(last.text) || gradesOutcome(last.text))) return undefined;
  // The whole sentence is replaced, so the suggestion is a sentence.
  return { start: last.start, end: last.end, section: last.section, suggestion: `${measuredOutcomeSlot(true)}.` };
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
    const claim = unmeasuredClaim(story);
    return claim ? [claim] : [];
  },
  examples: {
    flagged: [
      // No Result part: the outcome closes the Action, and it is a claim.
      {
        text: 'A patient on my ward was frightened before every chemotherapy session and twice refused treatment. I sat with him before each session, asked the oncologist to explain the side effects in plain words, and arranged for his daughter to join the next visit. By listening first and bringing his family in, I was able to improve his whole treatment experience.',
      },
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
      // A return to calm, agreement and a better relationship, with nothing measured.
      {
        text: 'Two squads kept overwriting each other\'s changes to the shared checkout config. I mapped who touched which keys, split the file per squad and added an owners file to the repo. After that things calmed down, everyone was on the same page and the squads got along much better.',
      },
      // An unmeasured comparative and the speaker's own feeling.
      {
        text: 'Our mobile release train kept slipping because QA found crashes on the last day. I moved crash triage to the start of each cycle and set up a nightly build for testers. Releases were a lot smoother after that, and I was proud of how it turned out.',
      },
      // Results as graded bullets: qualities and comparatives, nothing that happened.
      {
        text: 'Situation: on-call handovers lost context every week.\nTask: make handovers complete.\nAction:\n- Wrote a handover template\n- Walked each engineer through it\nResult:\n- Handovers took 10 minutes instead of 40\n- Stronger ownership across the rotation',
      },
    ],
    passing: [
      // A finished event told as planned is checkable, however it is praised.
      {
        text: 'Two weeks before the release our regression suite showed forty open defects, and I was asked to clear them. I sorted them by crash count and fixed the top ten myself. After working through the weekend with a teammate, we successfully fixed every defect and shipped the release as planned.',
      },
      {
        text: 'The partner API we depended on changed its auth without notice. I read their changelog, updated our client, and tested it against their sandbox. Failed syncs went from 30% to zero within a day, and the partner renewed for two more years.',
      },
      {
        text: 'Our sprint demos kept running over. I set a ten-minute limit per team and asked each team to send slides a day ahead. The teams were happy with the new format. Demos went from 90 minutes to 45, and attendance from sales doubled.',
      },
      // The comparative backed by its figure, and a lesson that compares (a claim, not the ending's mood).
      {
        text: 'Our mobile release train kept slipping because QA found crashes on the last day. I moved crash triage to the start of each cycle and set up a nightly build for testers. Releases were smoother: late slips went from 5 a quarter to 1. I learned that releases are calmer when testers get a build every night, so I now add a nightly build to every new app.',
      },
      // A practice others now keep is a fact someone could check.
      {
        text: 'Situation: on-call handovers lost context every week.\nTask: make handovers complete.\nAction:\n- Wrote a handover template\n- Walked each engineer through it\nResult:\n- Handovers took 10 minutes instead of 40\n- The two sister teams now use the same template',
      },
      {
        text: 'Situation: on-call handovers lost context every week.\nTask: make handovers complete.\nAction:\n- Wrote a handover template\n- Walked each engineer through it\nResult:\n- Handovers took 10 minutes instead of 40\n- New on-call engineers are ready for their first shift within a week',
      },
    ],
  },
};

export default rule;
