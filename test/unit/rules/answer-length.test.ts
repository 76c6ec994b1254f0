import { describe, expect, it } from 'vitest';
import { LONG_ACTION_SENTENCES } from '../../../lib/rules/shared/long-answer';
import { findings } from './find';

const open = 'Mobile users in one region were seeing failed app launches, and the API belonged to another team.';
const close = 'Failed launches went from 6% to 0.2%. I learned to compare regional configuration first.';
const actions = (n: number) => Array.from({ length: n }, (_, i) => LONG_ACTION_SENTENCES[i % LONG_ACTION_SENTENCES.length]).join(' ');

describe('answer-too-long', () => {
  it('covers the whole story and names the part to trim first', () => {
    const text = `${open} ${actions(24)} ${close}`;
    const [f] = findings('answer-too-long', text);
    expect(f?.start).toBe(0);
    expect(f?.end).toBe(text.length);
    expect(f?.message).toMatch(/about \d+ seconds/);
    expect(f?.suggestion).toMatch(/Start with the Action, which takes about \d+ seconds on its own\.$/);
  });

  it('follows the speaking rate', () => {
    const text = `${open} ${actions(16)} ${close}`;
    expect(findings('answer-too-long', text, { wordsPerMinute: 100 })).toHaveLength(1);
    expect(findings('answer-too-long', text, { wordsPerMinute: 200 })).toHaveLength(0);
  });
});

describe('answer-too-short', () => {
  it('is an info finding that lists what to add', () => {
    const [f] = findings('answer-too-short', 'There was a problem with webhooks. I sent them a Slack message and they handled it.');
    expect(f?.severity).toBe('info');
    expect(f?.suggestion).toBe('Build it out to at least a minute: add the steps you took yourself, the measured result and one specific lesson.');
  });

  it('does not fire on empty text or on an answer of a minute', () => {
    expect(findings('answer-too-short', '   ')).toHaveLength(0);
    expect(findings('answer-too-short', `${open} ${actions(4)} ${close}`)).toHaveLength(0);
  });
});

describe('answer length is about the whole answer', () => {
  it('groups a too-short or too-long answer under no single part', () => {
    const [short] = findings('answer-too-short', 'Our deploys kept failing. I rewrote the pipeline. Failures fell from 12 to 1 a week.');
    expect(short).toBeDefined();
    expect(short!.section).toBeUndefined();
    const [long] = findings('answer-too-long', `${open} ${actions(24)} ${close}`);
    expect(long).toBeDefined();
    expect(long!.section).toBeUndefined();
  });
});
