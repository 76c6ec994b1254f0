// One piece of advice: the sentence it is about, what to change, why, and a stronger version —
// a rewrite to apply, a sentence with slots to fill in, or an instruction.
import type { Finding } from '@/lib/engine/report';
import { SEVERITY_LABELS, quotedText } from '@/lib/ui/findings';
import { shownSuggestion } from '@/lib/ui/suggestion';
import './FindingCard.css';

export type FindingAction = 'copy' | 'apply' | 'insert' | 'reveal';

interface Props {
  finding: Finding;
  text: string;
  canApply: boolean;
  /** The panel's own draft box: slotted text can be put in, its first slot selected for typing. */
  canInsert: boolean;
  /** False where a range cannot be selected in the source (a Doc read through its export). */
  canReveal?: boolean;
  busy: boolean;
  onAction(action: FindingAction, finding: Finding): void;
}

export function FindingCard({ finding, text, canApply, canInsert, canReveal = true, busy, onAction }: Props) {
  const quote = quotedText(text, finding);
  const titleId = `finding-${finding.rule}-${finding.start}`;
  const shown = shownSuggestion(finding);
  return (
    <article className={`finding sev-${finding.severity}`} data-rule={finding.rule} data-start={finding.start} data-end={finding.end} data-suggestion={shown?.kind} aria-labelledby={titleId}>
      <header className="finding-head">
        <span className="sev-badge">{SEVERITY_LABELS[finding.severity]}</span>
        <h4 id={titleId}>{finding.message}</h4>
      </header>
      {quote && (
        <blockquote className="finding-quote">
          <span className="quote-text">“{quote}”</span>
        </blockquote>
      )}
      <p className="finding-why">{finding.why}</p>
      {shown && (
        <div className={`finding-suggestion is-${shown.kind}`}>
          <span className="suggestion-label">{shown.label}</span>
          <p>
            {shown.parts.map((part, i) =>
              part.slot ? (
                <mark key={i} className="slot">
                  <span className="sr-only">fill in: </span>
                  {part.text}
                </mark>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
          {shown.kind === 'slots' && <p className="suggestion-note">Replace each highlighted blank with your own facts.</p>}
        </div>
      )}
      <div className="finding-actions">
        {shown?.kind === 'rewrite' && canApply && (
          <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => onAction('apply', finding)}>
            Apply
          </button>
        )}
        {shown?.kind === 'slots' && canInsert && (
          <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => onAction('insert', finding)} aria-label={`Insert and fill in: ${finding.message}`}>
            Insert
          </button>
        )}
        {shown && shown.kind !== 'instruction' && (
          <button type="button" className="btn btn-small" onClick={() => onAction('copy', finding)} aria-label={`Copy suggestion: ${finding.message}`}>
            Copy
          </button>
        )}
        {quote && canReveal && (
          <button type="button" className="btn btn-ghost btn-small" disabled={busy} onClick={() => onAction('reveal', finding)} aria-label={`Show in text: ${finding.message}`}>
            Show in text
          </button>
        )}
      </div>
    </article>
  );
}
