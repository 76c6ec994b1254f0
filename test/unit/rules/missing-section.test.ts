import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('missing-section', () => {
  it('names the part that explicit markers leave out, as an error', () => {
    const text = 'Situation: our nightly billing job kept failing.\nTask: I owned billing reliability.\nAction: I found a race between two jobs and added a lock.\nReflection: I now map job schedules first.';
    const found = findings('missing-section', text);
    expect(found.map((f) => f.message)).toEqual(['The Result is missing.']);
    expect(found[0]!.severity).toBe('error');
  });

  it('accepts notes that fold the task into the context, but not a boundary alone (LABELING.md)', () => {
    const text = "Context: the API gateway belonged to the platform team, and rate limiting was on nobody's roadmap, so I took it on.\nWhat I did: I wrote the limiter config and tested it on replayed traffic.\nOutcome: runaway clients were cut off in seconds instead of hours.";
    expect(findings('missing-section', text)).toHaveLength(0);
    const boundaryOnly = text.replace(', so I took it on', '');
    expect(findings('missing-section', boundaryOnly).map((f) => f.message)).toEqual(['The Task is missing.']);
  });

  it('flags a story that stops after the actions', () => {
    const text = 'Our support queue had grown to 400 open tickets, and it was my job to bring it down. I sorted the backlog by product area and wrote macros for the ten most common questions. I also set up a weekly triage with the product team.';
    expect(findings('missing-section', text).map((f) => f.message)).toEqual(['The Result is missing.']);
  });

  it('flags a story that opens straight on actions with no context', () => {
    const text = 'I rewrote the caching layer and added tests. Then I deployed it, as I owned the latency target. Latency went down from 800 ms to 200 ms.';
    expect(findings('missing-section', text).map((f) => f.message)).toEqual(['The Situation is missing.']);
  });

  it('still reports missing parts in a very short answer', () => {
    expect(findings('missing-section', 'I fixed the login bug that locked users out. After that they signed in again.').length).toBeGreaterThan(0);
  });

  it('is silent on a complete answer told with headings', () => {
    const text = 'Situation\nOur nightly report emails stopped for three nights.\n\nTask\nNo one was assigned, so I took it on.\n\nAction\nI reproduced the failure with an expired token and rotated it.\n\nResult\nReports resumed for all 140 accounts.\n\nReflection\nI now keep credential expiry in a shared calendar.';
    expect(findings('missing-section', text)).toHaveLength(0);
  });
});

describe('missing-section: an unmeasured outcome is still a Result', () => {
  it('does not report the Result missing when the story ends on a better state without numbers', () => {
    const text = 'Our call centre had a backlog of 900 unanswered voicemails. I volunteered to sort it out. I wrote a callback script and ran two callback sessions a day with three agents. After a month the queue was in a much better place and shifts felt calmer. I learned that a fixed daily slot beats heroics.';
    expect(findings('missing-section', text)).toHaveLength(0);
  });

  it('still reports it when the story stops at the actions', () => {
    const text = 'Our call centre had a backlog of 900 unanswered voicemails. I volunteered to sort it out. I wrote a callback script and ran two callback sessions a day with three agents.';
    expect(findings('missing-section', text).map((f) => f.message)).toEqual(['The Result is missing.']);
  });
});

describe('missing-section: a part is reported only when nothing could serve as it', () => {
  it('reports the Task of a bare answer that never says what was expected of the speaker', () => {
    const text = 'Two designers on my team kept arguing about the icon set. We all sat down and picked one style together. After that the reviews went faster.';
    expect(findings('missing-section', text).map((f) => f.message)).toEqual(['The Task is missing.']);
  });

  it('does not ask for a Task in a bare answer that says whose job it was', () => {
    const text = 'Two designers on my team kept arguing about the icon set, and as the design lead it was my call. I sat them down and we picked one style. After that the reviews went faster.';
    expect(findings('missing-section', text)).toHaveLength(0);
  });

  it('asks for the Task in a full-length answer too, when no sentence states the goal, a responsibility or the choice to take it on (LABELING.md)', () => {
    const text = 'Our mobile release kept slipping because QA found crashes in the last two days of every cycle. I pulled the crash reports from the last six releases and grouped them by screen, and most came from two legacy views. I rewrote both views with tests and added a crash-free-sessions check to the release pipeline. Crash-free sessions went from 97% to 99.6%, and the last four releases shipped on the planned day.';
    expect(findings('missing-section', text).map((f) => f.message)).toEqual(['The Task is missing.']);
    const owned = text.replace('I pulled', 'Release quality was my responsibility, so I pulled');
    expect(findings('missing-section', owned)).toHaveLength(0);
  });

  it('counts an outcome told up front as the Result', () => {
    const text = 'I cut our nightly build from 90 minutes to 25. The build had grown for years and blocked morning deploys, and it was my job to fix it. I profiled each stage, cached the dependency downloads and split the test run into four shards.';
    expect(findings('missing-section', text).map((f) => f.message)).not.toContain('The Result is missing.');
  });

  it('counts a closing sentence about what others then did as the Result', () => {
    const text = 'Our intern project had a currency bug that rounded totals wrong, and I owned the pricing half. I traced it to floating-point sums and rewrote them with integer cents and tests. The demo ran without a rounding error, and our mentor merged both halves.';
    expect(findings('missing-section', text)).toHaveLength(0);
  });

  it("counts someone else's decisive step as the Action", () => {
    const text = 'We had six weeks to ship a loyalty app for a client, and I was the lead responsible for the plan. Halfway through, the points job was far too slow. Our contractor rewrote the job as a nightly batch, and the client fixed their slow export. The app launched on the date and signed up 30,000 members in a month.';
    expect(findings('missing-section', text).map((f) => f.message)).not.toContain('The Action is missing.');
  });
});

describe('missing-section: whose problem it was is a boundary, not a Task (LABELING.md)', () => {
  const story = (opening: string) =>
    `${opening} I traced the failures to the retry logic, fixed it with tests and watched the queue for a week. Failures went from 0.3% to zero, about $8,000 a week. I now add an alert to every integration I touch.`;

  it('asks for the Task when the answer only says nobody owned the problem', () => {
    expect(findings('missing-section', story('The billing webhooks were failing and nobody owned them.')).map((f) => f.message)).toEqual(['The Task is missing.']);
  });

  it('accepts the choice to take it on, however briefly told', () => {
    expect(findings('missing-section', story('The billing webhooks were failing and nobody owned them, so I did.'))).toHaveLength(0);
    expect(findings('missing-section', story('The billing webhooks were failing and nobody owned them. I took on the cleanup in my second week.'))).toHaveLength(0);
  });

  it('reads being on-call and inheriting the system as the speaker\'s responsibility', () => {
    expect(findings('missing-section', story('The billing webhooks were failing on a Friday. I was on-call that week.'))).toHaveLength(0);
    expect(findings('missing-section', story('I inherited the billing webhooks from a team that had moved on.'))).toHaveLength(0);
  });

  it('reads owning the system, "it was on me" and having shipped the change as the speaker\'s responsibility', () => {
    expect(findings('missing-section', story('The billing webhooks were failing. I own the webhook service, so fixing it was on me.'))).toHaveLength(0);
    expect(findings('missing-section', story('The billing webhooks were failing after a retry change I had shipped that morning.'))).toHaveLength(0);
  });
});
