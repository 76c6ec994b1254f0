import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('missing-section', () => {
  it('names the part that explicit markers leave out, as an error', () => {
    const text = 'Situation: our nightly billing job kept failing.\nTask: I owned billing reliability.\nAction: I found a race between two jobs and added a lock.\nReflection: I now map job schedules first.';
    const found = findings('missing-section', text);
    expect(found.map((f) => f.message)).toEqual(['The Result is missing.']);
    expect(found[0]!.severity).toBe('error');
  });

  it('accepts notes that fold the task into the context', () => {
    const text = "Context: the API gateway belonged to the platform team, and rate limiting was on nobody's roadmap.\nWhat I did: I wrote the limiter config and tested it on replayed traffic.\nOutcome: runaway clients were cut off in seconds instead of hours.";
    expect(findings('missing-section', text)).toHaveLength(0);
  });

  it('flags a story that stops after the actions', () => {
    const text = 'Our support queue had grown to 400 open tickets. I sorted the backlog by product area and wrote macros for the ten most common questions. I also set up a weekly triage with the product team.';
    expect(findings('missing-section', text).map((f) => f.message)).toEqual(['The Result is missing.']);
  });

  it('flags a story that opens straight on actions with no context', () => {
    const text = 'I rewrote the caching layer and added tests. Then I deployed it. Latency went down from 800 ms to 200 ms.';
    expect(findings('missing-section', text).map((f) => f.message)).toEqual(['The Situation is missing.']);
  });

  it('still reports missing parts in a very short answer', () => {
    expect(findings('missing-section', 'I fixed the login bug.').length).toBeGreaterThan(0);
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
