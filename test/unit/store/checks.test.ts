import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyHandChecks, handChecksItem, liveStoryKey, mergeChecks, readiness, savedStoryKey, setHandCheck, usableTicks } from '../../../lib/store/checks';

const items = [
  { id: 'scope-boundary', label: 'Scope boundary stated', done: true },
  { id: 'fix-validated', label: 'Fix validated', done: false },
  { id: 'business-value', label: 'Business value', done: false },
];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('hand ticks', () => {
  it('are remembered per story', async () => {
    await setHandCheck('saved:a', 'fix-validated', true);
    await setHandCheck('saved:b', 'business-value', true);
    expect(await handChecksItem.getValue()).toEqual({ 'saved:a': ['fix-validated'], 'saved:b': ['business-value'] });
  });

  it('can be taken back, leaving no empty entry', async () => {
    await setHandCheck('saved:a', 'fix-validated', true);
    await setHandCheck('saved:a', 'fix-validated', false);
    expect(await handChecksItem.getValue()).toEqual({});
  });

  it('untick an item the analysis found, until the user ticks it again', async () => {
    await setHandCheck('saved:a', 'scope-boundary', false, true);
    expect(await handChecksItem.getValue()).toEqual({ 'saved:a': ['!scope-boundary'] });
    expect(mergeChecks(items, ['!scope-boundary'])[0]).toMatchObject({ done: false, found: true, byHand: true });
    await setHandCheck('saved:a', 'scope-boundary', true, true);
    expect(await handChecksItem.getValue()).toEqual({});
  });

  it('follow a live story into the bank when it is saved', async () => {
    const live = liveStoryKey({ site: 'notes.test', fieldId: 'f1' }, 0, 'Q1: Outage');
    await setHandCheck(live, 'fix-validated', true);
    await copyHandChecks(live, savedStoryKey('x'));
    expect((await handChecksItem.getValue())[savedStoryKey('x')]).toEqual(['fix-validated']);
  });
});

describe('mergeChecks', () => {
  it('marks an item done when the analysis or the user ticked it, and says which', () => {
    const merged = mergeChecks(items, ['fix-validated', 'scope-boundary']);
    expect(merged.map((i) => [i.id, i.done, i.found, i.byHand])).toEqual([
      ['scope-boundary', true, true, false],
      ['fix-validated', true, false, true],
      ['business-value', false, false, false],
    ]);
    expect(readiness(merged)).toEqual({ done: 2, total: 3 });
  });
});

describe('liveStoryKey', () => {
  it('tells the stories of one field apart by heading, else by position', () => {
    const src = { site: 'notes.test', fieldId: 'f1' };
    expect(liveStoryKey(src, 0, 'Q1')).not.toBe(liveStoryKey(src, 1, 'Q2'));
    expect(liveStoryKey(src, 0)).not.toBe(liveStoryKey(src, 1));
    expect(liveStoryKey(src, 3, 'Q1')).toBe(liveStoryKey(src, 0, 'Q1'));
  });
});

describe('damaged hand ticks', () => {
  it('reads only the well-formed ticks', () => {
    expect(usableTicks('oops')).toEqual({});
    expect(usableTicks([1])).toEqual({});
    expect(usableTicks({ a: ['x', 3], b: 7, c: ['y'] })).toEqual({ a: ['x'], c: ['y'] });
  });

  it('still lets the user tick an item when the stored ticks are damaged', async () => {
    await fakeBrowser.storage.local.set({ handChecks: { 'saved:a': 42, 'saved:b': ['fix-validated'] } });
    await setHandCheck('saved:a', 'business-value', true);
    expect(await handChecksItem.getValue()).toEqual({ 'saved:a': ['business-value'], 'saved:b': ['fix-validated'] });
  });
});
