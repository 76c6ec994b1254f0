// The panel's own place to write or paste an answer, for pages the coach cannot read.
import type { Ref } from 'react';
import { plural } from '@/lib/ui/format';
import './DraftBox.css';

interface Props {
  value: string;
  onChange(text: string): void;
  checking: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

export function DraftBox({ value, onChange, checking, ref }: Props) {
  const words = value.trim() ? value.trim().split(/\s+/).length : 0;
  return (
    <section className="card draft" aria-labelledby="draft-title">
      <div className="card-head">
        <h2 id="draft-title">
          <label htmlFor="draft-text">Your draft</label>
        </h2>
        <span className="muted" aria-live="polite">
          {checking ? 'Checking…' : plural(words, 'word')}
        </span>
      </div>
      <textarea
        id="draft-text"
        ref={ref}
        value={value}
        rows={8}
        spellCheck
        placeholder={'Paste or write an answer here.\n\nTip: a line like “Q1: Tell me about a time…” starts a new story.'}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <p className="hint">Saved on this device as you type. Nothing leaves your computer.</p>
    </section>
  );
}
