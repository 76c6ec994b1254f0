import { describe, expect, it } from 'vitest';
import { findings } from './find';
import { expectGoodEnglish } from '../rephrase/english';

describe('handoff', () => {
  it('flags the seed\'s Slack hand-off and keeps its words, with slots for the follow-through', () => {
    const text =
      'The webhook service belonged to the Platform team and was failing sometimes. I did escalate it - I sent them a Slack message and they handled it. After that the errors stopped and the team was happy.';
    const [f] = findings('handoff', text, { question: 'production-incident' });
    expect(f?.quoted).toBe('I did escalate it - I sent them a Slack message and they handled it.');
    expect(f?.suggestion).toBe('I did escalate it - I sent them a Slack message, then I [what you did yourself to fix it] and [how you made sure it worked].');
    expect(f?.suggestionKind).toBe('slots');
    expect(f?.replacement).toBeUndefined();
  });

  it.each([
    ['I filed a Jira ticket for the platform team and went back to my feature.'],
    ['I raised it in the infra channel and the search team took it from there.'],
    ['I reported it to the vendor and waited for their patch.'],
    ['I let the data team know it was urgent.'],
  ])('flags routing with no follow-through: %s', (routing) => {
    const text = `Our nightly backups had been failing for a week. ${routing} The backups ran again two weeks later.`;
    expect(findings('handoff', text, { question: 'ownership' })).toHaveLength(1);
  });

  it('accepts escalating to unblock the fix and then leading it', () => {
    const text =
      'A bad config push took down checkout in one region. I escalated to the VP to get a deploy freeze approved, then I led the fix myself and rolled back the config. Checkout was back in 12 minutes. I learned to treat config like code.';
    expect(findings('handoff', text, { question: 'production-incident' })).toHaveLength(0);
  });

  it('accepts the seed\'s flag-for-visibility with a complete fix and follow-up', () => {
    const text =
      'A service outside my team was dropping webhooks and nobody owned it. I reproduced the bug locally. I flagged the issue to their tech lead for visibility but brought a complete fix with tests and deployment instructions. I followed up regularly until the fix was merged and deployed. Drops went from 0.3% to zero.';
    expect(findings('handoff', text, { question: 'production-incident' })).toHaveLength(0);
  });

  it('accepts a report to a vendor when the speaker built the workaround', () => {
    const text =
      'Payments from one bank failed after their API change. I reported the bug to the bank with a reproduction, and in the meantime I built a workaround that retried with the old format. Failed payments fell from 8% to 0.2%. I now keep contract tests for external APIs.';
    expect(findings('handoff', text, { question: 'production-incident' })).toHaveLength(0);
  });

  it('does not count telling your manager about a risk as a hand-off', () => {
    const text =
      'Two weeks before the deadline I saw the vendor API would be late. I let my manager know the same day and proposed cutting the reporting feature. We launched on time with 40 customers. I now ask vendors for a sandbox first.';
    expect(findings('handoff', text, { question: 'deadline' })).toHaveLength(0);
  });

  it('does not apply to conflict stories, where raising a concern is the point', () => {
    const text =
      'My tech lead wanted to skip code review for hotfixes. I raised it with her and let her know my worry about regressions. We agreed on a one-reviewer rule for hotfixes. Hotfix regressions fell from four a quarter to none.';
    expect(findings('handoff', text, { question: 'conflict' })).toHaveLength(0);
  });
});

describe('handoff on answers written in other words', () => {
  it.each([
    "Our invoice PDFs rendered blank for some customers. I emailed the document team with three sample invoices and moved on to my own backlog. A week later the PDFs rendered again.",
    "The nurse scheduling app double-booked shifts on Mondays. I opened a support case with the vendor and waited. Their support team fixed it in the next release.",
    "Our staging database ran out of disk every Friday. I paged the on-call DBA and let him take it from there. The disk alerts stopped after that.",
    "Search results in the mobile app were a day stale. I looped in the search team on the thread and they handled the rest. Freshness went back to normal within the week.",
    "A flaky payment test kept blocking our merges. I passed it to the QA lead since the test suite was theirs. The merges went green again the following sprint.",
    "Our CDN certificate was about to expire. I handed it over to the infrastructure group with a note about the deadline. The certificate was renewed in time.",
    "The export button in the admin tool threw a 500 error. I DMed Carlos with the stack trace and he fixed it that afternoon. Admins could export again.",
    "Warehouse scanners kept dropping their Wi-Fi connection. I reassigned the ticket to the network team and followed the thread. The drops stopped the next month.",
    "The marketing site went down during a campaign launch. I posted the error output in the web team's channel and left it with them. The site came back an hour later.",
    "Our nightly billing job failed twice. I filed a bug in the platform team's backlog with the logs and went back to my feature. It ran cleanly the following week.",
    "The HR portal showed the wrong vacation balances. I put in a request with IT and let them take it from there. Balances were right by the end of the month.",
    "Our warehouse label printer kept jamming on Mondays. I sent it over to the facilities team with photos of the jam. They replaced the roller and the jams stopped.",
    "A customer's SSO login broke after their IdP change. I created a ServiceNow ticket for the identity team and moved on. Logins worked again a week later.",
    "The school's grade sync to the district system failed nightly. I forwarded the error emails to the district's IT desk. The sync was fixed before report cards went out.",
    "Our app's dark mode made buttons invisible. I passed it along to the design system team and they shipped a new palette. Complaints stopped.",
    "I found that our ad spend report double-counted clicks. I brought it to the analytics team's attention and they corrected the query. The report matched the ad platform again.",
  ])('flags routing however it is phrased (email, case, pager, DM, looped in, handed over, passed to, left with them): %s', (text) => {
    const found = findings('handoff', text, { question: 'ownership' });
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expectGoodEnglish(f.suggestion);
  });

  it.each([
    "A bad config push took down checkout in one region. I escalated to the VP to get a deploy freeze approved, then I rolled back the config myself and added a validation step to the pipeline. Checkout was back in 12 minutes.",
    "Our API started returning stale prices. I messaged the support team so they could warn customers, and in the meantime I traced the cache bug and patched the invalidation logic. Stale prices went to zero within an hour.",
    "The reporting job had been silently dropping rows. I raised it in our planning meeting and volunteered to take it. I traced the drop to a timeout and rewrote the job with pagination. Missing rows fell from 3% to zero.",
    "The mobile push service failed for iOS users. I logged a ticket with the infra group for tracking, then I renewed the expired certificate myself and added an expiry alert. Delivery recovered within 20 minutes.",
    "Our checkout latency doubled after a release. I looped in the database team for a second opinion, but I found the missing index and shipped the migration myself. Latency went back to 200 ms.",
    "I noticed the signup form crashed on Safari. The form belonged to the growth team, so I told them I would own the fix, reproduced the crash, and wrote the patch with a regression test. Signups recovered by 12% that week.",
    "A vendor's API changed its date format without notice. I reported the bug to the vendor and, the same day, I wrote an adapter that parsed both formats. Failed imports dropped from 9% to zero.",
    "Our alerting stopped paging on weekends. I kept the on-call team informed while I debugged the routing rule and fixed the schedule. We have not missed a weekend page since.",
    "I found that our ad spend report double-counted clicks. I brought it to the analytics team's attention, then I rewrote the deduplication query myself and added a test against the ad platform totals. The report matched within 0.5%.",
    "Our app's dark mode made buttons invisible. I pinged the design system team to confirm the right tokens, and I fixed the palette in our app and added a contrast check to CI. Complaints stopped.",
  ])('accepts routing that comes with the speaker\'s own fix (approval, informing others, claiming it, a ticket for tracking): %s', (text) => {
    expect(findings('handoff', text, { question: 'ownership' })).toHaveLength(0);
  });
});

describe('handoff: routing told in other words', () => {
  const problem = 'Our staging certificates kept expiring and breaking the test runs.';

  it.each([
    'I reached out to the owners and they took it from there.',
    'I let the infra folks know and went back to my feature.',
    'I wrote up the expiry dates in a doc and just passed it along to the platform team.',
    'I raised a ticket with the platform team and attached the logs.',
    'I asked the platform team to fix the renewal job.',
  ])('flags %s', (routed) => {
    expect(findings('handoff', `${problem} ${routed} The renewals worked again a week later.`)).toHaveLength(1);
  });

  it('stays silent when the speaker escalates and then does the work', () => {
    const text = `${problem} I let the infra folks know, then I rewrote the renewal job with a check that fails a week before expiry. No run has broken since.`;
    expect(findings('handoff', text)).toHaveLength(0);
  });
});
