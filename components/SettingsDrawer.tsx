// Level, focus, marks in the page and speaking rate: remembered, and every open report re-checked on change.
import { useEffect, useRef, useState } from 'react';
import { FOCUSES, LEVELS } from '@/lib/engine/report';
import { sendMessage } from '@/lib/messaging';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '@/lib/store/settings';
import { Switch } from './Switch';
import { useStoredValue } from './useStoredValue';
import './SettingsDrawer.css';

const LEVEL_LABELS = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', staff: 'Staff / principal' } as const;
const FOCUS_LABELS = {
  general: 'Balanced',
  ownership: 'Ownership and impact',
  technical: 'Technical depth',
  speed: 'Speed and prevention',
} as const;

/** Saves settings and tells the background, which re-analyzes every tab it knows. */
async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(next);
  await sendMessage('settingsChanged').catch(() => undefined);
}

export function SettingsDrawer({ id, onClose }: { id: string; onClose(): void }) {
  const stored = useStoredValue(settingsItem);
  const settings = stored ?? DEFAULT_SETTINGS;
  const [rate, setRate] = useState(settings.wordsPerMinute);
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => setRate(settings.wordsPerMinute), [settings.wordsPerMinute]);
  useEffect(() => firstField.current?.focus(), []);
  // The slider moves in small steps; save once it rests.
  useEffect(() => {
    if (rate === settings.wordsPerMinute) return;
    const t = setTimeout(() => void saveSettings({ ...settings, wordsPerMinute: rate }), 300);
    return () => clearTimeout(t);
  }, [rate, settings]);

  const update = (patch: Partial<Settings>) => void saveSettings({ ...settings, ...patch });

  return (
    <div
      id={id}
      className="drawer"
      role="region"
      aria-label="Coaching settings"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="field-row">
        <label className="field">
          <span>Level</span>
          <select ref={firstField} value={settings.level} onChange={(e) => update({ level: e.currentTarget.value as Settings['level'] })}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>{LEVEL_LABELS[l]}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Interviewer focus</span>
          <select value={settings.focus} onChange={(e) => update({ focus: e.currentTarget.value as Settings['focus'] })}>
            {FOCUSES.map((f) => (
              <option key={f} value={f}>{FOCUS_LABELS[f]}</option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>
          Speaking rate <output className="rate">{rate} words/min</output>
        </span>
        <input
          type="range"
          min={80}
          max={220}
          step={5}
          value={rate}
          aria-valuetext={`${rate} words per minute`}
          onChange={(e) => setRate(Number(e.currentTarget.value))}
        />
        <span className="hint">Most people speak 120–160 words a minute in an interview.</span>
      </label>
      <Switch checked={settings.marks} onChange={(marks) => update({ marks })}>
        Underline flagged sentences in the page
      </Switch>
      <div className="drawer-foot">
        <button type="button" className="btn btn-small" onClick={onClose}>Done</button>
      </div>
    </div>
  );
}
