// What the on-device recognizer heard: fillers and hedges, the coach's checks on the spoken answer,
// and the comparison with the written draft.
import type { RehearsalOutcome } from '@/lib/rehearsal/outcome';
import type { SpokenFinding } from '@/lib/rehearsal/spoken-report';
import { SECTION_KINDS } from '@/lib/engine/report';
import { plural } from '@/lib/ui/format';
import { PART_LABELS } from '@/lib/ui/parts';

const SAID = { said: 'said', changed: 'changed', skipped: 'skipped', partly: 'partly said' } as const;

export function RehearsalHeard({ outcome, findings }: { outcome: RehearsalOutcome; findings: SpokenFinding[] | null }) {
  const { fillers, comparison, transcripts = {} } = outcome;
  const heardAnything = SECTION_KINDS.some((k) => transcripts[k]);
  if (!heardAnything) {
    return <p className="rehearsal-note" role="status">The on-device recognizer heard no words, so only the voice measures are shown.</p>;
  }
  return (
    <div className="heard">
      {fillers && (
        <section aria-labelledby="heard-fillers">
          <h3 id="heard-fillers">Fillers and hedges</h3>
          <p data-fillers={fillers.fillers} data-hedges={fillers.hedges}>
            {plural(fillers.fillers, 'filler')}, {plural(fillers.hedges, 'hedge')}
            {fillers.phrases.length > 0 && `: ${fillers.phrases.map((p) => `“${p.phrase}” ×${p.count}`).join(', ')}`}
          </p>
        </section>
      )}
      <section aria-labelledby="heard-checks">
        <h3 id="heard-checks">The coach on what you said</h3>
        {findings === null ? (
          <p className="muted">Checking…</p>
        ) : findings.length === 0 ? (
          <p>Nothing to flag in what you said.</p>
        ) : (
          <ul className="heard-findings">
            {findings.map((f, i) => (
              <li key={i} data-spoken-rule={f.rule}>
                {f.message} <q>{f.quote}</q>
              </li>
            ))}
          </ul>
        )}
      </section>
      {comparison && (
        <section aria-labelledby="heard-draft">
          <h3 id="heard-draft">Against your draft</h3>
          <ul className="compare">
            {comparison.parts.map((p) => (
              <li key={p.kind} data-compare-part={p.kind} data-status={p.status}>
                {PART_LABELS[p.kind]}: {SAID[p.status]}
              </li>
            ))}
            {comparison.numbers.map((n) => (
              <li key={`n-${n.draft}`} data-compare-number={n.draft} data-status={n.status}>
                {n.draft}: {SAID[n.status]}
                {n.spoken ? ` (you said ${n.spoken})` : ''}
              </li>
            ))}
            {comparison.actions.map((a) => (
              <li key={`a-${a.draft}`} data-compare-action={a.draft} data-status={a.status}>
                “{a.draft}”: {SAID[a.status]}
                {a.spoken ? ` (you said “${a.spoken}”)` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details className="heard-text">
        <summary>What the recognizer heard</summary>
        {SECTION_KINDS.filter((k) => transcripts[k]).map((k) => (
          <p key={k}>
            <strong>{PART_LABELS[k]}:</strong> {transcripts[k]}
          </p>
        ))}
      </details>
    </div>
  );
}
