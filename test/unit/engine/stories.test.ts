import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { splitStories } from '../../../lib/engine/stories';

const ANSWER_A = 'Our checkout failed for 2% of users. Nobody owned it, so I took it on. I fixed the retry logic. Failures went to zero.';
const ANSWER_B = 'My manager wanted to ship on Friday. I disagreed and showed her the load test. We shipped on Monday with no errors.';

function titles(text: string): (string | undefined)[] {
  return splitStories(text).map((s) => s.title);
}

describe('splitting a prep doc into stories', () => {
  it('keeps a single answer as one story without a title', () => {
    expect(titles(ANSWER_A)).toEqual([undefined]);
  });

  it('starts a story at "Q2: Tell me about…" lines', () => {
    const text = `Q1: Tell me about a production incident.\n${ANSWER_A}\n\nQ2: Tell me about a time you disagreed with your manager.\n${ANSWER_B}`;
    expect(titles(text)).toEqual(['Tell me about a production incident.', 'Tell me about a time you disagreed with your manager.']);
  });

  it('starts a story at markdown headings', () => {
    const text = `# Interview prep\n\n## Webhook outage\n${ANSWER_A}\n\n## Conflict with my manager\n${ANSWER_B}`;
    expect(titles(text)).toEqual(['Webhook outage', 'Conflict with my manager']);
  });

  it('starts a story at a bare question line ending in "?"', () => {
    const text = `Tell me about a time you owned something outside your role?\n${ANSWER_A}\nDescribe a time you disagreed with your boss?\n${ANSWER_B}`;
    expect(splitStories(text)).toHaveLength(2);
  });

  it('starts a story at numbered questions', () => {
    const text = `1. Tell me about a time you took ownership?\n${ANSWER_A}\n\n2. Tell me about a time you disagreed with your manager?\n${ANSWER_B}`;
    expect(titles(text)).toEqual(['Tell me about a time you took ownership?', 'Tell me about a time you disagreed with your manager?']);
  });

  it('starts a story at other interview questions on a line of their own', () => {
    const text = `What was your biggest failure?\n${ANSWER_A}\n\n2) How did you handle a conflict with a peer?\n${ANSWER_B}`;
    expect(titles(text)).toEqual(['What was your biggest failure?', 'How did you handle a conflict with a peer?']);
  });

  it('starts a story at "Question 3 -" and bold heading lines', () => {
    const text = `Question 3 - a tight deadline\n${ANSWER_A}\n**Pushing back on my manager**\n${ANSWER_B}`;
    expect(titles(text)).toEqual(['a tight deadline', 'Pushing back on my manager']);
  });

  it('does not split at part markers', () => {
    const text = '## Situation\nOur checkout failed.\n## Task\nNobody owned it.\n## Action\nI fixed it.\n## Result\nFailures went to zero.';
    expect(splitStories(text)).toHaveLength(1);
  });

  it('does not split at ordinary sentences, even ones that start like a question', () => {
    const text = `${ANSWER_A}\nDescribe the fix in one line: it retried with backoff.\nWhy did it break? The timeout was too short.\nWhy did it fail for a project this size?\nWhat was the root cause of the failure?\nTell me about it, said my lead.`;
    expect(splitStories(text)).toHaveLength(1);
  });

  it('does not split at a numbered list of steps', () => {
    const text = 'Our deploys were flaky.\n1. I reproduced the failure.\n2. I fixed the script.\n3. Deploy failures dropped by 80%.';
    expect(splitStories(text)).toHaveLength(1);
  });

  it('drops a heading with no answer under it', () => {
    const text = `# My prep doc\n\n## Outage story\n${ANSWER_A}\n\n## Leadership story\n\n`;
    expect(titles(text)).toEqual(['Outage story']);
  });

  it('gives each story offsets that slice back to its own text', () => {
    const text = `## Webhook outage\n${ANSWER_A}\n\n## Conflict with my manager\n${ANSWER_B}`;
    const [a, b] = analyze(text).stories;
    expect(text.slice(a!.start, a!.end)).toContain(ANSWER_A);
    expect(text.slice(b!.start, b!.end)).toContain(ANSWER_B);
    expect(text.slice(b!.sections[0]!.start, b!.sections[0]!.end)).toMatch(/^My manager wanted/);
  });

  it('detects each story\'s question from its heading unless one is chosen', () => {
    const text = `## A production incident\n${ANSWER_A}\n\n## Conflict with my manager\n${ANSWER_B}\n\n## Notes\n${ANSWER_A}`;
    expect(analyze(text).stories.map((s) => s.question)).toEqual(['production-incident', 'disagree-manager', 'general']);
    expect(analyze(text, { question: 'failure' }).stories.map((s) => s.question)).toEqual(['failure', 'failure', 'failure']);
  });
});
