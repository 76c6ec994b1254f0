import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, normalizeSettings, settingsItem } from '../../../lib/store/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings schema', () => {
  it('falls back to the defaults when nothing is stored', async () => {
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates v1 settings: keeps valid choices, completes missing fields and resets damaged ones', async () => {
    await fakeBrowser.storage.local.set({ settings: { level: 'senior', focus: 'warp-speed', wordsPerMinute: -3 }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ level: 'senior', focus: 'general', wordsPerMinute: 140, marks: true });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: SETTINGS_SCHEMA_VERSION });
  });

  it('drops the question older versions kept as a setting: each story has its own now', () => {
    expect(normalizeSettings({ question: 'conflict', level: 'staff' })).toEqual({ ...DEFAULT_SETTINGS, level: 'staff' });
  });

  it.each([null, 'text', [1], { level: 'staff', focus: 'technical', wordsPerMinute: 180, marks: false }])(
    'reads %j as complete settings',
    (raw) => {
      const s = normalizeSettings(raw);
      expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) expect(s).toEqual(raw);
      else expect(s).toEqual(DEFAULT_SETTINGS);
    },
  );
});
