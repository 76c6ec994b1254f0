// "I sent them a Slack message and they handled it": the problem was routed, not owned.
import { speakerOwnsFix } from '../nlp/actors';
import { SUBJECT_ADVERBS } from '../nlp/lexicon';
import { ownedHandoff } from '../rephrase/ownership';
import { isHypothetical } from './shared/hypothetical';
import { readableSentences } from '../nlp/story-parts';
import type { Rule } from './types';

/** Whoever the work is routed to: a pronoun, a name, or a team, group or role ("the infra group's on-call"). */
const OWNERS = String.raw`(?:them|him|her|it|this|(?:the|their)\s+(?:[\w&'-]+\s+){0,3}?(?:team|group|squad|department|desk|owners?|on-call|lead|manager|maintainers?|vendor|channel|engineers?|developers?|admins?|DBAs?|SREs?|ops|support)|[A-Z][a-z]+|[A-Z]{2,}(?:\s+team)?)`;
/** Things a problem gets filed as: "a Jira", "a bug report", "a support case". */
const TICKET = String.raw`(?:ticket|bug|issue|bug\s+report|request|incident|[Jj]ira|JIRA|case|card|task|report)`;
/** Places other people's work waits in: "their queue", "the platform backlog", "their channel". */
const QUEUE = String.raw`(?:the|their|[\w-]+'s|#[\w-]+)\s+(?:[\w'-]+\s+){0,2}?(?:queue|backlog|board|tracker|inbox|channel|Slack|thread)`;
/** What gets sent along instead of a fix: the logs, the stack trace, a screenshot. */
const ARTIFACT = String.raw`(?:(?:the|our|my|all\s+the|a|some)\s+(?:[\w-]+\s+)?(?:logs|details|screenshots?|repro|reproduction|findings|error\s+output|graphs|stack\s*traces?|traces?|crash\s+reports?|errors?|links?))`;
const ROUTING = new RegExp(
  String.raw`\b(?:I|we)\s+${SUBJECT_ADVERBS}(?:` +
    [
      String.raw`did\s+escalate|escalated`,
      String.raw`(?:sent|dropped|wrote|posted|left)\s+(?:${OWNERS}\s+)?(?:a|an)\s+(?:quick\s+|short\s+)?(?:Slack\s+|email\s+|direct\s+)?(?:message|email|note|DM|ping)`,
      String.raw`(?:messaged|pinged|paged|slacked|emailed|DM'?d|DMed|notified|alerted|informed|contacted|called|tagged|looped\s+in|cc'?d)\s+${OWNERS}`,
      String.raw`(?:sent|forwarded|passed|handed)\s+(?:${OWNERS}\s+)?${ARTIFACT}`,
      String.raw`(?:filed|opened|created|raised|logged|submitted|put\s+in|wrote\s+up|cut)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?${TICKET}`,
      String.raw`(?:logged|filed|put|added|dropped|posted|pasted|shared|moved|threw)\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?|${ARTIFACT})\s+(?:in|into|on|onto|to)\s+${QUEUE}`,
      String.raw`(?:raised|brought\s+up|flagged|reported)\s+(?:it|this|the\s+(?:issue|problem|bug))\s+(?:with|in)`,
      String.raw`(?:posted|dropped|shared)\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?|a\s+(?:message|note))\s+in\s+(?:the\s+|their\s+|our\s+|#)`,
      String.raw`let\s+${OWNERS}\s+(?:know|take\s+(?:it\s+)?(?:from\s+there|over)|handle|deal\s+with|run\s+with|own|fix|sort)`,
      String.raw`left\s+(?:it|this|the\s+[\w-]+)\s+(?:with|to)\s+${OWNERS}`,
      String.raw`reported\s+(?:it|this|the\s+(?:issue|problem|bug))\s+to`,
      String.raw`(?:handed|passed|turned|threw|sent|kicked|punted|bounced)\s+(?:it|this|the\s+\w+)\s+(?:off|over|on|along|to|back)|handed\s+off|forwarded\s+(?:it|this|the\s+\w+)`,
      String.raw`brought\s+(?:it|this|the\s+[\w-]+)\s+to\s+(?:\S+\s+){1,4}?attention`,
      String.raw`(?:assigned|reassigned|routed|rerouted|redirected|transferred|delegated)\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to`,
      String.raw`flagged\s+(?:it|this|the\s+(?:issue|problem|bug))\s+(?:to|with)`,
      String.raw`reached\s+out\s+to\s+${OWNERS}`,
    ].join('|') +
    String.raw`)(?!\w)`,
);
/** Escalating to unblock your own work ("to get a freeze approved") or asking a question is not handing the work over. */
const TO_UNBLOCK = /\b(?:to\s+(?:get|unblock|approve|secure|request|ask|check|confirm|find\s+out|learn)|for\s+(?:approval|sign-off|a\s+decision|budget|headcount))(?!\w)/i;
/** Raising a problem in order to take it on ("and said I wanted to own it") claims it rather than routes it. */
const CLAIMS_IT = /\b(?:said|told\s+\w+|made\s+clear|offered|volunteered|asked)\s+(?:that\s+)?(?:I\s+(?:wanted|would|'d|was\s+going|could)\s+)?(?:to\s+)?(?:own|take|fix|handle|pick\s+up|lead|drive)(?!\w)|\bvolunteered\b/i;
/** Manager updates are good practice, not routing, in stories about risks and deadlines. */
const MANAGER_UPDATE = /\b(?:let|told|informed|notified|messaged|pinged|emailed)\s+my\s+(?:manager|lead|boss)(?!\w)/i;

const rule: Rule = {
  id: 'handoff',
  severity: 'warning',
  message: 'The problem is passed to someone else here, and the answer never shows you carrying it through.',
  why: 'Sending a message or a ticket routes responsibility; ownership means staying on the problem until the fix is live.',
  questions: ['production-incident', 'ownership', 'failure', 'deadline', 'ambiguity', 'general', 'leadership'],
  check(story) {
    const told = readableSentences(story).filter((s) => s.section !== 'reflection' && !isHypothetical(s.text));
    const routed = told.filter((s) => ROUTING.test(s.text) && !MANAGER_UPDATE.test(s.text) && !TO_UNBLOCK.test(s.text) && !CLAIMS_IT.test(s.text));
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
      {
        text: 'Our CDN certificate was two days from expiring and the renewal belonged to the infrastructure group. I filed a bug in their backlog with the expiry date, handed it over to their on-call and went back to my feature work. The certificate was renewed in time.',
      },
    ],
    passing: [
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
