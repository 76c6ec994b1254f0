// The answer's must-haves: ticked by the analysis, or by hand for what the draft cannot show.
import { useEffect, useState } from 'react';
import type { CheckedItem } from '@/lib/store/checks';
import { readiness } from '@/lib/store/checks';
import './Checklist.css';

interface Props {
  items: CheckedItem[];
  onToggle(id: string, done: boolean): void;
  title?: string;
  headingLevel?: 'h2' | 'h3';
}

export function Checklist({ items: stored, onToggle, title = 'Checklist', headingLevel: H = 'h2' }: Props) {
  // A tick shows at once; the stored ticks catch up a moment later and replace it.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const signature = stored.map((i) => `${i.id}:${i.done}`).join();
  useEffect(() => setPending({}), [signature]);
  const items = stored.map((i) => (i.id in pending ? { ...i, done: pending[i.id] ?? i.done, byHand: pending[i.id] ?? i.byHand } : i));
  const { done, total } = readiness(items);
  const headingId = `checklist-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card checklist" aria-labelledby={headingId}>
      <div className="card-head">
        <H id={headingId}>{title}</H>
        <span className={`pill ${done === total ? 'pace-ok' : ''}`}>
          {done}/{total} <span className="sr-only">done</span>
        </span>
      </div>
      <div className="progress" role="progressbar" aria-label="Checklist progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <div className="progress-fill" style={{ width: total ? `${(done / total) * 100}%` : 0 }} />
      </div>
      <ul className="checks">
        {items.map((item) => {
          const fromDraft = item.done && !item.byHand;
          return (
            <li key={item.id} data-check={item.id} data-done={String(item.done)} className={item.done ? 'is-done' : ''}>
              <label>
                <input
                  type="checkbox"
                  checked={item.done}
                  disabled={fromDraft}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setPending((p) => ({ ...p, [item.id]: checked }));
                    onToggle(item.id, checked);
                  }}
                />
                <span className="check-label">{item.label}</span>
                {fromDraft && <span className="check-source">found</span>}
                {item.byHand && <span className="check-source">by hand</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
