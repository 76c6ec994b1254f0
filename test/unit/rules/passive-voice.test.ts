import { describe, expect, it } from 'vitest';
import { findings } from './find';
import { expectGoodEnglish } from '../rephrase/english';

const seedPassive =
  'The webhook service, which belonged to another team, was dropping events and no one owned it. The logs were analyzed and the retry bug was found. A fix was implemented and it was deployed after review. Errors dropped from 0.3% to 0%, which was worth $8,000 a week. I\'d propose a shared SLO next time.';

describe('passive-voice', () => {
  it('flags each actorless step and rewrites it with "I"', () => {
    const found = findings('passive-voice', seedPassive, { question: 'production-incident' });
    expect(found.map((f) => [f.quoted, f.replacement])).toEqual([
      ['The logs were analyzed and the retry bug was found.', 'I analyzed the logs and found the retry bug.'],
      ['A fix was implemented and it was deployed after review.', 'I implemented a fix and deployed it after review.'],
    ]);
  });

  it("reads a step after the author's inline part tag, such as \"(R) The issue was solved\"", () => {
    const text =
      '(S) Our nightly export kept failing. (A) I read the job logs and found a locked staging table. I moved the export to a read replica. (R) The issue was solved and my manager was happy with the result.';
    expect(findings('passive-voice', text).map((f) => f.quoted)).toEqual(['(R) The issue was solved and my manager was happy with the result.']);
  });

  it('is satisfied once the replacements are applied', () => {
    let text = seedPassive;
    for (const f of findings('passive-voice', text).reverse()) text = text.slice(0, f.start) + f.replacement + text.slice(f.end);
    expect(findings('passive-voice', text)).toHaveLength(0);
  });

  it('accepts the seed\'s strong follow-through, states and named agents', () => {
    const text =
      'The webhook service was owned by the Platform team, and events were being dropped. I searched the delivery logs, found the retry bug, and wrote a fix with tests. I followed up with their tech lead until the fix was merged and deployed. Drops went from 0.3% to zero, recovering $8,000 a week. I\'d propose a shared SLO for webhooks.';
    expect(findings('passive-voice', text)).toHaveLength(0);
  });

  it('accepts a Result that states the outcome in the passive', () => {
    const text =
      'Checkout failed for one region after a config push. I rolled the config back and added a validation step to the pipeline. Service was restored in 12 minutes and the validation has blocked three bad pushes since. I learned to treat config like code.';
    expect(findings('passive-voice', text)).toHaveLength(0);
  });

  it('does not treat setting description as hidden work', () => {
    const text =
      'Our billing service was built in 2018 and was deployed to three regions. It was maintained by a team that had since been reorganized. When invoices started failing, I dug through the logs, found an expired signing key, and rotated it. Failed invoices went from 1,200 a day to zero. I now track key expiry on our dashboard.';
    expect(findings('passive-voice', text)).toHaveLength(0);
  });
});

describe('passive-voice on answers written in other words', () => {
  it.each([
    "Our hotel booking page double-charged guests after a release. The bug got fixed the same afternoon and the charges were refunded. Double charges went to zero and refunds went out within a day.",
    "Patients were missing appointment reminders. The reminder job was rewritten to use the new SMS provider and it was tested on a staging clinic. Missed appointments fell from 11% to 6%.",
    "Checkout slowed to 4 seconds during the sale. The cache had to be restarted and the slow query was optimized. Checkout went back to 800 ms.",
    "The nightly ETL was loading duplicate rows. By Monday the duplicates had been removed and a uniqueness check had been added to the load step. Duplicate rows fell from 2% to zero.",
    "Our grading portal timed out for teachers every Sunday night.\n- Logs were pulled from every node.\n- The retry bug was found and a patch was deployed.\nErrors fell from 5% to 0.1%.",
    "The onboarding survey confused new hires. I was asked to improve it. The questions were rewritten with HR, and the form was moved into the onboarding portal. Completion rose from 40% to 85%.",
    "Our support backlog hit 900 tickets. I was responsible for clearing it. The old tickets were triaged by age, and duplicates were merged. The backlog fell to 150 in two weeks.",
    "The store's inventory counts drifted from the shelves. The counts were reconciled every night and the scanner app was reconfigured. Mismatches dropped from 8% to 1%.",
    "Our pricing model was a year stale. My job was to refresh it. The data was collected from the last four quarters and the model was retrained on it. Forecast error fell from 12% to 5%.",
    "The mobile app crashed on launch for some Android users. The library was downgraded and a hotfix got shipped within four hours. Crash-free sessions went back to 99.8%.",
  ])('flags agentless steps in any passive form (got, had been, had to be, bullet notes, non-code work): %s', (text) => {
    const found = findings('passive-voice', text, {});
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expectGoodEnglish(f.suggestion);
  });

  it.each([
    "The billing service was owned by the payments team and was written in Java. I traced the rounding error, wrote the fix with tests, and deployed it myself. Invoice disputes fell from 40 to 2 a month.",
    "Our data warehouse was built in 2019 and was maintained by a team that has since left. I rewrote the slowest job and added monitoring. Runtime fell from 3 hours to 20 minutes.",
    "I rewrote the export job with pagination, and once it was deployed the nightly runs finished in 10 minutes instead of 2 hours. Finance got their reports on time all quarter.",
    "Customers were charged twice during the outage. I found the retry loop that caused it and fixed it. Double charges went to zero.",
    "The fix was reviewed by Ana from the web team after I wrote it. I reproduced the crash first and tested the patch on three browsers. Checkout errors dropped to zero.",
    "The warehouse team was stretched thin and the scanners were outdated. I wrote a script that synced counts every hour and tested it in one store. Mismatches fell from 8% to 1%.",
  ])('accepts states, named agents, the speaker\'s own follow-up clauses and affected people: %s', (text) => {
    expect(findings('passive-voice', text, {})).toHaveLength(0);
  });
});

describe('passive-voice: settings and decisions with no one behind them', () => {
  it.each(['A TTL of one day was set on those keys with a script, and I confirmed on the dashboard that memory was falling.', 'It was decided to roll the release back.', 'A new queue library was chosen for the rewrite.'])(
    'flags %s',
    (sentence) => {
      const text = `Our session store filled up and logged users out. I was on call, so it was mine. I found one service writing keys with no expiry. ${sentence} Memory fell from 95% to 50%.`;
      expect(findings('passive-voice', text)).toHaveLength(1);
    },
  );

  it('stays silent when the setting names who made it', () => {
    const text = 'Our session store filled up and logged users out. I was on call. A TTL of one day was set by the platform team. Memory fell from 95% to 50%.';
    expect(findings('passive-voice', text)).toHaveLength(0);
  });
});

describe('passive-voice: an outcome told as a step with no one doing it (LABELING.md)', () => {
  it('flags "the issue was resolved" in the Result, and leaves a measured restore alone', () => {
    const story = (result: string) =>
      `Situation: Payments failed for some merchants after a release.\nTask: I was on call that night.\nAction: I read the logs and rolled back the config.\nResult: ${result}\nReflection: I now diff configs before each release.`;
    expect(findings('passive-voice', story('The issue was resolved.')).map((f) => f.section)).toEqual(['result']);
    expect(findings('passive-voice', story('Service was restored in 12 minutes.'))).toHaveLength(0);
  });

  it('flags a step told with how fast it went: how fast does not say who', () => {
    const story = (result: string) =>
      `Situation: Payments failed for some merchants after a release.\nTask: I was on call that night.\nAction: I read the logs and found the bad config.\nResult: ${result}\nReflection: I now diff configs before each release.`;
    expect(findings('passive-voice', story('The fix was deployed in about 40 minutes.'))).toHaveLength(1);
    expect(findings('passive-voice', story('The fix was deployed for 95% of merchants.'))).toHaveLength(0);
  });
});
