import { describe, expect, it } from 'vitest';
import { findings } from './find';
import { expectGoodEnglish } from '../rephrase/english';

const rest = 'I reproduced the drop locally, fixed the retry logic with tests, and watched the queue for a week. Failures went from 0.3% to zero, about $8,000 a week in revenue.';

describe('weak-motivation', () => {
  it('rewrites the seed\'s free-time motive around what the story says was at stake', () => {
    const [f] = findings('weak-motivation', `Because I had some free time and wanted to help, I looked at the webhook failures. ${rest}`);
    expect(f?.quoted).toBe('Because I had some free time and wanted to help, I looked at the webhook failures.');
    expect(f?.suggestion).toBe('Because [what was at stake, such as $8,000 a week], I looked at the webhook failures.');
  });

  it.each([
    'I was bored between projects, so I picked up the webhook failures.',
    'It was a slow sprint for me, so I looked at the webhook failures.',
    'The webhook failures looked like an interesting puzzle.',
    'I had nothing better to do that week, so I looked at the webhook failures.',
  ])('flags convenience motives: %s', (motive) => {
    expect(findings('weak-motivation', `${motive} ${rest}`)).toHaveLength(1);
  });

  it('accepts helping people who were hurt, and free time next to a real stake', () => {
    expect(findings('weak-motivation', `I wanted to help the merchants who were missing orders, so I took the webhook failures on. ${rest}`)).toHaveLength(0);
    expect(findings('weak-motivation', `I had some free time that week, but I took it on because merchants were losing orders. ${rest}`)).toHaveLength(0);
  });

  it('treats learning as weak only when it is the sole reason given', () => {
    const solo = 'I wanted to learn Kafka, so I offered to rewrite the consumer. I rebuilt it with tests over a month. Lag went from minutes to seconds.';
    expect(findings('weak-motivation', solo)).toHaveLength(1);
    const withStake = 'Consumer lag was delaying orders for our customers, which meant missed deliveries. It was also a chance to learn Kafka, so I offered to rewrite the consumer. I rebuilt it with tests. Lag went from minutes to seconds.';
    expect(findings('weak-motivation', withStake)).toHaveLength(0);
  });

  it('reads learning told in other words as the same motive', () => {
    for (const motive of ['I wanted to gain a deeper understanding of Kafka', 'I wanted to get better at Kafka', 'It was a chance to build solid knowledge of Kafka']) {
      expect(findings('weak-motivation', `${motive}, so I offered to rewrite the consumer. I rebuilt it with tests over a month. Lag went from minutes to seconds.`), motive).toHaveLength(1);
    }
  });

  it('does not read "learned" in a reflection as a motive', () => {
    expect(findings('weak-motivation', `I noticed the failures were costing merchants orders, so I took them on. ${rest} I learned to look for unowned alerts first.`)).toHaveLength(0);
  });
});

describe('weak-motivation on answers written in other words', () => {
  it.each([
    "Things had been slow on the data team after the quarter closed, so I picked up the stale dashboard that finance kept asking about. I rebuilt the queries and added freshness checks. Refresh time went from 6 hours to 20 minutes.",
    "I had nothing on my plate that week and started looking at the flaky login tests. I ran the suite 300 times and isolated two tests that shared a fixture. Failures dropped from 12% of runs to under 1%.",
    "During some downtime between client audits I went through the firm's expense-report macros. I rewrote the three slowest ones and tested them on last year's files. Each report now takes 2 minutes instead of 15.",
    "My queue was pretty quiet that month, so I offered to clean up the shared drive permissions. I audited 400 folders and removed 60 stale external shares. Nobody outside the company can see client files now.",
    "I was getting a bit bored with my usual tickets, so I dug into why our Android build was so slow. I profiled Gradle and enabled the build cache. Builds went from 14 minutes to 5.",
    "I was between projects and needed something to keep me busy, so I took the old invoice exporter. I rewrote it with tests. Export errors fell from 40 a month to 2.",
    "To fill a few quiet afternoons, I looked into why our lab's sample tracker kept losing barcodes. I traced it to a duplicate-key bug and fixed it. Lost samples went from 5 a week to none.",
    "I had some spare cycles after the launch and decided to tidy up the alert rules. I deleted 80 noisy alerts and merged the rest by service. Pages per week fell from 120 to 30.",
    "Out of sheer boredom I started reading the support team's macros and found three that sent the wrong refund link. I rewrote them and checked each with a test ticket. Refund complaints dropped by half.",
    "I had a couple of days to kill before my next project started, so I picked up the slow image resizer. I switched it to a streaming library and measured the memory. Memory use fell from 2 GB to 300 MB.",
    "My calendar was pretty empty after the launch, so I started cleaning up the flaky tests. I quarantined twelve of them and fixed eight. Flaky runs fell from 20% to 3%.",
    "Since I had time while waiting for my new project to start, I looked into the slow report page. I added two indexes. Load time fell from 9 seconds to 1.",
    "I had a lighter load that sprint and picked up the old logging cleanup. I removed 300 noisy log lines. Log costs fell by $400 a month.",
  ])('flags idle-time motives in their many phrasings (slow, quiet or light periods, nothing on my plate, downtime, boredom, time to kill): %s', (text) => {
    const found = findings('weak-motivation', text, {});
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expectGoodEnglish(f.suggestion);
  });

  it.each([
    "It was a quiet Sunday when the payment gateway started rejecting every card. I was on call, so I rolled back the morning deploy and confirmed the error rate dropped. Card failures went back to 0.1% within 15 minutes.",
    "Our sprint was light after the release, but the checkout errors were costing us about $5,000 a day, so I took them on. I traced the errors to a timeout and raised it. Errors fell to zero.",
    "The worker pool sat idle for hours every night while the batch queue was empty. I moved the nightly reports onto it and removed two dedicated servers. Hosting costs fell by $1,200 a month.",
    "The hospital's triage form was timing out for nurses during the night shift, which delayed patient intake. I profiled the form and fixed a slow lookup. Intake time fell from 9 minutes to 3.",
    "I was never bored on the payments team: every week something broke. This time refunds were failing for 2% of customers, so I traced the bug to a rounding error and fixed it with tests. Failed refunds went to zero.",
    "Traffic was quiet overnight, so I scheduled the migration for 2 a.m. to protect customers from any downtime. I ran the migration and checked every table count. Nothing was lost and no customer noticed.",
    "Since refunds were failing for 2% of customers, I looked into the payment retries. I fixed the rounding error. Failed refunds went to zero.",
    "The job queue was empty and I could not see why, so I checked the producer logs and found a crashed worker. I restarted it with a health check. Orders flowed again within 10 minutes.",
    "While I was waiting for the team to review my migration plan, a disk alert fired on the primary database, so I expanded the volume and moved old WAL files to cold storage. Disk use fell from 95% to 60%.",
    "My manager asked me to rebuild the supplier order sheet, a job that had nothing to do with my baking role. I mapped every supplier and automated the weekly order. Missed deliveries went from four a month to none.",
  ])('accepts quiet periods that are not the motive, idle machines, and motives that name what was at stake: %s', (text) => {
    expect(findings('weak-motivation', text, {})).toHaveLength(0);
  });
});

describe('weak-motivation: spare capacity, curiosity and how it would look', () => {
  const work = 'I added an index to the report query and the report went from 40 seconds to 2. I learned to read query plans first.';

  it.each([
    "I'd finished my tickets early and wanted something to do, so I picked up the slow report.",
    'I was curious how the reporting stack worked, so I picked up the slow report.',
    'It looked like a quick win, so I picked up the slow report.',
    'Fixing the slow report would look good for my promotion, so I picked it up.',
    'I wanted to try out the new query planner, so I picked up the slow report.',
  ])('flags %s', (motive) => {
    expect(findings('weak-motivation', `${motive} ${work}`)).toHaveLength(1);
  });

  it.each([
    'I was curious why the report had slowed down for our biggest customers, because they were threatening to cancel, so I picked it up.',
    'The slow report was blocking month-end close for finance, so I picked it up.',
  ])('stays silent on a motive tied to what was at stake: %s', (motive) => {
    expect(findings('weak-motivation', `${motive} ${work}`)).toHaveLength(0);
  });
});
