import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('handoff', () => {
  it('flags the seed\'s Slack hand-off with an ownership sentence naming the team', () => {
    const text =
      'The webhook service belonged to the Platform team and was failing sometimes. I did escalate it - I sent them a Slack message and they handled it. After that the errors stopped and the team was happy.';
    const [f] = findings('handoff', text, { question: 'production-incident' });
    expect(f?.quoted).toBe('I did escalate it - I sent them a Slack message and they handled it.');
    expect(f?.suggestion).toContain('the Platform team');
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
