// "They handled it": someone else performs the decisive fix and the speaker never appears.
import { actorPatterns, firstActor, speakerOwnsFix, speakerVisible } from '../nlp/actors';
import { FIX, INVESTIGATE, core, pastForms, splitPastForms } from '../nlp/lexicon';
import { ownStepsAround } from '../rephrase/ownership';
import { isHypothetical } from './shared/hypothetical';
import { routesWork } from './shared/routing';
import { readableSentences } from '../nlp/story-parts';
import type { Rule, RuleHit } from './types';
import { precompiled } from '../engine/precompiled';

const NOT_A_NAME = /^(?:I|We|It|This|That|The|A|An|Our|My|Their|His|Her|Its|Some|All|Each|Every|Both|These|Those|Then|After|Once|When|So|Finally|Eventually|Later|Everyone|Nobody|Everything|Nothing|Support|Customers?|Users?|Errors?|Alerts?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const TEAM = String.raw`(?:[\w&-]+\s+){0,2}?(?:team|owners?|on-call(?:\s+engineer)?|vendor|maintainers?|SREs?|DBAs?|support)`;
const PERSON = String.raw`(?:engineers?|developers?|devs?|colleagues?|teammates?|coworkers?|contractors?|consultants?|analysts?|admins?|administrators?|architects?|specialists?|technicians?|DBA|SRE|lead|manager)`;
/** "Priya, our senior engineer, rewrote it": a short description between the actor and the verb. */
const APPOSITIVE = String.raw`(?:,\s+(?:our|their|the|a|an|my|one\s+of\s+(?:our|their|the))\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,)?`;
/** Someone other than the speaker, with an optional "from the storage team" or ", who". */
const OTHER = String.raw`\b(?:[Tt]hey|[Hh]e|[Ss]he|[Ss]omeone(?:\s+else)?|[Tt]he\s+${TEAM}|[Tt]he\s+(?:[\w-]+\s+)?${PERSON}|[Tt]he\s+(?:[\w-]+\s+){0,2}?[\w-]+'s\s+(?:[\w-]+\s+)?${PERSON}|(?:[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'-]+\s+){0,2}?(?:team|owners?|on-call|support|${PERSON})|[Mm]y\s+(?:manager|lead|boss|tech\s+lead|teammates?|colleagues?|coworkers?|senior)(?:\s+[A-Z][a-z]+)?|(?:[Aa]n?|[Aa]nother|[Oo]ne\s+of\s+(?:the|our|their))\s+(?:senior\s+|other\s+|on-call\s+|backend\s+|frontend\s+|platform\s+)?${PERSON}|(?:[Oo]ps|DevOps|IT|SRE|[Ii]nfra|[Ss]ecurity)(?:\s+team)?|[A-Z][a-z]+(?![\w-]))(?:\s+(?:from|on|in|at)\s+(?:the|their|our)\s+${TEAM})?${APPOSITIVE}(?:,?\s+who)?`;
const EXTRA = String.raw`took\s+(?:it\s+)?(?:from\s+there|over)|stepped\s+in|jumped\s+(?:in|on\s+it)|came\s+up\s+with\s+(?:a|the)\s+(?:fix|solution|workaround|patch)|put\s+out\s+(?:a|the)\s+(?:fix|patch|hotfix)|took\s+care\s+of|got\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:running|working|back)|handled|restored|wrote\s+(?:a|the)\s+(?:fix|patch)|pushed\s+(?:a|the)\s+(?:fix|patch)|sent\s+(?:a|the)\s+(?:fix|patch|new\s+version)|(?:shipped|released|rolled\s+out|deployed|published|issued)\s+(?:a|the|their|an)\s+(?:[\w.-]+\s+){0,2}?(?:fix|patch|hotfix|update|version|release)`;
const OTHERS_ACT = actorPatterns(OTHER, `${pastForms(core(FIX), core(INVESTIGATE))}|${splitPastForms(core(FIX), core(INVESTIGATE))}|${EXTRA}`);
const DONE_BY_OTHER = precompiled(new RegExp(String.raw`\b(?:was|were|got)\s+(?:\w+ly\s+)?(?:fixed|handled|resolved|solved|deployed|patched|rolled\s+back|reverted|taken\s+care\s+of|sorted\s+out|implemented|rebuilt|restored)\s+by\s+(?!me\b|myself\b)(${OTHER})`));

function accept(actor: string): boolean {
  if (/^(?:the|my|our)\s+team$/i.test(actor)) return false; // the speaker's own team is we-language
  const head = /^[A-Z][a-z]+(?=$|,)/.exec(actor)?.[0];
  return !(head && NOT_A_NAME.test(head));
}

/** The actor of someone else's decisive step in the sentence, if any. */
function otherActor(text: string): string | undefined {
  const byOther = DONE_BY_OTHER.exec(text)?.[1];
  return firstActor(OTHERS_ACT, text, accept) ?? (byOther && accept(byOther) ? byOther : undefined);
}


const rule: Rule = {
  id: 'others-did-it',
  severity: 'error',
  message: 'Someone else makes the decisive fix here, and the answer never shows what you did.',
  why: 'A story about your ownership needs you in it: if another person fixed the problem, the interviewer learns nothing about you.',
  check(story) {
    const told = readableSentences(story).filter((s) => s.section !== 'reflection' && !isHypothetical(s.text));
    // Finding the cause and then routing it on still leaves the decisive fix to someone else.
    const handedOn = told.some((s) => routesWork(s.text)) && !told.some((s) => speakerOwnsFix(s.text));
    if (!handedOn && told.some((s) => speakerVisible(s.text))) return [];
    const hits: RuleHit[] = [];
    for (const s of told) {
      const actor = otherActor(s.text);
      if (actor) hits.push({ start: s.start, end: s.end, suggestion: ownStepsAround(s.text) });
    }
    return hits;
  },
  examples: {
    flagged: [
      {
        text: 'Checkout slowed to a crawl after a schema change on a Friday. I looped in the database on-call and passed the incident to her. She rolled the migration back and checkout recovered within the hour. I learned to schedule migrations earlier in the week.',
        options: { question: 'production-incident' },
      },
      {
        text: 'Our marketing pages loaded in eight seconds on mobile. I found that the banner images were several megabytes each and raised a ticket with the web team, with the numbers attached. A month later the web team compressed the images and load time fell to three seconds.',
        options: { question: 'ownership' },
      },
      {
        text: 'There was a problem with webhooks failing sometimes. I did escalate it - I sent them a Slack message and they handled it. After that the errors stopped and the team was happy.',
        options: { question: 'production-incident' },
      },
      {
        text: 'Our payments page went down on a Friday evening. I noticed the alerts first and posted in the incident channel. My manager rolled back the release and the page came back after forty minutes. I learned how important it is to watch the alerts.',
      },
      {
        text: "A customer's data export kept failing with a timeout. I checked the status page and saw nothing, so I asked around. Priya from the data team found the root cause, a missing index, and the export worked again that afternoon. The customer renewed their contract.",
      },
      {
        text: 'Our booking site showed the wrong prices to Canadian users. I noticed it in the analytics and posted a note in the pricing channel. Marco, one of their backend developers, patched the currency conversion the same evening. Prices were right again the next morning.',
      },
    ],
    passing: [
      {
        text: 'The mobile and backend teams could not agree on how to page the feed API. I was asked to decide, so I heard both sides, compared the two designs on our slowest screens and went with cursors. Backend built it and mobile moved their client over. Feed errors on long lists fell from 4% to zero.',
        options: { question: 'conflict' },
      },
      {
        text: 'Search was returning stale results. I traced it to a consumer that crashed on one bad message and wrote a handler that parks those messages. Priya, our tech lead, reviewed the change and merged it. Freshness went back to under a minute. I now add a dead letter queue to every consumer.',
      },
      {
        text: "The Platform team's webhook service was dropping 0.3% of events and nobody owned the problem, so I did. I traced the drops to the retry logic, reproduced it locally, and I shipped a fix with tests after their tech lead reviewed it. The drops went to zero and we recovered around $8,000 a week. I would propose a shared SLO for webhooks.",
        options: { question: 'production-incident' },
      },
      {
        text: 'Our search index fell a day behind. I dug into the consumer lag, found a poison message that crashed every batch, and wrote a skip-and-park handler. The SRE team deployed it in the next window, and the index caught up in two hours. I now add a dead letter queue to every consumer I write.',
      },
      {
        text: 'Two services disagreed on the user id format after a migration. I wrote a script that compared both databases and found 3,000 mismatched rows. I proposed a backfill, and the identity team fixed their writer while I ran the backfill over a weekend. Mismatches went to zero and login errors fell by 90%.',
      },
    ],
  },
};

export default rule;
