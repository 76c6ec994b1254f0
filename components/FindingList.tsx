// All findings of a story, grouped by part, or a clear "ready" state when there are none.
import type { Finding } from '@/lib/engine/report';
import { countBySeverity, groupFindings } from '@/lib/ui/findings';
import { plural } from '@/lib/ui/format';
import { FindingCard, type FindingAction } from './FindingCard';
import './FindingList.css';

interface Props {
  findings: Finding[];
  text: string;
  canApply: boolean;
  canInsert: boolean;
  canReveal?: boolean;
  /** Points about parts not written yet, listed after the fixes (components/Upcoming.tsx). */
  stillToCome?: number;
  busy: boolean;
  onAction(action: FindingAction, finding: Finding): void;
}

export function FindingList({ findings, stillToCome = 0, ...card }: Props) {
  if (findings.length === 0) {
    return (
      <section className="card ready" aria-labelledby="ready-title" data-ready="true">
        <div className="ready-mark" aria-hidden="true">✓</div>
        <div>
          <h2 id="ready-title">Ready to say out loud</h2>
          <p>No issues found: every part is there, your actions are your own, and the result is measured. Say it out loud with the Rehearse tab.</p>
        </div>
      </section>
    );
  }
  const counts = countBySeverity(findings);
  const summary = [
    counts.error && `${counts.error} fix`,
    counts.warning && `${counts.warning} improve`,
    counts.info && `${counts.info} consider`,
    stillToCome && `${stillToCome} still to come`,
  ].filter(Boolean).join(' · ');
  return (
    <section className="findings" aria-labelledby="findings-title">
      <div className="findings-head">
        <h2 id="findings-title">{plural(findings.length, 'suggestion')}</h2>
        <span className="muted">{summary}</span>
      </div>
      {groupFindings(findings).map((group) => (
        <section key={group.key} className="finding-group" aria-label={`${group.label}: ${plural(group.findings.length, 'suggestion')}`}>
          <h3 className={`group-title part-${group.key}`}>
            <span className="dot" aria-hidden="true" />
            {group.label}
            <span className="group-count">{group.findings.length}</span>
          </h3>
          <div className="group-items">
            {/* Two findings can share a rule and range (two missing parts point at one sentence): the
                position keeps keys unique, or React would leave a stale card behind on update. */}
            {group.findings.map((f, i) => (
              <FindingCard key={`${i}-${f.rule}-${f.start}-${f.end}`} finding={f} {...card} />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
