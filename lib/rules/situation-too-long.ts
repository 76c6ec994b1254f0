// The setup should take seconds, not a minute: past 45 s the listener is still waiting for the problem.
import type { Sentence } from '../engine/context';
import { aboutSeconds, hitOver, secondsIn, sentencesIn } from './shared/story-parts';
import type { Rule } from './types';

const LIMIT_SECONDS = 45;
// What a Situation must keep: the problem, the stakes, and whose it was.
const ESSENTIAL =
  /\b(?:fail(?:ed|ing|ures?)?|broke|broken|down|outage|errors?|bugs?|incidents?|dropp(?:ed|ing)|slow|timing out|timeouts?|stopped|crash(?:ed|ing|es)?|disagree(?:d|ment)?|conflict|deadline|late|missed|problem|issue|owned by|belonged to|not (?:my|our)|wasn't (?:my|our)|nobody|no one|no ticket|revenue|losing|lost|costing|at risk|churn)(?!\w)|\b(?:started|began|kept) \w+ing\b|\d\s?%/i;

function cutAdvice(sentences: Sentence[]): string {
  const keep = sentences.filter((s) => ESSENTIAL.test(s.text));
  const cut = sentences.length - keep.length;
  const first = keep[0];
  if (!first || cut === 0) {
    return 'Cut the Situation to two or three sentences: what broke, why it mattered, and whose system it was; leave the rest for follow-up questions.';
  }
  const kept = keep.length === 1 ? `"${first.text}"` : `"${first.text}" and ${keep.length - 1} more sentence${keep.length > 2 ? 's' : ''} on the problem and its stakes`;
  return `Keep ${kept}, and cut the other ${cut} sentence${cut > 1 ? 's' : ''} of background: the problem, the stakes and the scope are enough.`;
}

const rule: Rule = {
  id: 'situation-too-long',
  severity: 'warning',
  message: 'The Situation takes too long to say; it should be under 45 seconds.',
  why: 'Interviewers give the setup only a short window; every extra second of context is taken from your actions and results, and attention drops before the story starts.',
  check(story) {
    const seconds = secondsIn(story, 'situation');
    if (seconds <= LIMIT_SECONDS) return [];
    const sentences = sentencesIn(story, 'situation');
    const hit = hitOver(sentences, {
      message: `The Situation takes ${aboutSeconds(seconds)} to say; keep it under 45.`,
      suggestion: cutAdvice(sentences),
    });
    return hit ? [hit] : [];
  },
  examples: {
    flagged: [
      {
        text:
          'At my last company I was a backend engineer on the billing squad, which was one of eight squads in the payments group, and we were in the middle of a long migration from a legacy invoicing system to a new one that the finance department had been asking for since the previous spring. ' +
          'The old system was about ten years old, its author was long gone, and nobody fully understood how its nightly jobs fed the ledger, the tax engine and the reporting warehouse that the analysts opened every morning. ' +
          'There were also several spreadsheets in the finance team, and the monthly reconciliation against the ledger was a week of work for four people in two offices. ' +
          'On top of that, the company had just signed two large enterprise customers with custom billing terms, and sales had promised them invoices in their own formats by the end of the quarter. ' +
          'One month the invoices for those customers came out wrong. ' +
          'I traced the error to a rounding rule in the tax engine, I fixed it with tests, and I re-ran the invoices. ' +
          'Both customers received correct invoices two days later, and the finance close went from five days to three.',
      },
      {
        text:
          'Situation: Our team ran the mobile app for a grocery delivery company that operated in three countries, with separate teams for iOS, Android, the web shop and the backend, and a shared design system that every team contributed to. ' +
          'The app had grown over six years, and each country had its own promotions engine, its own payment providers, and its own rules about substitutions, which were configured by operations staff through an internal admin tool that nobody on my team had ever used. ' +
          'Releases went out every two weeks through a release train that the platform team coordinated, with a code freeze on Thursdays, a manual regression pass by the QA team on Fridays, and a staged rollout over the following week. ' +
          'Product managers in each country also had their own roadmaps, and they often asked for last-minute changes right before the freeze, which made the release schedule very tense for everybody involved in it. ' +
          'Task: I had to fix a checkout crash. Action: I reproduced it, fixed it, and tested it. Result: Crashes fell by 80%.',
      },
    ],
    passing: [
      {
        text:
          'Our checkout page started timing out for about 4% of customers after a release. The service belonged to the payments team and nobody had picked it up. I reproduced the timeout in staging, found a missing database index, added it with a migration, and watched the error rate for two days. Timeouts went from 4% to under 0.1%, about 300 more orders a day. I now add a query-plan check to every migration review.',
      },
      {
        text:
          'Situation: our nightly export to the finance team failed three nights in a row. Task: nobody owned the export job, so I took it. Action: I read the scheduler logs, found an expired credential, rotated it, and added an expiry alert. Result: exports ran every night since, and finance closed the month on time. Reflection: I would ask each team to register credential expiry dates in one shared calendar.',
      },
    ],
  },
};

export default rule;
