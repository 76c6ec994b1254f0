// Tabs with arrow-key navigation (WAI-ARIA tabs pattern). Panels stay mounted so a running
// rehearsal or a half-typed title survives a switch.
import { useRef, useState, type ReactNode } from 'react';
import './Tabs.css';

export interface TabSpec {
  id: string;
  label: string;
  badge?: ReactNode;
  content: ReactNode;
}

export function Tabs({ tabs, label }: { tabs: TabSpec[]; label: string }) {
  const [selected, setSelected] = useState(tabs[0]?.id);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];

  const move = (from: number, delta: number) => {
    const next = (from + delta + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (!tab) return;
    setSelected(tab.id);
    buttons.current[next]?.focus();
  };

  return (
    <div className="tabs">
      <div className="tablist" role="tablist" aria-label={label}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-controls={`panel-${t.id}`}
            aria-selected={t.id === current?.id}
            tabIndex={t.id === current?.id ? 0 : -1}
            onClick={() => setSelected(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i, 1);
              else if (e.key === 'ArrowLeft') move(i, -1);
              else if (e.key === 'Home') move(0, 0);
              else if (e.key === 'End') move(tabs.length - 1, 0);
              else return;
              e.preventDefault();
            }}
          >
            {t.label}
            {t.badge !== undefined && <span className="tab-badge">{t.badge}</span>}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={t.id !== current?.id} className="tabpanel">
          {t.content}
        </div>
      ))}
    </div>
  );
}
