// Small views of a Report for tests: the parts of a story and the part a phrase landed in.
import { analyze } from '../../../lib/engine/analyze';
import type { AnalyzeOptions, SectionKind, Story } from '../../../lib/engine/report';

export function storiesOf(text: string, options?: AnalyzeOptions): Story[] {
  return analyze(text, options).stories;
}

export function partsOf(text: string, options?: AnalyzeOptions): SectionKind[] {
  return storiesOf(text, options).flatMap((s) => s.sections.map((x) => x.kind));
}

/** The part holding the first occurrence of `phrase`, or undefined. */
export function partOf(text: string, phrase: string, options?: AnalyzeOptions): SectionKind | undefined {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  for (const story of storiesOf(text, options)) {
    const section = story.sections.find((s) => at >= s.start && at < s.end);
    if (section) return section.kind;
  }
  return undefined;
}

export function sectionSeconds(text: string, kind: SectionKind, options?: AnalyzeOptions): number {
  return storiesOf(text, options)[0]?.sections.find((s) => s.kind === kind)?.seconds ?? 0;
}
