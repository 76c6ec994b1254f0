// Explicit STAR part markers: "Situation:", "S:", "S –", "[S]", "**Situation:**", "## Action",
// "Learnings:", or a line that is only the part's name. Notes written on one line
// ("S: … T: … A: … R: … L: …") carry further markers inside the line.
import { SECTION_KINDS, type SectionKind } from './report';
import { precompiled } from './precompiled';

const NAMES: [RegExp, SectionKind][] = [
  [/^(?:situation|context|background|the situation|setting|s)$/i, 'situation'],
  [/^(?:task|goal|objective|my task|my role|responsibility|t)$/i, 'task'],
  [/^(?:actions?|what i did|approach|steps|a)$/i, 'action'],
  [/^(?:(?:key |main )?(?:results?|outcomes?)|impact|resolution|r)$/i, 'result'],
  // Templates qualify the name: "Key Learning:", "Main takeaways:", "My lessons learned:".
  [/^(?:(?:key |main |biggest |my )?(?:reflections?|learnings?|lessons?(?: learned| learnt)?|takeaways?)|learned|what i learned|looking back|l)$/i, 'reflection'],
];

export interface Marker {
  kind: SectionKind;
  /** Offset in the line where the marker itself starts. */
  markerOffset: number;
  /** Offset in the line where the part's own text starts. */
  contentOffset: number;
}

function kindOf(name: string): SectionKind | undefined {
  const clean = name.trim();
  for (const [re, kind] of NAMES) if (re.test(clean)) return kind;
  return undefined;
}

// Headings, quotes, bullets and list numbers ("2. TASK: …") before a marker.
const LEAD = String.raw`^\s*(?:#{1,6}\s*)?(?:>\s*)?(?:[-*•]\s+|\d{1,2}[.)]\s+)?`;
const EMPH = String.raw`(?:\*\*|__|\*|_)?`;
const NAME = String.raw`([A-Za-z][A-Za-z ]{0,20}?)`;
// "Situation (S):", "Task (T)": the name glossed with its letter, or with the time planned for
// the part ("RESULT (30 sec):", "Action (~60s)").
const GLOSS = String.raw`(?:\s*\((?:[A-Za-z]|~?\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:s|secs?|seconds?|mins?|minutes?|%))\))?`;
// "[S] text", "(S) text", "**[S]** text"
const BRACKETED = precompiled(new RegExp(String.raw`${LEAD}${EMPH}[[(]${NAME}[\])]${EMPH}\s*[:.\-–—]?\s*`));
// "Situation: text", "**Situation:** text", "**S** – text", "S - text", "S– text"
const LABELLED = precompiled(new RegExp(String.raw`${LEAD}${EMPH}${NAME}${GLOSS}${EMPH}\s*(?::${EMPH}|\s[-–—](?=\s)|\s?[–—])\s*`));
// "Situation", "## Result", "**Task**", "Action:"
const WHOLE_LINE = precompiled(new RegExp(String.raw`${LEAD}${EMPH}${NAME}${GLOSS}\s*:?${EMPH}\s*:?\s*$`));
// Inside a notes line: " T: ", " A – ", " [R] ", " Result: ".
const INLINE = /(?<=^|[\s.;,])(?:\[([A-Za-z]{1,11})\]|([STARL]|Situation|Task|Action|Result|Reflection|Learnings?|Lessons?)(?::|\s?[–—]|\s-(?=\s)))\s*/g;

// "## Results and impact", "**Lessons for next time**": a heading that opens with a part's name.
const PART_HEADING =
  precompiled(/^\s*(?:#{1,6}\s*|\*\*|__)(situation|context|background|task|goal|actions?|approach|results?|outcomes?|impact|reflections?|learnings?|lessons?|takeaways?)(?!\w)[^.?!]{0,40}$/i);

/** The marker that starts the line, if any. */
export function parseMarker(line: string): Marker | null {
  for (const re of [BRACKETED, WHOLE_LINE, LABELLED]) {
    const m = re.exec(line);
    if (!m) continue;
    const kind = kindOf(m[1]!);
    if (!kind) continue;
    // A single letter alone on a line ("A", "I") is a word, not a marker, unless it has a colon.
    if (re === WHOLE_LINE && m[1]!.trim().length === 1 && !line.includes(':')) continue;
    return { kind, markerOffset: 0, contentOffset: m[0].length };
  }
  const heading = PART_HEADING.exec(line);
  const kind = heading && kindOf(heading[1]!.replace(/s$/i, ''));
  return kind ? { kind, markerOffset: 0, contentOffset: line.length } : null;
}

/** Every marker of a line: the one starting it, then those inside a one-line notes answer. */
export function parseMarkers(line: string): Marker[] {
  const first = parseMarker(line);
  if (!first) return [];
  const markers = [first];
  INLINE.lastIndex = first.contentOffset;
  for (let m = INLINE.exec(line); m; m = INLINE.exec(line)) {
    const kind = kindOf(m[1] ?? m[2]!);
    if (!kind) continue;
    // Inline markers only count in story order after the line's first one ("S: … T: …").
    const last = markers[markers.length - 1]!;
    if (SECTION_KINDS.indexOf(kind) <= SECTION_KINDS.indexOf(last.kind)) continue;
    markers.push({ kind, markerOffset: m.index, contentOffset: m.index + m[0].length });
  }
  return markers;
}
