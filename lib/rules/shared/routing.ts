// Routing a problem to someone else instead of carrying it: "I filed a ticket", "I let the owners know".
import { SUBJECT_ADVERBS } from '../../nlp/lexicon';
import { memoByText } from '../../engine/memo';
import { precompiled } from '../../engine/precompiled';

/** Whoever the work is routed to: a pronoun, a name, or a team, group or role ("the infra group's on-call"). */
const OWNERS = String.raw`(?:them|him|her|it|this|(?:the|their)\s+(?:[\w&'-]+\s+){0,3}?(?:team|group|squad|department|desk|owners?|on-call|lead|manager|maintainers?|vendor|channel|engineers?|developers?|admins?|DBAs?|SREs?|ops|support|folks|people|crew|guys|contacts?)|[A-Z][a-z]+|[A-Z]{2,}(?:\s+team)?)`;
/** Things a problem gets filed as: "a Jira", "a bug report", "a support case". */
const TICKET = String.raw`(?:ticket|bug|issue|bug\s+report|request|incident|[Jj]ira|JIRA|case|card|task|report)`;
/** Places other people's work waits in: "their queue", "the platform backlog", "their channel". */
const QUEUE = String.raw`(?:the|their|[\w-]+'s|#[\w-]+)\s+(?:[\w'-]+\s+){0,2}?(?:queue|backlog|board|tracker|inbox|channel|Slack|thread)`;
/** What gets sent along instead of a fix: the logs, the stack trace, a screenshot. */
const ARTIFACT = String.raw`(?:(?:the|our|my|all\s+the|a|some)\s+(?:[\w-]+\s+)?(?:logs|details|screenshots?|repro|reproduction|findings|error\s+output|graphs|stack\s*traces?|traces?|crash\s+reports?|errors?|links?))`;
/** The speaker as subject, right before the verb or through one coordinated clause ("I wrote up my
 * notes and just passed them along"). */
const ROUTER = String.raw`\b(?:I|we)\s+(?:[^.;!?]{1,120}?(?:,\s*|\s)(?:and|then)\s+)?${SUBJECT_ADVERBS}`;
const ROUTING = precompiled(new RegExp(
  String.raw`${ROUTER}(?:` +
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
      // Not owning up ("I told her what happened", "told him all of it"): disclosing a mistake routes nothing.
      String.raw`(?:told|warned|updated)\s+${OWNERS}(?!\s+(?:I|that\s+I)\s|\s+(?:(?:about\s+)?(?:what\s+(?:had\s+)?happened|what\s+I\s+(?:had\s+)?done|everything|all\s+of\s+it|the\s+(?:whole\s+)?(?:truth|story))|about\s+my\s+(?:mistake|error|slip))(?!\w))`,
      String.raw`gave\s+${OWNERS}\s+a\s+heads[-\s]up`,
      String.raw`put\s+(?:it|this|the\s+[\w-]+)\s+on\s+(?:their|the\s+[\w-]+(?:\s+[\w-]+)?'s|[A-Z][a-z]+'s)\s+radar`,
      String.raw`asked\s+${OWNERS}\s+to\s+(?:fix|patch|look\s+(?:into|at)|take\s+a\s+look|handle|take\s+(?:it|this|over)|deal\s+with|sort|investigate|own|pick\s+(?:it|this)\s+up)`,
      String.raw`got\s+${OWNERS}\s+involved`,
      String.raw`(?:mentioned|pointed\s+out)\s+(?:it|this|the\s+(?:issue|problem|bug))\s+to`,
      String.raw`brought\s+(?:it|this|the\s+(?:issue|problem|bug))\s+up\s+(?:with|in|at|to)`,
      String.raw`made\s+sure\s+${OWNERS}\s+(?:knew|was\s+aware|were\s+aware|had\s+(?:it|the\s+details))`,
    ].join('|') +
    String.raw`)(?!\w)`,
));
/** Escalating to unblock your own work ("to get a freeze approved") or asking a question is not handing the work over. */
const TO_UNBLOCK = /\b(?:to\s+(?:get|unblock|approve|secure|request|ask|check|confirm|find\s+out|learn)|for\s+(?:approval|sign-off|a\s+decision|budget|headcount))(?!\w)/i;
/** Raising a problem in order to take it on ("and said I wanted to own it") claims it rather than routes it. */
const CLAIMS_IT = /\b(?:said|told\s+\w+|made\s+clear|offered|volunteered|asked)\s+(?:that\s+)?(?:I\s+(?:wanted|would|'d|was\s+going|could)\s+)?(?:to\s+)?(?:own|take|fix|handle|pick\s+up|lead|drive)(?!\w)|\bvolunteered\b/i;
/** Manager updates are good practice, not routing, in stories about risks and deadlines. */
const MANAGER_UPDATE = /\b(?:let|told|informed|notified|messaged|pinged|emailed)\s+my\s+(?:manager|lead|boss)(?!\w)/i;

/** The sentence hands the problem to someone else (not a manager update, not a request that unblocks
 * the speaker's own work, not raising it in order to take it on). */
export const routesWork = memoByText((text: string): boolean => ROUTING.test(text) && !MANAGER_UPDATE.test(text) && !TO_UNBLOCK.test(text) && !CLAIMS_IT.test(text));
