// What to do when there is nothing to coach yet, or the text cannot be read.
import type { StatusMessage } from '@/lib/ui/status';
import './StatusPanel.css';

export function StatusPanel({ message, onFix }: { message: StatusMessage; onFix(fix: NonNullable<StatusMessage['fix']>): void }) {
  const fixLabel = { resume: 'Resume coaching', 'enable-site': 'Turn on for this site', 'use-draft': 'Write in the draft box' } as const;
  return (
    <section className={`card status tone-${message.tone}`} role="status" data-state={message.tone}>
      {message.tone === 'busy' && <span className="spinner" aria-hidden="true" />}
      <h2>{message.title}</h2>
      <p>{message.body}</p>
      {message.fix && (
        <button type="button" className="btn" onClick={() => message.fix && onFix(message.fix)}>
          {fixLabel[message.fix]}
        </button>
      )}
    </section>
  );
}
