// One piece of advice: the sentence it is about, what to change, why, and a stronger version.
import type { Finding } from '@/lib/engine/report';
import { SEVERITY_LABELS, quotedText } from '@/lib/ui/findings';
import './FindingCard.css';

export type FindingAction = 'copy' | 'apply' | 'reveal';

interface Props {
  finding: Finding;
  text: string;
  canApply: boolean;
  /** False where a range cannot be selected in the source (a Doc read through its export). */
  canReveal?: boolean;
  busy: boolean;
  onAction(action: FindingAction, finding: Finding): void;
}

export function FindingCard({ finding, text, canApply, canReveal = true, busy, onAction }: Props) {
  const quote = quotedText(text, finding);
  const titleId = `finding-${finding.rule}-${finding.start}`;
  return (
    <article className={`finding sev-${finding.severity}`} data-rule={finding.rule} data-start={finding.start} data-end={finding.end} aria-labelledby={titleId}>
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
      {finding.suggestion && (
        <div className="finding-suggestion">
          <span className="suggestion-label">{finding.replacement ? 'Stronger' : 'Try'}</span>
          <p>{finding.suggestion}</p>
        </div>
      )}
      <div className="finding-actions">
        {finding.replacement && canApply && (
          <button type="button" className="btn btn-primary btn-small" disabled={busy} onClick={() => onAction('apply', finding)}>
            Apply
          </button>
        )}
        {finding.suggestion && (
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
