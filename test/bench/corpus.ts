// Benchmark texts: realistic STAR answers, strong and weak, and prep documents of a chosen size
// built from them. Every story gets its own numbers and names, so a per-story cache cannot
// flatter a "cold" run by recognising repeated stories.

const HEADINGS = [
  'Q{n}: Describe a time you made a technical decision that caused a production incident.',
  '## {n}. Tell me about a time you took ownership of something outside your role',
  'Q{n}: Tell me about a time you disagreed with your manager?',
  '## {n}. A time you missed a deadline',
  'Q{n}: Tell me about a time you had to lead without authority.',
];

// One answer per heading above; {n} and {m} are replaced per story.
const ANSWERS = [
  `Situation: In {m} I was a backend engineer on the payments team of an online retailer with about {n}0 engineers. Checkout ran on a Java service in front of a Postgres cluster that four of us maintained, and a shared Redis cache held sessions and carts.
Task: Earlier that quarter I had proposed moving cart reads to the cache to cut database load by {n} percent, and I owned that change from design to rollout.
Action: Two days after the release, the error rate on checkout rose to {n}.4 percent during the evening peak. I took the incident, paged the on-call database engineer and rolled the change back within twelve minutes. I reproduced the failure in staging by replaying {n}00 recorded carts and found that my cache keys ignored the currency, so carts switched currency mid-checkout. I wrote a fix with a regression test, asked a second reviewer from the platform team to check the key scheme, and released it behind a flag to five percent of traffic. I watched the dashboards for two hours before widening it. The next morning I wrote a short incident review with the timeline, the customer impact and three follow-ups, and walked the payments and platform teams through it, so that the next cache change would start from a checklist instead of from memory.
Result: Checkout errors went back under 0.1 percent, and the database load dropped by {n} percent as planned, which saved about {n}0 thousand dollars a year in replicas. I added an alert on currency mismatches and a cache-key review item to our design template, and two other teams adopted it.
Reflection: I learned to treat cache keys as part of the data model and to test them with production-shaped data before a rollout, not after.`,
  `Situation: Our nightly export to the finance team failed about once a week, and nobody owned the job since its author left in {m}.
Task: It was not my team's job, but the failures delayed month-end close by {n} hours each time, so I decided to fix it.
Action: I read {n} weeks of job logs and traced the failures to a timeout on one slow query. I rewrote the query with an index the DBA approved, added retries with backoff, and moved the job to our scheduler with an owner field and a failure alert.
Result: The job has run {n}0 nights in a row without a failure, and month-end close now finishes a day earlier.
Reflection: Unowned jobs fail quietly; I now ask for an owner on every scheduled task in design reviews.`,
  `Situation: My manager wanted to ship the mobile redesign in {m} without the accessibility fixes, to hit a marketing date.
Task: I kind of disagreed, because I think about {n} percent of our users rely on screen readers.
Action: We basically talked about it in a meeting and sort of agreed to maybe revisit later. The fixes were deployed in the next release.
Result: It went well and everyone was pleased.
Reflection: I learned that communication is important.`,
  `Situation: I led the migration of {n} services to a new logging pipeline with a hard cutoff when the old vendor contract ended.
Task: I owned the plan and the date.
Action: I split the work into waves, paired with each service owner, and wrote a script that checked every service's log volume before and after its switch. When the third wave slipped by a week, I told my manager the same day, proposed dropping two low-traffic services from the first cut, and negotiated a {n}-day extension with the vendor.
Result: We missed the original date by {n} days but moved {n}0 percent of traffic on time and avoided a renewal that would have cost {n}0 thousand dollars.
Reflection: I now plan migrations with a buffer per wave and a weekly check on the riskiest dependency.`,
  `Situation: Three teams each built their own feature-flag library, and flags leaked into production unreviewed, causing {n} incidents in {m}.
Task: I had no authority over the other teams, but I wanted one library and one review rule.
Action: I collected the incident reports, wrote a one-page proposal with the cost of each incident, and ran a meeting with the three tech leads. I built the shared library myself, migrated my own team first, and offered pairing sessions to the others. I added a CI check that fails a build when a flag has no owner or expiry date.
Result: All three teams moved within {n} weeks, flag-related incidents dropped to zero for two quarters, and the CI check now runs on {n}0 repositories.
Reflection: Influence came from data and from doing the first migration myself; next time I would bring the tech leads in before writing the proposal.`,
];

function fill(template: string, n: number): string {
  return template.replaceAll('{n}', String(n)).replaceAll('{m}', String(2000 + (n % 25)));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A full, roughly 300-word STAR answer; each `variant` differs in its numbers only. */
export function singleAnswer(variant = 7): string {
  return fill(ANSWERS[0]!, variant);
}

/** A prep document of at least `words` words: one heading and answer after another. */
export function prepDocument(words: number, salt = 0): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const kind = i % ANSWERS.length;
    const story = `${fill(HEADINGS[kind]!, i + 1 + salt * 100_000)}\n${fill(ANSWERS[kind]!, i + 3 + salt * 100_000)}`;
    parts.push(story);
    total += countWords(story);
  }
  return parts.join('\n\n');
}

/** `text` with one word in the middle replaced by a word never seen before, as a user's edit would. */
export function editOneWord(text: string, variant: number): string {
  const at = text.indexOf(' the ', Math.floor(text.length / 2));
  return at < 0 ? `${text} edit${variant}` : `${text.slice(0, at)} edit${variant} ${text.slice(at + 5)}`;
}
