// Senior and staff answers are judged on the system around the code: teams, ownership, process.
import { hasOrganizationalInsight } from './shared/organizational';
import { orgInsightSlots } from '../rephrase/lesson-slots';
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
    // The setup names teams as context; an opening headline ("…which three teams now use") is told outcome.
    if (story.sentences.some((s) => (s.leadIn || s.section !== 'situation') && hasOrganizationalInsight(s.text))) return [];
    return [hitOn(lastSentence(story)!, { suggestion: orgInsightSlots(story.text.slice(story.start, story.end)) })];
  },
  examples: {
    flagged: [
      {
        // A team that merely runs something is context, not adoption.
        text: 'Invoices for new customers were missing their tax line. Our group runs the billing service, so I traced the gap to a stale tax table, fixed the import, and added a test. Invoices without tax went from 3% to zero. I learned to check reference tables first.',
        options: { level: 'senior' },
      },
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
        // Another team makes the safeguard a requirement for all of its changes.
        text: 'A bad firewall rule from an automated sync blocked our payment callbacks for an hour. I compared the synced rules with the last good set, restored the missing entry and watched callbacks recover. I then wrote a check that blocks any sync that drops an allow rule, and the network team made that check mandatory for all of their rule changes. Failed callbacks went from 6% to zero.',
        options: { level: 'senior' },
      },
      {
        // Another function brought in to change a rule.
        text: 'A cheaper capacitor approved as a drop-in replacement made 3% of our controller boards reset under load. I reproduced the resets on the bench, confirmed the original part fixed them, and updated the parts list. Returns fell to zero. I also worked with procurement to require an engineering sign-off for any substitute on power parts.',
        options: { level: 'staff' },
      },
      {
        // Adoption beyond the team, told in the present tense.
        text: 'Refunds for annual plans were being computed with the monthly formula. I rebuilt the calculation, replayed a year of refunds against it, and fixed 140 wrong ones. Wrong refunds went to zero. The replay tool I wrote is now what the wider support org uses to check refund rules before each pricing change.',
        options: { level: 'staff' },
      },
      {
        // A systemic cause named in the reflection.
        text: 'Our status page went stale during two incidents in a row. I wired it to the alerting system, tested it with a fake outage, and it updated within a minute. Customer tickets during incidents fell by half. Looking back, the root cause was that no team owned the status page, so nobody noticed it drifting.',
        options: { level: 'senior' },
      },
      {
        // Settling a dispute between two teams through their leads.
        text: 'The web and data teams disagreed about who should clean tracking events. As the senior engineer between them, I was asked to decide. I compared both proposals on a week of real events and chose cleaning at ingestion. Bad events in reports fell from 8% to under 1%. Next time I would get both leads to write their constraints down before we meet.',
        options: { level: 'senior', question: 'conflict' },
      },
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
