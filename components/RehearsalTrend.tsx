// A saved story's rehearsals over time: how long each part was spoken in the last rehearsals.
import { SECTION_KINDS } from '@/lib/engine/report';
import { trendByPart, type SavedRehearsal } from '@/lib/store/rehearsal-shape';
import { plural } from '@/lib/ui/format';
import { PART_LABELS } from '@/lib/ui/parts';
import { SECTION_TARGETS } from '@/lib/engine/timing';

const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

export function RehearsalTrend({ rehearsals, title }: { rehearsals: SavedRehearsal[]; title: string }) {
  const last = rehearsals[rehearsals.length - 1];
  if (!last) return null;
  const trend = trendByPart(rehearsals);
  return (
    <details className="rehearsal-trend" data-rehearsal-trend={rehearsals.length}>
      <summary>
        Rehearsed {plural(rehearsals.length, 'time')} · last {day(last.at)}: {Math.round(last.spoken)} s spoken
        {last.wpm !== null && `, ${last.wpm} wpm`}
        {last.fillers !== undefined && `, ${plural(last.fillers, 'filler')}`}
      </summary>
      <ul aria-label={`Spoken seconds per part in the last rehearsals of “${title}”`}>
        {trend
          .sort((a, b) => SECTION_KINDS.indexOf(a.kind) - SECTION_KINDS.indexOf(b.kind))
          .map((t) => {
            const top = Math.max(...t.spoken, SECTION_TARGETS[t.kind].max);
            return (
              <li key={t.kind} data-trend-part={t.kind}>
                <span className="trend-label">{PART_LABELS[t.kind]}</span>
                <span className={`trend-bars part-${t.kind}`} aria-hidden="true">
                  {t.spoken.map((s, i) => (
                    <span key={i} style={{ height: `${Math.max(8, (s / top) * 100)}%` }} />
                  ))}
                </span>
                <span className="trend-values">{t.spoken.map((s) => Math.round(s)).join(' → ')} s</span>
              </li>
            );
          })}
      </ul>
    </details>
  );
}
