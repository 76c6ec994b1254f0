// Progressive coaching (SPEC "Is it an answer yet?"): while a draft is still being written, a
// finding about a part the writer has not reached yet (no Result so far, no Reflection, an
// ending not written) is "still to come", not a fix. It becomes a fix once a later part is
// written, once the writer moves on to the next answer, or when the user asks for a full check.
// The Report is not changed: this only sorts its findings for display and counting.
import { SECTION_KINDS, type Finding, type RuleId, type SectionKind, type Story } from '../engine/report';

/** The end of the answer: after the Reflection, so no part written yet moves past it. */
type Concern = SectionKind | 'end';

/** The rules that report something absent, and the part whose writing would bring it. */
const ABOUT: Partial<Record<RuleId, Concern>> = {
  'missing-investigation': 'action',
  'unquantified-impact': 'result',
  'missing-business-value': 'result',
  'missing-second-order': 'result',
  'missing-prevention': 'result',
  'missing-reflection': 'reflection',
  'missing-org-insight': 'reflection',
  'vague-ending': 'end',
  'answer-too-short': 'end',
};

const PART_NAMES: [RegExp, SectionKind][] = [
  [/\bsituation\b/i, 'situation'],
  [/\btask\b/i, 'task'],
  [/\baction/i, 'action'],
  [/\bresult\b/i, 'result'],
];

const rank = (c: Concern) => (c === 'end' ? SECTION_KINDS.length : SECTION_KINDS.indexOf(c));

/** The part a finding waits for, or null when it is about text already written. */
function concernOf(f: Pick<Finding, 'rule' | 'message'>): Concern | null {
  // One missing-section finding per absent part, named in its message ("The Result is missing.").
  if (f.rule === 'missing-section') return PART_NAMES.find(([re]) => re.test(f.message))?.[1] ?? null;
  return ABOUT[f.rule] ?? null;
}

export interface ProgressInput {
  story: Pick<Story, 'sections' | 'findings'>;
  /** False when another answer follows this one in the text: the writer has moved past it. */
  isLast: boolean;
  /** The user asked for a full check: nothing is deferred. */
  fullCheck?: boolean;
}

export interface Progress {
  /** Findings to act on now: counted in the panel, the tab badge and the toolbar badge. */
  fixes: Finding[];
  /** Findings about parts not written yet, shown as still to come. */
  upcoming: Finding[];
}

export function splitByProgress({ story, isLast, fullCheck = false }: ProgressInput): Progress {
  if (fullCheck || !isLast) return { fixes: story.findings, upcoming: [] };
  // The furthest part written so far. Once the Reflection is written, every part has been reached.
  const reached = Math.max(-1, ...story.sections.map((s) => SECTION_KINDS.indexOf(s.kind)));
  if (reached === SECTION_KINDS.length - 1) return { fixes: story.findings, upcoming: [] };
  const fixes: Finding[] = [];
  const upcoming: Finding[] = [];
  for (const f of story.findings) {
    const concern = concernOf(f);
    // The part being written counts as not reached: a Result one sentence long may get its number next.
    const waiting = concern !== null && rank(concern) >= reached;
    (waiting ? upcoming : fixes).push(f);
  }
  return { fixes, upcoming };
}

/** The same split for the answer at `index` of a report's stories. */
export function progressOf(stories: readonly Pick<Story, 'sections' | 'findings'>[], index: number, fullCheck = false): Progress {
  const story = stories[index];
  if (!story) return { fixes: [], upcoming: [] };
  return splitByProgress({ story, isLast: index === stories.length - 1, fullCheck });
}
