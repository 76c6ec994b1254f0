// Which part each recognized phrase belongs to. A recognizer finalizes a phrase a moment after
// the voice stops, sometimes after the speaker pressed Next: the phrase is placed where its voice
// ended, not where the result arrived.
import type { SectionKind } from '../engine/report';
import type { Heard } from './recognition';
import { partTimes, type Rehearsal } from './session';
import type { Segment } from './vad';

export type PartTranscripts = Partial<Record<SectionKind, string>>;

/** When the voice behind a result ended: the last voice that started before it arrived. */
function spokenAt(h: Heard, segments: readonly Segment[]): number {
  let at = h.at;
  for (const s of segments) if (s.start < h.at) at = Math.min(h.at, s.end);
  return at;
}

export function transcriptByPart(r: Rehearsal, heard: readonly Heard[], segments: readonly Segment[]): PartTranscripts {
  const parts = partTimes(r);
  const out: PartTranscripts = {};
  for (const h of heard) {
    const at = spokenAt(h, segments);
    const part = parts.find((p) => at >= p.from && at < p.to) ?? (at >= (parts.at(-1)?.to ?? Infinity) ? parts.at(-1) : parts[0]);
    if (!part) continue;
    out[part.kind] = out[part.kind] ? `${out[part.kind]} ${h.text}` : h.text;
  }
  return out;
}
