// Realistic answers for segmentation tests, with the part each sentence should land in.
import type { SectionKind } from '../../../lib/engine/report';

export interface LabelledAnswer {
  name: string;
  /** Each sentence with its expected part; joined with spaces (or newlines between paragraphs). */
  sentences: [SectionKind, string][];
}

export const ANSWERS: LabelledAnswer[] = [
  {
    name: 'conflict with a peer',
    sentences: [
      ['situation', 'Last year I was the backend lead on our checkout rewrite, and the mobile lead and I disagreed about who should own payment retries.'],
      ['situation', 'He wanted the app to retry on its own, which I worried would double-charge customers on flaky networks.'],
      ['task', 'I needed us to agree on one design before the April release.'],
      ['action', 'I wrote a one-page comparison of both designs with the double-charge risk for each.'],
      ['action', 'I set up a thirty-minute call, walked him through the numbers, and asked him to poke holes in my version.'],
      ['action', 'We settled on server-side idempotency keys, and I paired with his engineer to wire them into the app.'],
      ['result', 'We shipped on time, duplicate charges dropped from 40 a week to zero, and support tickets about payments fell by 30%.'],
      ['reflection', 'I learned to bring the failure case in numbers before a design debate, and I now open these discussions with a written risk table.'],
    ],
  },
  {
    name: 'tight deadline',
    sentences: [
      ['situation', 'At my previous company, a large retail customer threatened to leave unless we supported SSO within three weeks.'],
      ['task', 'My task was to deliver SAML login without slipping the other release work.'],
      ['action', 'I cut the scope to the one identity provider the customer used and deferred the admin UI.'],
      ['action', 'I wrote the integration tests against their staging tenant first, then built the login flow behind a flag.'],
      ['action', 'I demoed it to their IT team every Friday so surprises surfaced early.'],
      ['result', 'We went live two days before the deadline, the customer renewed a $250,000 contract, and two more customers adopted SSO that quarter.'],
      ['reflection', 'Looking back, agreeing on the smallest useful scope with the customer on day one is what made the date possible.'],
    ],
  },
  {
    name: 'failure',
    sentences: [
      ['situation', 'A few months ago I pushed a database migration that locked the orders table for eleven minutes during peak traffic.'],
      ['task', 'It was my change, so it was on me to restore service and make sure it could not happen again.'],
      ['action', 'I rolled the migration back, confirmed in the dashboards that checkouts recovered, and posted a timeline in the incident channel.'],
      ['action', 'I then rewrote the migration to copy the table in batches and tested it against a production-sized snapshot.'],
      ['action', 'I also added a CI check that rejects migrations taking an exclusive lock on large tables.'],
      ['result', 'The rewritten migration ran with no downtime, and the CI check has since blocked three risky migrations from other teams.'],
      ['reflection', 'I learned that I had trusted a small staging database, and I now test every schema change against production-sized data.'],
    ],
  },
  {
    name: 'leadership without authority',
    sentences: [
      ['situation', 'When I joined the platform group, five teams each ran their own flaky deployment scripts.'],
      ['task', 'Nobody had asked anyone to fix it, but I wanted one pipeline that every team could trust.'],
      ['action', 'I interviewed an engineer from each team about their release pain and wrote up the three failure modes they shared.'],
      ['action', 'I built a shared pipeline template and migrated my own team first to prove it worked.'],
      ['action', 'I ran a short workshop for the other leads and paired with each team for their first migration.'],
      ['result', 'Within a quarter all five teams had moved, failed deploys dropped by 60%, and release time went from two hours to twenty minutes.'],
      ['reflection', 'In hindsight, migrating my own team first was the argument that convinced people, more than any document.'],
    ],
  },
  {
    name: 'ambiguity',
    sentences: [
      ['situation', 'Our head of product asked for a better search experience but could not say what better meant.'],
      ['task', 'I was responsible for turning that into something we could build and measure.'],
      ['action', 'I pulled a month of search logs and found that 18% of queries returned nothing.'],
      ['action', 'I interviewed six customers, proposed zero-result queries as the first target, and agreed the metric with product.'],
      ['action', 'I shipped typo tolerance and synonyms in two small releases, measuring each one.'],
      ['result', 'Zero-result searches fell from 18% to 6%, and search-led conversion rose by 4%.'],
      ['reflection', 'The lesson for me was to turn a vague ask into one measurable number before writing any code.'],
    ],
  },
  {
    name: 'disagreeing with a manager',
    sentences: [
      ['situation', 'My manager wanted to launch the new billing page on Black Friday.'],
      ['situation', 'I disagreed, because the page had not been load tested and Black Friday was our highest traffic day.'],
      ['task', 'I had to either convince her or make the launch safe.'],
      ['action', 'I ran a load test that afternoon and showed her the page failed at three times normal traffic.'],
      ['action', 'I proposed launching to 5% of users the week before and set up the feature flag and alerts myself.'],
      ['result', 'She agreed, the staged rollout caught a connection pool limit, and the page handled the Black Friday peak with no errors.'],
      ['reflection', 'Next time I would bring data to the first conversation instead of my opinion.'],
    ],
  },
  {
    name: 'junior bug fix',
    sentences: [
      ['situation', 'In my first job as a junior developer, customers reported that the export button sometimes produced empty files.'],
      ['task', 'My lead asked me to find the cause.'],
      ['action', 'I reproduced it by exporting a report with more than 10,000 rows, and I traced it to a timeout in the export worker.'],
      ['action', 'I changed the worker to stream rows instead of loading them all, and I added a test with a large report.'],
      ['result', 'Empty exports stopped completely, and the export of large reports became four times faster.'],
      ['reflection', 'I learned to reproduce a bug with realistic data before guessing at the cause.'],
    ],
  },
  {
    name: 'staff-level incident',
    sentences: [
      ['situation', 'Two years ago, our company had four outages in a quarter caused by expired TLS certificates across different teams.'],
      ['task', 'No team owned certificate management, so I took it on as a cross-team initiative.'],
      ['action', 'I inventoried every certificate across the org, found 300 with no owner, and mapped each to a team.'],
      ['action', 'I wrote the proposal for automated renewal, got buy-in from six engineering managers, and led the rollout.'],
      ['result', 'We have had zero certificate outages in the eighteen months since, and the on-call load for certificate pages went to zero.'],
      ['reflection', 'The systemic gap was that shared infrastructure had no owner, and I would now push every org to assign an owner and an SLO to shared dependencies.'],
    ],
  },
  {
    name: 'spoken, in the historical present',
    sentences: [
      ['situation', 'Sure.'],
      ['situation', 'So at my last company we were a team of five building the payments API.'],
      ['situation', 'Our p99 latency started spiking every Monday morning.'],
      ['task', 'Nobody on the team had time to look, so I volunteered.'],
      ['action', 'I go into the traces and I find that a cron job is rebuilding the cache at 9 am.'],
      ['action', "I move the job to 3 am and add a lock so two runs can't overlap."],
      ['result', 'After that, p99 latency dropped from 2 seconds to 300 ms.'],
      ['reflection', 'What I took away is that scheduled jobs need owners and alerts like any service.'],
    ],
  },
  {
    name: 'outcome-first migration',
    sentences: [
      ['situation', 'In the end we shipped the migration two weeks early, saving about $40,000 in licence fees.'],
      ['situation', 'Back then I was the only engineer who knew the old billing system.'],
      ['situation', 'The vendor contract was ending in March.'],
      ['task', 'My manager asked me to move us off it without downtime.'],
      ['action', 'I mapped every billing flow, wrote a dual-write layer, and compared outputs for a month.'],
      ['action', 'I switched traffic over gradually, ten percent a day.'],
      ['result', 'The migration finished with zero billing errors.'],
      ['reflection', 'It taught me that a long shadow-run period is cheap insurance.'],
    ],
  },
  {
    name: 'flaky tests',
    sentences: [
      ['situation', 'Our team had a flaky integration test suite that failed about a third of the time.'],
      ['situation', 'We all just re-ran it.'],
      ['task', 'I got frustrated and decided to fix it.'],
      ['action', 'I tracked every failure for two weeks in a spreadsheet.'],
      ['action', 'Most came from three tests sharing a database.'],
      ['action', 'I isolated those tests with separate schemas.'],
      ['result', 'The suite now passes 99% of the time and we save roughly an hour a day of re-runs.'],
      ['reflection', 'If I did it again I would involve the team earlier so the fix felt shared.'],
    ],
  },
  {
    name: 'decision without all the information',
    sentences: [
      ['situation', 'Last spring our largest customer reported that exports were corrupt, but we could not reproduce it.'],
      ['task', 'I had to decide whether to roll back a release that three other customers depended on.'],
      ['action', 'I checked the export logs, found the corruption only hit files over 2 GB, and confirmed it on a test file.'],
      ['action', 'I rolled back only the export service, not the whole release.'],
      ['result', "The customer's exports worked again the same day and no other customer was affected."],
      ['reflection', 'Looking back, I would add file-size cases to our release tests, which I have since done.'],
    ],
  },
  {
    name: 'present-tense setting with numbers',
    sentences: [
      ['situation', 'I work on the payments team at a fintech startup.'],
      ['situation', 'Our service handles 5,000 requests per second at peak.'],
      ['task', 'It was my job to keep p99 latency under 200 ms.'],
      ['action', 'I profiled the hot path and found an N+1 query in the fraud check.'],
      ['action', 'I batched the query and added a cache with a one-minute expiry.'],
      ['result', 'P99 latency fell from 450 ms to 120 ms and the fraud team adopted the same cache.'],
      ['reflection', 'I learned to profile before guessing.'],
    ],
  },
];

export function answerText(answer: LabelledAnswer): string {
  return answer.sentences.map(([, s]) => s).join(' ');
}
