import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteState, watchSiteState, type SiteState } from '@/lib/sources/site-switch';
import { disabledSitesItem, pausedItem } from '@/lib/store/settings';

describe('site switch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing on a switched-off site or while paused', () => {
    expect(siteState('a.test', ['a.test'], false)).toBe('site-off');
    expect(siteState('b.test', ['a.test'], true)).toBe('paused');
    expect(siteState('b.test', ['a.test'], false)).toBe('on');
  });

  it('follows the popup switch as the settings items store it', async () => {
    const states: SiteState[] = [];
    const stop = watchSiteState('notes.example.test', (state) => states.push(state));
    await vi.waitFor(() => expect(states).toEqual(['on']));
    await disabledSitesItem.setValue(['notes.example.test']);
    await vi.waitFor(() => expect(states).toEqual(['on', 'site-off']));
    await disabledSitesItem.setValue([]);
    await pausedItem.setValue(true);
    await vi.waitFor(() => expect(states.at(-1)).toBe('paused'));
    stop();
  });
});
