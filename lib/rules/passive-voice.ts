// "The fix was deployed": a key step told in the passive, with nobody doing it.
import { findPassives } from '../nlp/passive';
import { OWN_ASSIGNMENT } from '../nlp/lexicon';
import { actionSentences, readableSentences } from '../nlp/story-parts';
import { offer } from '../rephrase/offer';
import { passiveToActive } from '../rephrase/passive-to-active';
import { slot } from '../rephrase/slots';
import { isHypothetical } from './shared/hypothetical';
import type { Rule, RuleHit } from './types';

const SPEAKER_FIRST = /\bI\b/;
/** When a setting sentence is read as action (no Action part found), only the fix's own artifacts count. */
/** Once the speaker states their assignment ("my task was…", "I was asked to…"), what follows is the work. */
const TAKES_IT_ON = new RegExp(String.raw`\b(?:${OWN_ASSIGNMENT}|I\s+was\s+(?:asked|assigned|tasked|responsible|the\s+\w+\s+assigned)|I\s+(?:volunteered|offered|decided|took\s+(?:it|this)\s+on|picked\s+(?:it|this)\s+up))(?!\w)`);
// States the service returns to, told with how long it took.
const RECOVERED = /^(?:restored|recovered|brought back|back)$/i;
const HOW_FAST = /^\s*(?:in|within|after)\s+(?:about\s+|around\s+|under\s+|just\s+)?\d+\s*(?:ms|milliseconds?|seconds?|minutes?|mins?|hours?|days?)(?!\w)/i;
const SEQUENCE = /\b(?:then|next|after\s+that|afterwards|finally)(?!\w)/i;
const FIX_ARTIFACT = /\b(?:fix|fixes|patch|hotfix|change|changes|rollback|root\s+cause|cause|bug|issue|problem|logs?|solution|workaround|PR|pull\s+request|query|index|alert|test|tests|it)(?!\w)/i;

const rule: Rule = {
  id: 'passive-voice',
  severity: 'warning',
  message: 'A key step is told in the passive, so nobody is doing it; say who did it.',
  why: 'An interviewer credits only the actions they can attribute to you: "I deployed the fix" shows ownership, "the fix was deployed" hides it.',
  check(story) {
    const actions = actionSentences(story);
    const hits: RuleHit[] = [];
    let narrating = false;
    for (const s of readableSentences(story)) {
      // Read as setting until the speaker takes the work on; "s" itself states the assignment.
      const setting = s.section === 'situation' && !narrating;
      if (s.section === 'situation' && TAKES_IT_ON.test(s.text)) narrating = true;
      const inResult = s.section === 'result';
      if (!actions.includes(s) && !inResult) continue;
      if (isHypothetical(s.text)) continue;
      const firstI = s.text.search(SPEAKER_FIRST);
      const steps = findPassives(s.text).filter((p) => p.keyAction);
      // Two steps in a row ("the counts were reconciled and the app was reconfigured") or a "then" tell work, not setting.
      const sequence = steps.length >= 2 || steps.some((p) => SEQUENCE.test(p.lead + p.adverb));
      const passives = steps.filter(
        (p) =>
          // "I wrote the patch and it was deployed the next day": the speaker is already the actor.
          !(firstI >= 0 && firstI < p.start) &&
          (!setting || sequence || FIX_ARTIFACT.test(p.subject)) &&
          // A Result's "post-mortems were written for 95% of incidents" or "service was restored in 20
          // minutes" states a measure; "the issue was resolved" is a step with no one doing it
          // (LABELING.md), and so is "the fix was deployed in 40 minutes": how fast does not say who.
          !(inResult && /\d/.test(p.rest) && !(HOW_FAST.test(p.rest) && !p.participles.some((w) => RECOVERED.test(w)))),
      );
      if (passives.length === 0) continue;
      const rewrite = passiveToActive(s.text);
      hits.push({ start: s.start, end: s.end, ...(rewrite ? offer(rewrite, passiveToActive(s.text, slot('who did it'))) : {}) });
    }
    return hits;
  },
  examples: {
    flagged: [
      {
        // Raising it and the outcome, told with no one doing it.
        text: 'Our build agents ran out of disk every few days. In the next platform sync the problem was raised, and a cleanup job was agreed on. The recurring disk alerts were eliminated within a month.',
      },
      {
        // Stopping and bringing back, told with no one doing it.
        text: 'A runaway import locked the orders table on a Sunday and checkout stopped. The import was killed, the table was unlocked and the site was brought back up within the hour. Failed checkouts went from 100% to zero, and I now run imports behind a lock timeout.',
      },
      {
        text: 'Our cache filled up one morning and started dropping sessions. I was on call, so it was mine. I found one service writing keys with no expiry. A TTL of one hour was set on those keys with a script, and memory fell from 97% to 55% within ten minutes. I now review expiry settings in every design.',
      },
      {
        text: "The webhook service, which belonged to another team, was dropping events and no one owned it. The logs were analyzed and the retry bug was found. A fix was implemented and it was deployed after review. Errors dropped from 0.3% to 0%, which was worth $8,000 a week. I'd propose a shared SLO next time.",
        options: { question: 'production-incident' },
      },
      {
        text: 'Our mobile app crashed on launch for users on older Android versions. I pulled the crash reports and saw they all came from one image library. The library was downgraded and a hotfix was shipped within four hours. Crash-free sessions went back to 99.8%. I now test every release on the oldest supported device.',
      },
      {
        text: 'I was the on-call engineer when the checkout latency tripled. The slow query was identified from the database traces. An index was added and the cache was tuned, and latency went back to 300 ms within an hour. I learned to keep query plans in our review checklist.',
      },
      {
        text: 'Our pricing model was a year stale, and my job was to refresh it. The data was collected from the last four quarters and the model was retrained on it. Forecast error fell from 12% to 5%. I learned to schedule a refresh with every planning cycle.',
      },
    ],
    passing: [
      {
        text: 'Our cache filled up one morning and started dropping sessions. I was on call, so it was mine. I found one service writing keys with no expiry. I set a one-hour TTL on those keys with a script, and memory fell from 97% to 55% within ten minutes. The deadline was set by the client.',
      },
      {
        text: 'The warehouse team was stretched thin and the scanners were owned by the vendor. I wrote a script that synced the counts every hour and tested it in one store first. Mismatches fell from 8% to 1%. I learned to pilot a change in one store before rolling it out.',
      },
      {
        text: "The webhook service was owned by the Platform team, and events were being dropped. I searched the delivery logs, found the retry bug, and wrote a fix with tests. I followed up with their tech lead until the fix was merged and deployed. Drops went from 0.3% to zero, recovering $8,000 a week. I'd propose a shared SLO for webhooks.",
      },
      {
        text: 'The billing system was written in Java years ago and was maintained by a team that had since left. I volunteered to own the monthly invoice job. I reproduced the rounding error with last month\'s data and rewrote the calculation with tests. Invoice disputes fell from 40 to 2 a month. I learned to ask for the oldest unowned job on any team I join.',
      },
      {
        text: 'I noticed our search results were stale for up to an hour. I traced it to a cron job that silently failed, rewrote it as a queue consumer, and added an alert on lag. Once it was deployed, freshness went from 60 minutes to under 1 minute in every region. I now add a lag alert to every new consumer.',
      },
    ],
  },
};

export default rule;
