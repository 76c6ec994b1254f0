// The answer's parts as a bar sized by speaking time, each part against its target band.
import { useState } from 'react';
import type { Story } from '@/lib/engine/report';
import { formatBand, formatSeconds, plural } from '@/lib/ui/format';
import { paceOf, percentOf, scaleFor, timelineParts, wholeAnswerPace, WHOLE_TARGET, type Pace, type TimelinePart } from '@/lib/ui/timeline';
import './Timeline.css';

/** A segment this wide has room for the part's full name. */
const WIDE_SHARE = 0.3;
const PACE_WORDS: Record<Pace, string> = { short: 'short', ok: 'on target', long: 'over target' };

function describe(p: TimelinePart): string {
  return `${p.label}: ${plural(p.words, 'word')}, about ${formatSeconds(p.seconds)}, target ${formatBand(p.target)}, ${PACE_WORDS[p.pace]}`;
}

function Band({ seconds, target, label }: { seconds: number; target: { min: number; max: number }; label: string }) {
  const scale = scaleFor(seconds, target);
  const pace = paceOf(seconds, target);
  const zone = { left: `${percentOf(target.min, scale)}%`, width: `${percentOf(target.max - target.min, scale)}%` };
  return (
    <div className="band" data-pace={pace} aria-hidden="true" title={label}>
      <div className="band-target" style={zone} />
      <div className="band-fill" style={{ width: `${percentOf(seconds, scale)}%` }} />
      <div className="band-edges" style={zone} />
    </div>
  );
}

export function Timeline({ story }: { story: Story }) {
  const parts = timelineParts(story);
  const [focused, setFocused] = useState<TimelinePart | null>(null);
  const total = Math.round(story.seconds);
  const wholePace = wholeAnswerPace(story.seconds);
  const overCount = parts.filter((p) => p.pace === 'long').length;

  return (
    <section className="card timeline" aria-labelledby="timeline-title">
      <div className="card-head">
        <h2 id="timeline-title">Speaking time</h2>
        <span className={`pill pace-${wholePace}`}>
          {formatSeconds(total)} <span className="muted">of {WHOLE_TARGET.min / 60}–{WHOLE_TARGET.max / 60} min</span>
        </span>
      </div>

      <div className="whole">
        <Band seconds={total} target={WHOLE_TARGET} label={`Whole answer ${formatSeconds(total)}, target 1–2 min`} />
        <div className="whole-scale" aria-hidden="true">
          {[WHOLE_TARGET.min, WHOLE_TARGET.max].map((s) => (
            <span key={s} style={{ left: `${percentOf(s, scaleFor(total, WHOLE_TARGET))}%` }}>
              {s / 60} min
            </span>
          ))}
        </div>
        <p className="sr-only">
          Whole answer about {formatSeconds(total)}; aim for one to two minutes.
        </p>
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
            aria-label={describe(p)}
            onMouseEnter={() => setFocused(p)}
            onMouseLeave={() => setFocused(null)}
            onFocus={() => setFocused(p)}
            onBlur={() => setFocused(null)}
          >
            <span className="segment-label" aria-hidden="true">{p.share >= WIDE_SHARE ? p.label : p.label.charAt(0)}</span>
          </li>
        ))}
      </ol>

      <p className="timeline-detail" aria-live="polite">
        {focused
          ? `${focused.label} · ${plural(focused.words, 'word')} · ${formatSeconds(focused.seconds)} (target ${formatBand(focused.target)})`
          : overCount
            ? `${plural(overCount, 'part')} over target. Hover or focus a part for details.`
            : 'Hover or focus a part for details.'}
      </p>

      <ul className="parts" aria-label="Time per part against its target">
        {parts.map((p) => (
          <li key={p.kind} className={`part-row pace-${p.pace}`}>
            <span className={`dot part-${p.kind}`} aria-hidden="true" />
            <span className="part-name">{p.label}</span>
            <Band seconds={p.seconds} target={p.target} label={describe(p)} />
            <span className="part-time">
              {formatSeconds(p.seconds)}
              <span className="sr-only">, target {formatBand(p.target)}, {PACE_WORDS[p.pace]}</span>
            </span>
            <span className="part-target" aria-hidden="true">{formatBand(p.target)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
