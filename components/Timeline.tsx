// The answer's parts as one strip sized by speaking time; each part's seconds and target band on
// hover or focus, and in text for screen readers.
import { useState } from 'react';
import type { Story } from '@/lib/engine/report';
import { formatBand, formatSeconds, plural } from '@/lib/ui/format';
import { segmentText, timelineParts, wholeAnswerPace, WHOLE_TARGET, type Pace, type TimelinePart } from '@/lib/ui/timeline';
import './Timeline.css';

const PACE_WORDS: Record<Pace, string> = { short: 'under target', ok: 'on target', long: 'over target' };

function describe(p: TimelinePart): string {
  return `${p.label}: ${plural(p.words, 'word')}, about ${formatSeconds(p.seconds)}, target ${formatBand(p.target)}, ${PACE_WORDS[p.pace]}`;
}

export function Timeline({ story }: { story: Story }) {
  const parts = timelineParts(story);
  const [focused, setFocused] = useState<TimelinePart | null>(null);
  const total = Math.round(story.seconds);
  const overCount = parts.filter((p) => p.pace === 'long').length;

  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <div className="timeline-head">
        <h2 id="timeline-title">Speaking time</h2>
        <span className={`pill pace-${wholeAnswerPace(story.seconds)}`}>
          {formatSeconds(total)} <span className="muted">of {WHOLE_TARGET.min / 60}–{WHOLE_TARGET.max / 60} min</span>
        </span>
      </div>

      <ol className="bar" aria-label="Parts of the answer by speaking time">
        {parts.map((p) => (
          <li
            key={p.kind}
            className={`segment part-${p.kind} pace-${p.pace}`}
            style={{ flexGrow: Math.max(p.share, 0.06) }}
            data-section={p.kind}
            data-seconds={p.seconds}
            tabIndex={0}
            title={describe(p)}
            aria-label={describe(p)}
            onMouseEnter={() => setFocused(p)}
            onMouseLeave={() => setFocused(null)}
            onFocus={() => setFocused(p)}
            onBlur={() => setFocused(null)}
          >
            <span className="segment-label" aria-hidden="true">{segmentText(p)}</span>
          </li>
        ))}
      </ol>

      <p className="timeline-detail" aria-live="polite">
        {focused
          ? `${focused.label} · ${plural(focused.words, 'word')} · ${formatSeconds(focused.seconds)} (target ${formatBand(focused.target)})`
          : overCount
            ? `${plural(overCount, 'part')} over target · hover for targets`
            : 'Hover or focus a part for its target'}
      </p>
    </section>
  );
}
