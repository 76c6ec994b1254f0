// "I sent them a Slack message and they handled it": the problem was routed, not owned.
import { speakerOwnsFix } from '../nlp/actors';
import { SUBJECT_ADVERBS } from '../nlp/lexicon';
import { ownedHandoff } from '../rephrase/ownership';
import { isHypothetical } from './shared/hypothetical';
import { readableSentences } from '../nlp/story-parts';
import type { Rule } from './types';

const OWNERS = String.raw`(?:them|him|her|it|this|the\s+(?:[\w&-]+\s+){0,2}?(?:team|owners?|on-call|lead|maintainers?|vendor|channel)|their\s+(?:[\w-]+\s+)?(?:team|lead|manager|on-call|engineers?|owners?|channel)|[A-Z][a-z]+)`;
const ROUTING = new RegExp(
  String.raw`\b(?:I|we)\s+${SUBJECT_ADVERBS}(?:` +
    [
      String.raw`did\s+escalate|escalated`,
      String.raw`(?:sent|dropped|wrote|posted|left)\s+(?:${OWNERS}\s+)?(?:a|an)\s+(?:quick\s+|short\s+)?(?:Slack\s+|email\s+|direct\s+)?(?:message|email|note|DM|ping)`,
      String.raw`(?:messaged|pinged|slacked|emailed|notified|alerted|informed|contacted)\s+${OWNERS}`,
      String.raw`(?:sent|forwarded|passed)\s+(?:${OWNERS}\s+)?(?:the|our|my|all\s+the)\s+(?:[\w-]+\s+)?(?:logs|details|screenshots?|repro|reproduction|findings|error\s+output|graphs)`,
      String.raw`(?:filed|opened|created|raised|logged|submitted|put\s+in)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:ticket|bug|issue|bug\s+report|request|incident)`,
      String.raw`(?:raised|brought\s+up|flagged|reported)\s+(?:it|this|the\s+(?:issue|problem|bug))\s+(?:with|in)`,
      String.raw`(?:posted|dropped|shared)\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?|a\s+(?:message|note))\s+in\s+(?:the\s+|their\s+|our\s+|#)`,
      String.raw`tagged\s+${OWNERS}`,
      String.raw`let\s+${OWNERS}\s+know`,
      String.raw`reported\s+(?:it|this|the\s+(?:issue|problem|bug))\s+to`,
      String.raw`(?:handed|passed)\s+(?:it|this|the\s+\w+)\s+(?:off|over|on|along)|handed\s+off|forwarded\s+(?:it|this|the\s+\w+)`,
      String.raw`flagged\s+(?:it|this|the\s+(?:issue|problem|bug))\s+(?:to|with)`,
      String.raw`reached\s+out\s+to\s+${OWNERS}`,
    ].join('|') +
    String.raw`)\b`,
);
/** Escalating to unblock your own work ("to get a freeze approved") or asking a question is not handing the work over. */
const TO_UNBLOCK = /\b(?:to\s+(?:get|unblock|approve|secure|request|ask|check|confirm|find\s+out|learn)|for\s+(?:approval|sign-off|a\s+decision|budget|headcount))\b/i;
/** Manager updates are good practice, not routing, in stories about risks and deadlines. */
const MANAGER_UPDATE = /\b(?:let|told|informed|notified|messaged|pinged|emailed)\s+my\s+(?:manager|lead|boss)\b/i;

const rule: Rule = {
  id: 'handoff',
  severity: 'warning',
  message: 'The problem is passed to someone else here, and the answer never shows you carrying it through.',
  why: 'Sending a message or a ticket routes responsibility; ownership means staying on the problem until the fix is live.',
  questions: ['production-incident', 'ownership', 'failure', 'deadline', 'ambiguity', 'general', 'leadership'],
  check(story) {
    const told = readableSentences(story).filter((s) => s.section !== 'reflection' && !isHypothetical(s.text));
    const routed = told.filter((s) => ROUTING.test(s.text) && !MANAGER_UPDATE.test(s.text) && !TO_UNBLOCK.test(s.text));
    if (routed.length === 0 || told.some((s) => speakerOwnsFix(s.text))) return [];
    const storyText = story.text.slice(story.start, story.end);
    return routed.map((s) => ({ start: s.start, end: s.end, suggestion: ownedHandoff(s.text, storyText) }));
  },
  examples: {
    flagged: [
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
    ],
    passing: [
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
