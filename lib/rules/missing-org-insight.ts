// Senior and staff answers are judged on the system around the code: teams, ownership, process.
import { hasOrganizationalInsight } from './shared/organizational';
import { namedTeam } from './shared/teams';
import { hitOn, lastSentence } from './shared/story-parts';
import type { Rule } from './types';

const rule: Rule = {
  id: 'missing-org-insight',
  severity: 'warning',
  message: 'Nothing organizational: no cross-team influence, process change, or systemic cause.',
  why: 'At senior and staff level, fixing the bug is assumed; the interviewer listens for why the organization let it happen and how you changed that across teams.',
  levels: ['senior', 'staff'],
  check(story) {
    if (story.sentences.length === 0) return [];
    if (story.sentences.some((s) => s.section !== 'situation' && hasOrganizationalInsight(s.text))) return [];
    const team = namedTeam(story.text.slice(story.start, story.end));
    const where = team ? `with ${team} and beyond` : 'across teams';
    return [
      hitOn(lastSentence(story)!, {
        suggestion: `Add the organizational angle: what gap in ownership, process or shared targets let this happen, and what you changed ${where} so it does not recur.`,
      }),
    ];
  },
  examples: {
    flagged: [
      {
        text: 'Our payment retries were double-charging a few customers. I traced it to a missing idempotency key, reproduced it in staging, and fixed it with tests. Double charges went from about 30 a week to zero, and refund costs fell by $4,000 a month. I learned to add idempotency keys to every retry.',
        options: { level: 'senior' },
      },
      {
        text: 'Situation: our search index drifted from the catalogue. Task: I led the search squad. Action: I wrote a reconciliation job, added tests, and backfilled the index. Result: stale results fell from 2% to none. Reflection: I now build a reconciliation path into every index I design.',
        options: { level: 'staff' },
      },
    ],
    passing: [
      {
        text: 'Our recommendation service ran out of memory on Black Friday while its team was at an offsite. I profiled the heap, found an unbounded cache, capped it, and watched memory for the weekend. Page errors went from 12% to zero. I proposed that every tier-1 service have a named backup owner during offsites, which our engineering leads agreed to.',
        options: { level: 'senior' },
      },
      {
        text: 'Our payment retries were double-charging a few customers. I traced it to a missing idempotency key, fixed it with tests, and wrote an RFC so every team that retries payments uses the same key scheme. Double charges went to zero, and three teams adopted the scheme. The systemic gap was that no one owned retry semantics across services.',
        options: { level: 'senior' },
      },
      {
        text: 'Our payment retries were double-charging a few customers. I traced it to a missing idempotency key, reproduced it in staging, and fixed it with tests. Double charges went from about 30 a week to zero. I learned to add idempotency keys to every retry.',
        options: { level: 'mid' },
      },
    ],
  },
};

export default rule;
