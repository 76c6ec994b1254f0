// Explicit STAR part markers at the start of a line: "Situation:", "S:", "S –", "[S]",
// "**Task**", "## Action", "Learnings:", or a line that is only the part's name.
import type { SectionKind } from './report';

const NAMES: [RegExp, SectionKind][] = [
  [/^(?:situation|context|background|problem|s)$/i, 'situation'],
  [/^(?:task|goal|objective|challenge|t)$/i, 'task'],
  [/^(?:actions?|what i did|approach|a)$/i, 'action'],
  [/^(?:results?|outcomes?|impact|r)$/i, 'result'],
  [/^(?:reflections?|learnings?|lessons?(?: learned| learnt)?|takeaways?|what i learned|l)$/i, 'reflection'],
];

export interface Marker {
  kind: SectionKind;
  /** Offset (in the line) where the part's own text starts. */
  contentOffset: number;
}

function kindOf(name: string): SectionKind | undefined {
  const clean = name.trim();
  for (const [re, kind] of NAMES) if (re.test(clean)) return kind;
  return undefined;
}

// "[S] text", "(S) text"
const BRACKETED = /^\s*(?:[-*•]\s*)?[[(]([A-Za-z][A-Za-z ]{0,20})[\])]\s*[:.\-–—]?\s*/;
// "Situation: text", "**S** – text", "## Result", "S - text"
const LABELLED = /^\s*(?:#{1,6}\s*)?(?:[-*•]\s*)?(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,20}?)(?:\*\*|__)?\s*(?::|\s[-–—]\s?|\s?[–—])\s*/;
const WHOLE_LINE = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?([A-Za-z][A-Za-z ]{0,20}?)(?:\*\*|__)?\s*:?\s*$/;

export function parseMarker(line: string): Marker | null {
  for (const re of [BRACKETED, WHOLE_LINE, LABELLED]) {
    const m = re.exec(line);
    if (!m) continue;
    const kind = kindOf(m[1]!);
    // A single letter only counts with explicit punctuation, never as a bare word line ("A").
    if (!kind) continue;
    if (re === WHOLE_LINE && m[1]!.trim().length === 1 && !/:/.test(line)) continue;
    return { kind, contentOffset: m[0].length };
  }
  return null;
}
