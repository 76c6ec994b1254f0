// The answer's must-haves: ticked from what the draft shows (the sentence that earned the tick is
// shown under the item), and tickable or untickable by hand for what the analysis gets wrong.
import { useEffect, useState } from 'react';
import type { CheckedItem } from '@/lib/store/checks';
import { readiness } from '@/lib/store/checks';
import './Checklist.css';

interface Props {
  items: CheckedItem[];
  /** `found` is what the analysis says, so a hand tick that agrees with it is dropped. */
  onToggle(id: string, done: boolean, found: boolean): void;
  title?: string;
  headingLevel?: 'h2' | 'h3';
}

/** A measure ("The Situation takes about 12 s to say.") is shown as is; a sentence is quoted. */
const isMeasure = (text: string) => / s to say\.$/.test(text);

export function Checklist({ items: stored, onToggle, title = 'Checklist', headingLevel: H = 'h2' }: Props) {
  // A tick shows at once; the stored ticks catch up a moment later and replace it.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const signature = stored.map((i) => `${i.id}:${i.done}`).join();
  useEffect(() => setPending({}), [signature]);
  const items = stored.map((i) => {
    const done = pending[i.id];
    return done === undefined ? i : { ...i, done, byHand: done !== i.found };
  });
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
          const evidenceId = `${headingId}-${item.id}-evidence`;
          const source = item.byHand ? (item.done ? 'by hand' : 'unticked') : item.done ? 'found' : '';
          return (
            <li key={item.id} data-check={item.id} data-done={String(item.done)} className={item.done ? 'is-done' : ''}>
              <label>
                <input
                  type="checkbox"
                  checked={item.done}
                  aria-describedby={item.evidence ? evidenceId : undefined}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setPending((p) => ({ ...p, [item.id]: checked }));
                    onToggle(item.id, checked, item.found);
                  }}
                />
                <span className="check-label">{item.label}</span>
                {source && <span className="check-source">{source}</span>}
              </label>
              {item.evidence && (
                <p id={evidenceId} className="check-evidence" data-evidence>
                  {isMeasure(item.evidence.text) ? item.evidence.text : <>“{item.evidence.text}”</>}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
