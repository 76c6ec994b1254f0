// The strongest results outlive the fix: a safeguard, a process, or other teams picking it up.
import { beyondTheFixSlots } from '../rephrase/outcome-slots';
import { hasSecondOrderEffect } from './shared/second-order';
import { closingOutcomeSentence, hitOn } from './shared/story-parts';
import { toldClauses } from './shared/told-clauses';
import type { Rule } from './types';

const rule: Rule = {
  id: 'missing-second-order',
  severity: 'info',
  message: 'Nothing changed beyond the fix itself: no safeguard, process change, or adoption by others.',
  why: 'Fixing the instance is expected; what sets an answer apart is what it left behind, such as an alert, a changed process, or a pattern other teams took up.',
  check(story) {
    const told = story.sentences.filter((s) => s.leadIn || (s.section !== 'situation' && s.section !== 'task')).flatMap((s) => toldClauses(s.text));
    if (told.some(hasSecondOrderEffect)) return [];
    const anchor = closingOutcomeSentence(story);
    if (!anchor) return [];
    return [hitOn(anchor, { suggestion: beyondTheFixSlots(story.text.slice(story.start, story.end)) })];
  },
  examples: {
    flagged: [
      {
        // "to build" is an infinitive, not "to the build"; "team … and now" is not a team that now does something.
        text: 'Support wanted a live view of open chats. I chose to build it on our existing event stream and set up the pipeline over three weeks. The view went live for the 30-person support team and now refreshes every 5 seconds instead of every hour.',
      },
      {
        text: 'Our invoice emails were going out twice for some customers. I found a retry without an idempotency key in the mailer, fixed it with a test, and confirmed in the logs that duplicates stopped. Duplicate emails went from about 200 a day to zero, and support tickets about them stopped.',
      },
      {
        text: 'Situation: the search page was slow for large catalogues. Task: I owned search performance. Action: I profiled the query, added a composite index, and load-tested it in staging. Result: p95 went from 3 seconds to 400 ms and conversions on search rose 5%. Reflection: I learned to check query plans before blaming the hardware.',
      },
    ],
    passing: [
      // Taken into wider use: the approach reused on other projects.
      {
        text: 'Our client kept missing invoice emails because their network blocked our provider. I was responsible for the integration, so I set up a dedicated mailbox on a new domain and showed my manager the missed-email counts before and after. Missed invoices fell from about 30 a month to 2, and we started to use the same domain for other projects.',
      },
      {
        // A test left in the suite, so a machine catches the repeat.
        text: 'Our export shifted dates by a day for customers in Asia. I reproduced it with a Tokyo timezone fixture and fixed the parser to keep the offset. Wrong dates went from 2% of rows to none. I also added the timezone test to the export suite so CI catches this kind of bug.',
      },
      {
        // Judged clause by clause: a change that was made, followed by an intention.
        text: 'Our Android app crashed on the new OS beta. I traced it to a changed permission and shipped a patch in a day. The crash rate went from 2.4% to 0.1%. Going forward, a beta-OS test pass was added to the release checklist, and I would now push for it to start at the first developer preview.',
      },
      {
        text: 'Our refund macro promised customers 3 days when the provider now took 7. I checked ten refunds against the provider dashboard and rewrote the macro. Angry follow-ups went from about 60 to 15 a week, and I added macros to our quarterly content review so they keep matching reality.',
      },
      {
        text: 'Our invoice emails were going out twice for some customers. I found a retry without an idempotency key in the mailer, fixed it with a test, and added an alert on duplicate sends. Duplicate emails went from about 200 a day to zero, and the billing team now uses the same alert for receipts.',
      },
      {
        text: 'The search page was slow for large catalogues. I profiled the query, added a composite index, and load-tested it in staging. P95 went from 3 seconds to 400 ms, and I wrote a runbook on query plans that the other squads now use in their reviews.',
      },
    ],
  },
};

export default rule;
