// Who acts in each clause and what kind of step it tells.
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../../lib/features/clauses';

const told = (s: string) => clausesOf(s).filter((c) => !c.framing).map((c) => [c.actor, c.step ?? '']);

describe('who acts, clause by clause', () => {
  it('reads the group doing an investigation', () => {
    expect(told('We dug through the logs together and we eventually figured out that a queue consumer was dropping messages.')).toEqual([
      ['group', 'investigate'],
      ['group', 'investigate'],
    ]);
    expect(told('We looked into it together and found the database was slow')).toEqual([
      ['group', 'investigate'],
      ['group', 'investigate'],
    ]);
    // A named partner before "and I" is not another party acting alone.
    expect(told('My manager and I together wrote the postmortem.')).toEqual([['group', 'build']]);
    expect(told('Lea and I debugged it over two days.')).toEqual([['group', 'investigate']]);
  });

  it('reads group decisions and achievements as steps', () => {
    expect(told('we decided to roll back')).toEqual([['group', 'decide']]);
    expect(told('we managed to ship')).toEqual([['group', 'achieve']]);
  });

  it('keeps the speaker with a partner as a group ("my team and I")', () => {
    expect(told('My team and I profiled the API and found an N+1 query.')).toEqual([
      ['group', 'investigate'],
      ['group', 'investigate'],
    ]);
  });

  it('carries the speaker through a list of steps', () => {
    expect(told('I reproduced it, wrote the fix, and deployed it.')).toEqual([
      ['self', 'investigate'],
      ['self', 'build'],
      ['self', 'deploy'],
    ]);
    expect(told('Reproduced the bug locally')).toEqual([['self', 'investigate']]);
  });

  it('finds no actor in a passive without "by", and the named one with it', () => {
    expect(clausesOf('The fix was deployed.')[0]).toMatchObject({ actor: 'none', step: 'deploy', passive: true });
    expect(clausesOf('The fix was deployed by the platform team.')[0]).toMatchObject({ actor: 'other', passive: true });
  });

  it('sets a time clause apart as framing, and names another party', () => {
    const [when, main] = clausesOf('When we launched in May, Alex rewrote the parser.');
    expect(when).toMatchObject({ actor: 'group', framing: true });
    expect(main).toMatchObject({ actor: 'other', step: 'build' });
  });

  it('reads a standing as the speaker with no step', () => {
    expect(told('I was the on-call engineer that week')[0]).toEqual(['self', '']);
  });
});
