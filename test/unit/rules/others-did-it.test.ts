import { describe, expect, it } from 'vitest';
import { findings } from './find';

describe('others-did-it', () => {
  it.each([
    ['I did escalate it - I sent them a Slack message and they handled it.'],
    ['My manager found the problem and reverted the config while I answered customer tickets.'],
    ['Then Priya from the storage team logged in, found the expired certificate and replaced it.'],
    ['I escalated it to my manager, and he assigned it to a senior engineer, who found the bug and fixed it.'],
    ['It was fixed by the Platform team the next morning.'],
  ])('flags a fix someone else made while the speaker is invisible: %s', (sentence) => {
    const text = `Our upload service started timing out for large files. ${sentence} Uploads came back after an hour.`;
    const [f] = findings('others-did-it', text);
    expect(f?.quoted).toBe(sentence);
    expect(f?.suggestion).toMatch(/^I .* reviewed it, and I confirmed/);
  });

  it('accepts a reviewer or a deployer when the speaker found and wrote the fix', () => {
    const text =
      "Our search index fell a day behind. I dug into the consumer lag, found a poison message, and wrote a skip-and-park handler. The SRE team deployed it in the next window, and the index caught up in two hours. I now add a dead letter queue to every consumer.";
    expect(findings('others-did-it', text)).toHaveLength(0);
  });

  it('accepts notes-style steps with the speaker implied', () => {
    const text =
      'S: CSV export timing out for big accounts, service owned by the reporting team\nA:\n- pulled the slow query log, found a full table scan\n- added the index, and the reporting team deployed it\nR: export time 94s -> 6s';
    expect(findings('others-did-it', text)).toHaveLength(0);
  });

  it('does not count the change that caused the incident as the speaker\'s part of the fix', () => {
    const text =
      'I wrote a migration that broke sorting by price on our shop. My manager rolled it back and the complaints stopped. I learned to test migrations on a copy of production.';
    expect(findings('others-did-it', text)).toHaveLength(1);
  });
});
