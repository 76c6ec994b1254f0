// "Because I had some free time": a motive of convenience instead of ownership.
import { ownershipMotive } from '../rephrase/motive';
import { precompiled } from '../engine/precompiled';
import { isHypothetical } from './shared/hypothetical';
import { readableSentences } from '../nlp/story-parts';
import type { Rule, RuleHit } from './types';

const IMPACT = /\b(?:customers?|users?|merchants?|clients?|partners?|patients?|revenue|money|[$€£]\s?\d|costs?|costing|los(?:ing|t|s)|outages?|churn|SLAs?|SLOs?|risk|risked|orders?|business|complaints?|deadline|blocked|broken|security|safety|compliance|incident|downtime|failures?|errors?|missed|delays?|delayed|delaying|late)(?!\w)/i;
/** "It was also a chance to learn": a second reason next to one already given. */
const ALSO = /\b(?:also|as\s+well|bonus|side\s+benefit)(?!\w)/i;
/** Softeners that may sit inside a state: "I was honestly bored", "our sprint was pretty light". */
const SOFT = String.raw`(?:(?:\w+ly|a\s+(?:bit|little)|kind\s+of|sort\s+of|pretty|so|quite|getting|fairly|very)\s+){0,2}`;
/** Stretches of work time, as the subject of "was light/slow/quiet". */
const PERIOD = String.raw`(?:sprint|week|day|month|quarter|period|workload|things|(?:my|our)\s+(?:load|backlog|schedule|calendar|queue|inbox|plate))`;
/** Opportunistic motives: weak wherever they appear, unless the same sentence names what was at stake. */
const CONVENIENCE = [
  // Spare time, in any of its words: "had some free time", "had bandwidth", "in my downtime", "a slow week".
  /\b(?:had|got|found|with)\s+(?:some\s+|a\s+bit\s+of\s+|a\s+little\s+|a\s+lot\s+of\s+)?(?:free|spare|extra|idle)\s+(?:time|hours|cycles|capacity|afternoons?|days?)(?!\w)/i,
  /\bhad\s+(?:some\s+)?(?:downtime|slack|time\s+on\s+my\s+hands)(?!\w)|\bin\s+my\s+(?:spare|free|down)\s*time\b|\b(?:during|in)\s+(?:some|a)\s+(?:\w+\s+)?(?:downtime|lull)(?!\w)|\b(?:slow|slower|quiet|quieter|light|lighter|dead|empty)\s+(?:(?:couple|few|pair)\s+of\s+|few\s+)?(?:weeks?|sprints?|days?|period|stretch|months?|quarter|load|workload|schedule|calendar)(?!\w)|\b(?:since|because|as)\s+I\s+had\s+(?:the\s+|some\s+)?time\b|\bwhile\s+(?:I\s+was\s+)?waiting\s+(?:for|on)\s+(?:my|a|the)\s+(?:new\s+|next\s+)?(?:project|assignment|access|laptop|onboarding)(?!\w)|\bnothing\s+(?:much\s+|urgent\s+|pressing\s+|big\s+)?(?:on|in)\s+my\s+(?:plate|queue|backlog|inbox|list)(?!\w)/i,
  // Time to spare as an amount: "I still had plenty of time for my own work".
  /\bI\s+(?:still\s+|also\s+)?(?:have|had|has)\s+(?:plenty|lots|a\s+lot|loads|a\s+bunch)\s+of\s+(?:free\s+|spare\s+|extra\s+)?time(?!\w)/i,
  /\bI\s+had\s+(?:some\s+|a\s+lot\s+of\s+)?(?:extra\s+|spare\s+)?(?:bandwidth|capacity|cycles)(?!\w)|\b(?:time|days?|hours?|afternoons?)\s+to\s+kill\b|\bbetween\s+projects\b|\bon\s+the\s+bench\b/i,
  // "Our sprint was light … so I picked up": a quiet period given as the reason to start.
  new RegExp(String.raw`\b${PERIOD}\s+(?:was|were|had\s+been|got)\s+${SOFT}(?:light|slow|quiet|empty|calm|dead|clear|open)(?!\w)[^.;!?]{0,120}?\b(?:so|and)\s+I\b`, 'i'),
  // Looking for something to do: "something to fill the afternoons", "to keep myself busy", "nothing to
  // do" (not "nothing to do with pastry").
  /\blooking\s+for\s+(?:something|anything|work|a\s+(?:side\s+)?(?:project|task))\s+to\s+(?:do|fill|work\s+on|pick\s+up|keep)(?!\w)|\bto\s+fill\s+(?:the|my|some|a\s+few|those)\s+(?:\w+\s+)?(?:time|afternoons?|mornings?|days?|hours?|gaps?|weeks?|downtime)(?!\w)|\bto\s+keep\s+(?:myself\s+)?busy\b|\b(?:nothing|little)\s+(?:much\s+|else\s+)?(?:to\s+do(?!\s+with)|assigned\s+to\s+me|going\s+on)(?!\w)/i,
  // Wanting something to do, or having run out of work: "wanted something to do", "finished my tickets early".
  /\b(?:wanted|needed|looking\s+for|wanting|find|found|have|had)\s+(?:something|anything)\s+(?:(?:else|new|extra|more)\s+)?to\s+(?:do|work\s+on|pick\s+up|keep\s+(?:me|myself)\s+(?:busy|occupied)|occupy)(?!\w)|\b(?:finished|wrapped\s+up|cleared|got\s+through|done\s+with)\s+(?:all\s+)?(?:my|our)\s+(?:\w+\s+)?(?:tickets?|tasks?|work|queue|backlog|sprint(?:\s+work)?|assignments?|stories)\s+(?:\w+\s+)?(?:early|ahead\s+of\s+(?:time|schedule))(?!\w)|\b(?:ran|run)\s+out\s+of\s+(?:work|tickets|tasks|things\s+to\s+do)(?!\w)/i,
  // Ease given as the reason: "because it was not a hard problem", "it looked simple, so I offered".
  /\b(?:because|since)\s+(?:I\s+(?:think|thought|figured|felt|knew)\s+)?(?:it|this|that)\s+(?:is|was|would\s+be|'s|seemed|looked)\s+(?:(?:not|n't)\s+(?:a\s+)?(?:very\s+|really\s+|that\s+|too\s+|particularly\s+)?(?:hard|difficult|complex|complicated|big)|(?:an?\s+)?(?:(?:very|really|pretty|fairly|quite|relatively)\s+)?(?:easy|simple|quick|straightforward|small))(?!\w)|\b(?:seemed|looked|sounded)\s+(?:like\s+)?(?:an?\s+)?(?:(?:very|really|pretty|fairly|quite|relatively)\s+)?(?:easy|simple|straightforward|quick)(?:\s+(?:fix|problem|task|job|change|one|thing))?,?\s+so\s+I\b/i,
  new RegExp(String.raw`\b(?:I\s+was|I\s+got|I'd\s+(?:gotten|been)|I\s+had\s+been|I\s+felt|being)\s+${SOFT}(?:bored|restless|under-?utili[sz]ed|idle)(?!\w)|\b(?:out\s+of|from)\s+(?:pure\s+|sheer\s+)?boredom\b|\bnothing\s+(?:better|else)\s+to\s+do\b`, 'i'),
  // Generic helpfulness ("wanted to help", "to help out"), not "wanted to help the customers who were locked out".
  /\bwanted\s+to\s+help(?:\s+(?:out|them|the\s+team|a\s+bit))?(?=\s*(?:[,.;!]|and\b|so\b|$))/i,
  /\b(?:seemed|looked|sounded)\s+(?:like\s+)?(?:(?:a|an)\s+)?(?:really\s+|kind\s+of\s+|pretty\s+|fun\s+and\s+)?(?:interesting|fun|cool|neat)(?!\w)|\bfor\s+fun\b|\bout\s+of\s+(?:pure\s+)?curiosity\b|\bI\s+(?:was|got|became)\s+(?:\w+\s+)?curious(?!\s+(?:why|whether|if|what\s+(?:caused|broke|went\s+wrong))(?!\w))|\b(?:seemed|looked|sounded)\s+like\s+(?:an?\s+)?(?:easy|quick)\s+win\b|\b(?:seemed|looked|sounded)\s+like\s+(?:some\s+)?low-?hanging\s+fruit\b|\b(?:thought|figured)\s+it\s+(?:would\s+be|'d\s+be|might\s+be|could\s+be)\s+(?:a\s+)?(?:really\s+|pretty\s+)?(?:fun|interesting|cool|neat)(?!\w)/i,
].map(precompiled);
/** Self-serving motives: weak only when the story gives no stake at all. */
const SELF_SERVING = [
  // Trying a tool for its own sake: "wanted to try out GraphQL", "a chance to play with Kafka".
  /\b(?:wanted|chance|opportunity|excuse|itching)\s+to\s+(?:try(?:\s+out)?|play\s+(?:around\s+)?with|experiment\s+with|tinker\s+with|get\s+(?:my\s+hands\s+(?:on|dirty)|(?:some\s+)?(?:hands-on\s+)?experience))(?!\w)/i,
  /\b(?:wanted|chance|opportunity|way|excuse|project|app|course|hackathon)\s+to\s+learn\b(?!\s+(?:why|how|what|whether|where|when|if|from|which|that|more\s+about\s+(?:the|their|our)))|\bto\s+learn\s+something\s+new\b|\blearning\s+opportunity\b/i,
  // Learning in other words, or practising a skill, as the reason: "wanted to gain a deeper
  // understanding of React", "to get better at Go", "an opportunity to revisit and refresh the skills I had learned".
  /\b(?:wanted|chance|opportunity|way|excuse)\s+to\s+(?:(?:gain|get|build|deepen|broaden)\s+(?:a\s+)?(?:deeper|better|stronger|more|some|solid)?\s*(?:understanding|knowledge|grasp|skills?|familiarity)\s+(?:of|in|with)\b|(?:(?:apply|practi[cs]e|use|exercise|refresh|revisit|sharpen|hone|polish|stretch|test|flex)\s+(?:and\s+)?){1,2}(?:(?:my|the|our|some|new|those)\s+)?(?:[\w-]+\s+){0,2}?skills?(?!\w))|\b(?:wanted|chance|opportunity)\s+to\s+get\s+better\s+at\b/i,
  /\bto\s+(?:pad|improve|build|boost|strengthen|help)\s+my\s+(?:resume|résumé|CV|portfolio|profile|promo(?:tion)?\s+(?:case|packet|doc))\b|\bfor\s+my\s+(?:resume|résumé|promotion|promo|performance\s+review|review|development\s+plan|growth\s+plan|OKRs?|(?:personal|yearly|annual)\s+goals)\b|\bto\s+get\s+(?:promoted|noticed|visibility)(?!\w)/i,
  // How it would look rather than what it would fix: "it looked good for promotion", "would look great on my CV".
  /\b(?:look(?:ed|s)?|seemed|sounded|be)\s+(?:really\s+|pretty\s+|very\s+)?(?:good|great|nice|impressive)\s+(?:for|on|in)\s+(?:a\s+|my\s+|the\s+|next\s+)?(?:\w+\s+)?(?:promotion|promo|resume|résumé|CV|review|performance\s+review|career|portfolio)(?!\w)|\bto\s+(?:impress|stand\s+out\s+(?:to|with|for))\s+(?:my\s+|the\s+)?(?:manager|lead|leadership|boss|director|VP|promotion\s+committee)(?!\w)/i,
].map(precompiled);
/** Markers that introduce a reason; the clause after them must name what was at stake. */
const REASON = /\b(?:because|since|which\s+(?:meant|cost|blocked|hurt|affected)|meaning|realized|recognized|saw\s+that|knew|at\s+risk|(?:was|were)\s+(?:costing|losing|hurting|blocking|breaking|delaying|affecting)|risked|to\s+(?:protect|stop|unblock|save))(?!\w)([^,.;]{0,200})/gi;
/** "Customers were losing orders, so I took it on": the reason comes before "so". */
const SO_I = /(?:^|[,;]\s*)((?:[^,;]|,(?=\d)){0,200}?),?\s+so\s+I\b/gi;

/** Whether the sentence gives an impact-driven reason (not just any mention of failures). */
function statesStake(text: string): boolean {
  for (const re of [REASON, SO_I]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (IMPACT.test(re === REASON ? m[0] : (m[1] ?? ''))) return true;
    }
  }
  return false;
}

const rule: Rule = {
  id: 'weak-motivation',
  severity: 'warning',
  message: 'The reason you give for stepping in is convenience, not what was at stake.',
  why: 'Interviewers listen for why you acted: owning a problem because of its impact is the signal, having spare time is not.',
  check(story) {
    const told = readableSentences(story).filter((s) => s.section !== 'reflection' && s.section !== 'result' && !isHypothetical(s.text));
    const storyText = story.text.slice(story.start, story.end);
    const stakeGiven = () => readableSentences(story).some((s) => s.section !== 'reflection' && statesStake(s.text));
    const hits: RuleHit[] = [];
    for (const s of told) {
      const convenience = CONVENIENCE.some((re) => re.test(s.text)) && !statesStake(s.text);
      const selfServing = !convenience && SELF_SERVING.some((re) => re.test(s.text)) && !ALSO.test(s.text) && !stakeGiven();
      if (!convenience && !selfServing) continue;
      hits.push({ start: s.start, end: s.end, suggestion: ownershipMotive(s.text, storyText) });
    }
    return hits;
  },
  examples: {
    flagged: [
      {
        // A quiet stretch and an empty queue given as the reason.
        text: 'I had a slow few weeks after the release and nothing pressing in my queue, so I decided to tidy up our build scripts. I merged four duplicate scripts, removed dead targets and documented the rest. Builds went from 14 minutes to 9. I now keep a short list of clean-ups ready for quiet weeks.',
      },
      {
        text: 'I\'d wrapped up my sprint tickets early and wanted something to do, so I offered to speed up the slow reporting page. I profiled the queries, added two indexes and cached the totals. The page went from 9 seconds to under 1 second. I now profile before I change anything.',
      },
      {
        text: 'A rewrite of the settings screen looked good for promotion, so I volunteered to lead it. I split the screen into six components, wrote tests for each, and shipped it in three weeks. Settings crashes went from 40 a week to two. I learned to ask what problem a rewrite solves first.',
      },
      {
        text: "Because I had some free time and wanted to help, I looked at the webhook failures in the Platform team's service. I reproduced the drop locally, I fixed the retry logic with tests, and I monitored the queue for a week after the deploy. Failures went from 0.3% to zero, about $8,000 a week in revenue. I'd set up a shared SLO for webhook delivery next time.",
        options: { question: 'production-incident' },
      },
      {
        text: 'It was a slow sprint for me, so I picked up an old ticket about flaky integration tests. I ran the suite 200 times, found two tests that shared a database, and isolated them. Flaky failures dropped from 15% of runs to under 1%. I now run new tests in a loop before merging them.',
      },
      {
        text: 'Our internal admin tool was written in an old framework, and I wanted to learn React, so I offered to rewrite it. I rebuilt the five main screens over a month and added tests. Page loads went from 3 seconds to under 1 second. I learned to migrate one screen at a time.',
        options: { question: 'ownership' },
      },
      {
        text: 'My queue was pretty quiet that month and I had a few days to kill, so I offered to clean up the shared drive permissions. I audited 400 folders and removed 60 stale external shares. No client files are visible outside the company now. I learned to review external shares every quarter.',
      },
      // Time as an amount, ease as the reason, and learning as a project's purpose.
      {
        text: 'I still had plenty of time left after my own tickets, so I offered to look at the flaky login test. I ran it 300 times, found a race on the session cookie and fixed the wait. The test has not failed in a month. I now loop new tests before merging them.',
      },
      {
        text: 'Our CSV export timed out for big accounts, and I picked up the ticket because I figured it was not a very hard problem. I added paging to the query and streamed the rows. Exports of 50,000 rows now finish in 20 seconds. I learned to check the largest account first.',
      },
      {
        text: 'I built a room booking tool for our office as a side project to learn Vue. I wrote the calendar view, the booking form and a small API. Twelve people used it in the first week. I learned to ship a small version first.',
        options: { question: 'ownership' },
      },
      // Practising a skill as the reason.
      {
        text: 'Our finance team asked for a dashboard of monthly spend, and I saw it as a chance to practise my SQL skills. I wrote the queries, checked the totals against the ledger and set up a weekly refresh. The team now reads the dashboard every Monday. I learned to agree on definitions before writing a query.',
      },
    ],
    passing: [
      {
        text: 'I\'d finished reviewing the incident queue when I saw that the reporting page timed out for our largest customers, who were asking to cancel. I took it on because those accounts were about 20% of revenue. I profiled the queries, added two indexes, and the page went from 9 seconds to under 1 second. I now profile before I change anything.',
      },
      {
        text: 'It was a quiet Sunday when the payment gateway started rejecting every card. I was on call, so I rolled back the morning deploy and confirmed the error rate dropped. Card failures went back to 0.1% within 15 minutes. I now check gateway errors before any weekend deploy.',
      },
      {
        text: 'I noticed that 0.3% of webhooks in the Platform team\'s service were failing, and every failure was a merchant missing an order. I took it on because it was costing about $8,000 a week and nobody owned it. I reproduced the bug, fixed the retry logic with tests, and watched the queue for a week. Failures went to zero. I would propose a shared SLO for webhooks.',
      },
      {
        text: 'Support tickets about password resets doubled after a release, and I wanted to help the customers who were locked out. I traced it to an expired email template, fixed it, and added a check to the release pipeline. Reset tickets went back to normal within a day. I learned to test transactional emails in every release.',
      },
      {
        // Learning that the work demanded, and ease that came after the decision, are not motives.
        text: 'Our vendor dropped the old payments API with a month of notice, so I had to learn their new SDK quickly. It looked simple at first, but refunds used a different flow. I rebuilt the refund path with tests and we switched over a week early with no failed refunds. I now read a vendor\'s changelog every month.',
      },
      {
        // A skill put to use where the stake is named is not a self-serving motive.
        text: 'Checkout failed for about 3% of customers after a payment provider change. I took it on because it was costing orders every hour, and it was also a chance to use the tracing skills I had picked up. I traced the failures to a rounding error, fixed it with tests and watched the error rate for a day. Failures went from 3% to 0.02%. I now add a rounding test to every currency change.',
      },
      {
        text: 'Our CI builds took 40 minutes, which blocked every engineer several times a day. I profiled the pipeline and found the dependency install was never cached. I added caching and split the tests into four parallel jobs. Builds went down to 9 minutes, and it was a good chance to learn our CI system properly. I now profile a slow process before optimizing it.',
      },
    ],
  },
};

export default rule;
