// What a rehearsal aims for: SPEC §2's target band for each part, shifted where the interviewer's
// focus or the level asks for a different weight, and the draft's own sentences as cues.
import { splitSentences } from '../engine/sentences';
import { SECTION_KINDS, type Focus, type Level, type SectionKind } from '../engine/report';
import { SECTION_TARGETS } from '../engine/timing';

export interface Band {
  min: number;
  max: number;
}

export interface PlanPart {
  kind: SectionKind;
  target: Band;
  /** The draft's sentences of this part, to glance at while speaking; empty when the draft lacks it. */
  cues: string[];
}

type Shift = Partial<Record<SectionKind, Band>>;

// Why each shift: speed interviews want a short reflection (long-reflection fires over 20 s) and a
// quick scene; ownership wants the outcome and its business value given room; technical depth
// wants the investigation told step by step.
const FOCUS_SHIFTS: Record<Focus, Shift> = {
  general: {},
  ownership: { result: { min: 15, max: 30 } },
  technical: { action: { min: 50, max: 80 } },
  speed: { situation: { min: 10, max: 15 }, reflection: { min: 5, max: 15 } },
};

// Senior and staff answers are judged on the systemic lesson, so the reflection gets more room;
// a junior answer keeps the scene short and spends the time on the work.
const LEVEL_SHIFTS: Record<Level, Shift> = {
  junior: { situation: { min: 10, max: 15 } },
  mid: {},
  senior: { reflection: { min: 10, max: 25 } },
  staff: { reflection: { min: 10, max: 25 } },
};

/** The band for each part: the SPEC's, then the level's shift, then the focus's (focus wins). */
export function targetsFor(focus: Focus = 'general', level: Level = 'mid'): Record<SectionKind, Band> {
  const out = {} as Record<SectionKind, Band>;
  for (const kind of SECTION_KINDS) out[kind] = { ...(FOCUS_SHIFTS[focus][kind] ?? LEVEL_SHIFTS[level][kind] ?? SECTION_TARGETS[kind]) };
  return out;
}

export interface DraftPart {
  kind: SectionKind;
  start: number;
  end: number;
  words: number;
}

/**
 * The five STAR parts in order with their target bands: a part the draft lacks is still walked
 * (an answer needs it), with no cues. The draft's length never sets the plan.
 */
export function rehearsalPlan(
  text: string,
  sections: readonly DraftPart[],
  options: { focus?: Focus; level?: Level } = {},
): PlanPart[] {
  const targets = targetsFor(options.focus, options.level);
  return SECTION_KINDS.map((kind) => {
    const own = sections.filter((s) => s.kind === kind);
    const cues = own.flatMap((s) => splitSentences(text, s.start, s.end).map((span) => text.slice(span.start, span.end)));
    return { kind, target: targets[kind], cues };
  });
}

/** Where a time stands against a band. */
export function againstBand(seconds: number, band: Band): 'under' | 'within' | 'over' {
  return seconds < band.min ? 'under' : seconds > band.max ? 'over' : 'within';
}
