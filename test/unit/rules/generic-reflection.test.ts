import { describe, expect, it } from 'vitest';
import { findings } from './find';

const base =
  "The Platform team's webhook service was dropping 0.3% of events and nobody owned it, so I did. I reproduced the drops, fixed the retry logic with tests, and watched the queue for a week. The drops went to zero, about $8,000 a week recovered.";

describe('generic-reflection', () => {
  it.each([
    'I would communicate better with the Platform team next time.',
    'I learned that communication is important.',
    'I learned a lot from this.',
    'Looking back, teamwork matters.',
    // "The importance of …" in its other words.
    'This experience taught me the significance of clear communication.',
  ])('flags a lesson that fits any story: %s', (lesson) => {
    const [f] = findings('generic-reflection', `${base} ${lesson}`);
    expect(f?.quoted).toBe(lesson);
    expect(f?.suggestion).toContain('with the Platform team');
  });

  it.each([
    'I would propose a shared webhook reliability SLO and a monitoring dashboard across teams upfront.',
    'Communication was the gap, so I now hold a weekly sync with the Platform team on delivery errors.',
    'I learned to write the deciding metric down before any debate starts.',
  ])('accepts a lesson that names a concrete change, even about communication: %s', (lesson) => {
    expect(findings('generic-reflection', `${base} ${lesson}`)).toHaveLength(0);
  });
});

describe('generic-reflection: a platitude told without "learned"', () => {
  it('flags "what I got out of it" followed by a platitude in a prep doc', () => {
    const text = 'Q1: Tell me about a time you missed a deadline.\nI promised the marketing team a landing page by Friday and delivered it on Tuesday. I told them about the slip on Wednesday and shipped the form first. What I got out of it is that you should always communicate more.';
    expect(findings('generic-reflection', text)).toHaveLength(1);
    expect(findings('missing-reflection', text)).toHaveLength(0);
  });
});

describe('generic-reflection: universal advice and growth with no anchor in the story', () => {
  it.each([
    'Teamwork makes the dream work.',
    'I grew a lot as an engineer.',
    "I learned that it's worth speaking up when you see something.",
    'Looking back, leadership is really about supporting people.',
    'I learned to always keep an eye on costs.',
    'The lesson for me is that it is always better to talk than to fight.',
    'I learned that you should always have a rollback plan.',
  ])('flags: %s', (lesson) => {
    const [f] = findings('generic-reflection', `${base} ${lesson}`);
    expect(f?.quoted).toBe(lesson);
  });

  it.each([
    'I now ask for 20 real examples before I estimate.',
    'I learned to add a lag alert to every new consumer.',
    'I learned that you have to replay retries against real traffic, not just unit tests.',
    'These days I replay a day of drops in staging before I touch retry logic.',
  ])('stays silent on a lesson tied to the story: %s', (lesson) => {
    expect(findings('generic-reflection', `${base} ${lesson}`)).toHaveLength(0);
  });
});

describe('generic-reflection: a lesson told as a general truth (LABELING: nothing from this story)', () => {
  it.each([
    'Key learning: persistence usually beats clever shortcuts.',
    'I learned that good process prevents most surprises.',
    'This experience taught me that early alignment makes delivery smoother.',
    'Lesson: when facing pushback, curiosity is more useful than certainty.',
    "My takeaway: don't be afraid to question a plan that everyone already likes.",
  ])('flags: %s', (lesson) => {
    const [f] = findings('generic-reflection', `${base} ${lesson}`);
    expect(f?.quoted).toBe(lesson);
  });

  it.each([
    'Key learning: persistence usually beats clever shortcuts. I now replay a day of drops in staging before I touch retry logic.',
    'I learned that a retry policy multiplies load and has to respect the server limits.',
    'I learned that webhook drops hide in the retry path, not in the sender.',
    'I learned to replay a week of webhook traffic before changing retry logic.',
  ])('stays silent when the truth names this story or leads to a practice: %s', (lesson) => {
    expect(findings('generic-reflection', `${base} ${lesson}`)).toHaveLength(0);
  });
});
