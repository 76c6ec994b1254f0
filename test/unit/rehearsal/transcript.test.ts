import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { compareWithDraft, normalizeWords } from '../../../lib/rehearsal/compare';
import { startOnDevice } from '../../../lib/rehearsal/recognition';
import { nextPart, startRehearsal, stopRehearsal } from '../../../lib/rehearsal/session';
import { spokenFindings, spokenText } from '../../../lib/rehearsal/spoken-report';
import { rehearsalPlan } from '../../../lib/rehearsal/targets';
import { transcriptByPart } from '../../../lib/rehearsal/transcript';
import { fakeRecognition } from './fake-recognition';

const DRAFT = [
  'Situation: Our checkout service started timing out after a caching change I had shipped.',
  'Task: I had to get checkout working again before the evening peak.',
  'Action: I pulled the logs and found a cache key collision. I rolled back the change and I wrote a regression test.',
  'Result: Timeouts fell from 4% to zero within 14 minutes.',
].join('\n');
const sections = analyze(DRAFT).stories[0]!.sections;

describe('a rehearsal heard by a (fake) on-device recognizer', () => {
  it('places each phrase in the part where its voice ended, even when the result arrives after Next', async () => {
    let now = 0;
    const fake = fakeRecognition();
    const t = (await startOnDevice(fake.Class, 'en-US', () => now))!;
    const rec = fake.instances[0]!;
    let r = startRehearsal(rehearsalPlan(DRAFT, sections), 0);
    const segments = [{ start: 1, end: 5 }, { start: 8, end: 12 }, { start: 13, end: 20 }];
    now = 5.6;
    rec.say('our checkout service was timing out after my caching change');
    r = nextPart(r, 6);
    // The Task phrase's voice ends at 12 s; Next comes at 12.2 s, the result at 12.5 s.
    r = nextPart(r, 12.2);
    now = 12.5;
    rec.say('I had to get checkout working before the evening peak');
    now = 20.4;
    rec.say('we pulled the logs um and uh I rolled back the change');
    r = stopRehearsal(r, 21);
    expect(transcriptByPart(r, t.heard, segments)).toEqual({
      situation: 'our checkout service was timing out after my caching change',
      task: 'I had to get checkout working before the evening peak',
      action: 'we pulled the logs um and uh I rolled back the change',
    });
  });
});

describe('the spoken answer against the draft', () => {
  const spoken = {
    situation: 'our checkout service started timing out after a caching change I shipped',
    task: 'I had to get checkout working again before the evening peak',
    action: 'we pulled the logs and found a key collision and I rolled back the change',
    result: 'timeouts fell from four percent to zero within twenty minutes',
  };

  it('reads numbers however the recognizer spells them', () => {
    expect(normalizeWords('four percent, twenty five minutes, $8,000 and 0.3%')).toEqual(
      ['4', 'percent', '25', 'minutes', '8000', 'dollars', 'and', '0.3', 'percent'],
    );
    expect(normalizeWords('one hundred and twenty requests, two thousand users, zero point three')).toEqual(
      ['120', 'requests', '2000', 'users', '0.3'],
    );
  });

  it('tells which numbers were said, skipped or changed', () => {
    const c = compareWithDraft(DRAFT, sections, spoken);
    expect(c.numbers).toEqual([
      { draft: '4 percent', status: 'said' },
      { draft: '14 minutes', status: 'changed', spoken: '20 minutes' },
    ]);
  });

  it('tells which "I" actions were said, turned into "we", or skipped', () => {
    const c = compareWithDraft(DRAFT, sections, spoken);
    expect(c.actions).toEqual([
      { draft: 'I pulled', status: 'changed', spoken: 'we pulled' },
      { draft: 'I rolled back', status: 'said' },
      { draft: 'I wrote', status: 'skipped' },
    ]);
  });

  it('tells an "I" action said without its "I"', () => {
    const c = compareWithDraft(DRAFT, sections, { action: 'wrote a regression test' });
    expect(c.actions.find((a) => a.draft === 'I wrote')).toEqual({ draft: 'I wrote', status: 'changed', spoken: 'wrote' });
  });

  it('tells which parts of the draft were said', () => {
    const c = compareWithDraft(DRAFT, sections, { situation: spoken.situation, action: 'I rolled it back' });
    expect(c.parts.map((p) => [p.kind, p.status])).toEqual([
      ['situation', 'said'],
      ['task', 'skipped'],
      ['action', 'partly'],
      ['result', 'skipped'],
    ]);
  });

  it('runs the coach’s rules on what was said', () => {
    expect(spokenText({ situation: 'it broke', action: 'I fixed it.' })).toBe('Situation: It broke.\nAction: I fixed it.');
    const parts = {
      situation: 'our checkout service was timing out after a caching change I had shipped',
      task: 'I had to get checkout working again before the evening peak',
      action: 'we dug into the logs together and we rolled back the change',
      result: 'the team was happy',
    };
    const said = spokenText(parts);
    const findings = spokenFindings(said, analyze(said), parts);
    const rules = findings.map((f) => f.rule);
    expect(rules).toContain('we-language');
    expect(rules).toContain('vague-ending');
    expect(rules).not.toContain('answer-too-short');
    expect(findings.find((f) => f.rule === 'we-language')!.quote).toMatch(/we dug into the logs/i);
  });

  it('does not scold a rehearsal stopped early for the parts it never reached', () => {
    const parts = {
      situation: 'in my second year on the checkout team I noticed payment webhooks failing in a dispatcher owned by the platform team',
      task: 'the task was to own it even though it was outside my team',
    };
    const said = spokenText(parts);
    const rules = spokenFindings(said, analyze(said), parts).map((f) => f.rule);
    for (const rule of ['unquantified-impact', 'missing-second-order', 'missing-reflection', 'missing-business-value']) expect(rules).not.toContain(rule);
  });
});
