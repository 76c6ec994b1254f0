// "I sent them a Slack message and they handled it": the problem was routed, not owned.
import { speakerOwnsFix } from '../nlp/actors';
import { ownedHandoff } from '../rephrase/ownership';
import { isHypothetical } from './shared/hypothetical';
import { routesWork } from './shared/routing';
import { readableSentences } from '../nlp/story-parts';
import type { Rule } from './types';

const rule: Rule = {
  id: 'handoff',
  severity: 'warning',
  message: 'The problem is passed to someone else here, and the answer never shows you carrying it through.',
  why: 'Sending a message or a ticket routes responsibility; ownership means staying on the problem until the fix is live.',
  questions: ['production-incident', 'ownership', 'failure', 'deadline', 'ambiguity', 'general', 'leadership', 'disagree-manager'],
  check(story) {
    const told = readableSentences(story).filter((s) => s.section !== 'reflection' && !isHypothetical(s.text));
    const routed = told.filter((s) => routesWork(s.text));
    if (routed.length === 0 || told.some((s) => speakerOwnsFix(s.text))) return [];
    return routed.map((s) => ({ start: s.start, end: s.end, suggestion: ownedHandoff(s.text) }));
  },
  examples: {
    flagged: [
      {
        text: 'My manager wanted to drop the export button from the free plan. I thought it would cost us upgrades, so I wrote my concerns in a short doc and passed it along to our product lead so she could raise it with him. She handled it from there, and the button stayed.',
        options: { question: 'disagree-manager' },
      },
      {
        text: 'Our staging certificates kept expiring without warning and breaking the test runs. I let the infra folks know and asked them to fix the renewal job. The renewals were working again a week later.',
      },
      {
        text: 'There was a problem with webhooks failing sometimes. I did escalate it - I sent them a Slack message and they handled it. After that the errors stopped and the team was happy.',
        options: { question: 'production-incident' },
      },
      {
        text: "Customers on the Pro plan were being charged twice. The billing service belonged to the Payments team, so I filed a ticket with all the details and the logs. The duplicate charges stopped two weeks later. I learned that good tickets get fixed faster.",
        options: { question: 'ownership' },
      },
      {
        text: 'Our nightly export to the data warehouse started timing out. I looked at the job and saw the query scanned the whole orders table. I raised it with the data platform team and let them know it was urgent. The export ran again the next week.',
      },
      {
        text: 'Our CDN certificate was two days from expiring and the renewal belonged to the infrastructure group. I filed a bug in their backlog with the expiry date, handed it over to their on-call and went back to my feature work. The certificate was renewed in time.',
      },
    ],
    passing: [
      // Owning up to a supervisor is not routing the problem.
      {
        text: 'In my second week at the pharmacy I filled a prescription with the wrong strength. I noticed it when the patient came back with questions, went straight to my supervisor and told her what happened. She checked the dose with me, and I called the doctor and wrote up the incident report that afternoon.',
      },
      {
        text: 'Our staging certificates kept expiring and breaking the test runs. I let the infra folks know, then wrote the renewal job myself with a check that fails a week before expiry, and they reviewed it. No test run has broken on a certificate in the six months since.',
      },
      {
        text: 'The nightly reconciliation job had been dropping rows for weeks and sat on no team\'s board. I raised it in our planning meeting and volunteered to take it. I traced the drop to a timeout, rewrote the job with pagination and added a row-count check. Missing rows fell from 3% to zero, and finance closed the month two days earlier. I now add a row-count check to every data job.',
        options: { question: 'ownership' },
      },
      {
        text: 'A bad config push took down checkout for one region. I escalated to the VP to get a deploy freeze approved, then I led the fix myself: I rolled back the config and added a validation step to the pipeline. Checkout was back in 12 minutes, and the validation has blocked three bad pushes since. I learned to treat config like code.',
        options: { question: 'production-incident' },
      },
      {
        text: "Webhooks from a service outside my team were failing and nobody had a ticket. I reproduced the bug and wrote a fix with tests. I flagged the issue to their tech lead for visibility and followed up until it was merged and deployed. The failure rate went from 0.3% to zero, about $8,000 a week. I'd propose a shared SLO for webhooks.",
        options: { question: 'production-incident' },
      },
      {
        text: 'I realized two weeks before the deadline that the vendor API would not be ready. I let my manager know the same day and proposed cutting the reporting feature. I built a CSV export as a stopgap, and we launched on time with 40 customers. I now ask vendors for a sandbox before I commit to a date.',
        options: { question: 'deadline' },
      },
    ],
  },
};

export default rule;
