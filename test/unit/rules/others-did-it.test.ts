import { describe, expect, it } from 'vitest';
import { findings } from './find';
import { expectGoodEnglish } from '../rephrase/english';

describe('others-did-it', () => {
  it.each([
    ['I did escalate it - I sent them a Slack message and they handled it.'],
    ['My manager found the problem and reverted the config while I answered customer tickets.'],
    ['Then Priya from the storage team logged in, found the expired certificate and replaced it.'],
    ['I escalated it to my manager, and he assigned it to a senior engineer, who found the bug and fixed it.'],
    ['It was fixed by the Platform team the next morning.'],
  ])('flags a fix someone else made while the speaker is invisible: %s', (sentence) => {
    const text = `Our upload service started timing out for large files. ${sentence} Uploads came back after an hour.`;
    const [f] = findings('others-did-it', text);
    expect(f?.quoted).toBe(sentence);
    // The speaker's own part is theirs to tell: a slot, never an invented fix.
    expect(f?.suggestionKind).toBe('slots');
    expect(f?.suggestion).toMatch(/^I .*\[what you did yourself to fix it\]/);
    expect(f?.suggestion).not.toMatch(/\b(?:reproduced|wrote|confirmed|reviewed)\b/);
  });

  it('accepts a reviewer or a deployer when the speaker found and wrote the fix', () => {
    const text =
      "Our search index fell a day behind. I dug into the consumer lag, found a poison message, and wrote a skip-and-park handler. The SRE team deployed it in the next window, and the index caught up in two hours. I now add a dead letter queue to every consumer.";
    expect(findings('others-did-it', text)).toHaveLength(0);
  });

  it('accepts notes-style steps with the speaker implied', () => {
    const text =
      'S: CSV export timing out for big accounts, service owned by the reporting team\nA:\n- pulled the slow query log, found a full table scan\n- added the index, and the reporting team deployed it\nR: export time 94s -> 6s';
    expect(findings('others-did-it', text)).toHaveLength(0);
  });

  it('does not count the change that caused the incident as the speaker\'s part of the fix', () => {
    const text =
      'I wrote a migration that broke sorting by price on our shop. My manager rolled it back and the complaints stopped. I learned to test migrations on a copy of production.';
    expect(findings('others-did-it', text)).toHaveLength(1);
  });
});

describe('others-did-it on answers written in other words', () => {
  it.each([
    "Our booking site showed the wrong prices to Canadian users. I noticed it in the analytics and posted a note in the pricing channel. Marco, one of their backend developers, patched the currency conversion the same evening. Prices were right again the next morning.",
    "The clinic's appointment reminders stopped sending. I told my supervisor about it. The vendor shipped a fix two days later and reminders went out again.",
    "A release broke the checkout button for Firefox users. I saw the spike in support tickets and raised it in the incident call. Ops rolled it back within the hour and checkout recovered.",
    "Our quarterly sales report had wrong totals. I flagged it to my manager and my lead took over from there. The corrected report went out on Friday.",
    "The payroll export kept failing for part-time staff. I spent a morning asking around. Eventually the payroll team's contractor rewrote the export and the failures stopped.",
    "Customers could not reset passwords for two days. I let support know what I had seen. The identity team restored the email templates, and resets worked again.",
    "The data pipeline double-counted refunds. I mentioned it at standup. A senior analyst, who had built the pipeline, corrected the join and rebuilt the tables.",
    "Orders from the mobile app failed at random. I set up a call with the API owners. Their on-call engineer traced the failures to an expired key and rotated it.",
    "Our build servers ran out of disk every weekend. I reported it in the infra channel. The SRE team cleaned up the old images and added a cron job.",
    "Emails to our enterprise customers were landing in spam. I wrote to IT about it. IT fixed the DNS records and delivery went back to normal.",
    "The checkout page crashed on old iPhones. I mentioned it in the web channel. It was fixed by Sam from the frontend team two days later, and checkout recovered.",
    "Our VPN dropped every hour. I asked around about it. The network admins replaced the gateway firmware and the drops ended.",
    "Our invoices had the wrong tax rate for Quebec. I told finance. Their analyst corrected the tax table, and the invoices were right the next month.",
  ])('flags a decisive fix by someone else (named with a description, the vendor, ops, my lead, another team\'s contractor): %s', (text) => {
    const found = findings('others-did-it', text, {});
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expectGoodEnglish(f.suggestion);
  });

  it.each([
    "The checkout button broke for Firefox users after a release. I reproduced it in Firefox 115, found the polyfill that was missing, and wrote the fix. The fix was reviewed by Ana from the web team before it went out. Checkout errors dropped to zero.",
    "Our invoice job timed out on large accounts. I profiled it and found a query without an index. I wrote the migration and the DBA team deployed it in the next window. Runtime fell from 40 minutes to 3.",
    "Search was returning stale results. I traced it to a consumer that crashed on one bad message and wrote a handler that parks those messages. Priya, our tech lead, reviewed the change and merged it. Freshness went back to under a minute.",
    "A vendor SDK crashed our app on Android 9. I isolated the crash to the SDK's image loader and shipped a workaround that disabled it on old devices. The vendor shipped a proper fix a month later. Crash-free sessions went from 97% to 99.8%.",
    "Our API returned 500s for a third of requests after a deploy. My lead took over the customer updates while I rolled back the release and traced the bad config flag. Errors went back to 0.1% in 20 minutes.",
    "A vendor library leaked memory in our payment workers. I reproduced the leak with a heap profile and sent the vendor a minimal repro, and I pinned the previous version as a workaround. The vendor shipped a fix a month later. Worker restarts fell from 30 a day to none.",
  ])('accepts others reviewing, deploying or following up on the speaker\'s own fix: %s', (text) => {
    expect(findings('others-did-it', text, {})).toHaveLength(0);
  });
});

describe('others-did-it: decisions and diagnoses', () => {
  it('counts the speaker making the call as a visible step', () => {
    const text =
      'Two teams argued over how to page the feed API. I heard both sides and settled on cursors. Backend implemented it and mobile adapted their client. The argument ended.';
    expect(findings('others-did-it', text, { question: 'conflict' })).toHaveLength(0);
  });

  it('flags a diagnosis handed on to a team that then makes the fix', () => {
    const text =
      'Our marketing pages loaded slowly on mobile. I found that the banner images were several megabytes each and raised a ticket with the web team. A month later the web team compressed the images and load time fell to three seconds.';
    expect(findings('others-did-it', text, { question: 'ownership' })).toHaveLength(1);
  });

  it('stays silent when the speaker hands it on but also puts in a stopgap', () => {
    const text =
      'A vendor library leaked memory in our workers. I found the leak, sent the vendor a repro, and I pinned the previous version as a workaround. The vendor shipped a fix a month later.';
    expect(findings('others-did-it', text)).toHaveLength(0);
  });

  it('does not read the first half of a CamelCase name as a person ("a CronJob identified…")', () => {
    const text =
      'We had a cleanup script for our container registry. The script ran nightly via a CronJob, identified images nobody had pulled in 30 days, and deleted them. One night it deleted the image for our core API.';
    expect(findings('others-did-it', text)).toHaveLength(0);
  });
});
