// Picking sentences out of a story and turning them into hits: what most rules need.
import type { Sentence, StoryContext } from '../../engine/context';
import type { SectionKind } from '../../engine/report';
import type { RuleHit } from '../types';

export function sentencesIn(story: StoryContext, ...kinds: SectionKind[]): Sentence[] {
  return story.sentences.filter((s) => kinds.includes(s.section));
}

export function hasSection(story: StoryContext, kind: SectionKind): boolean {
  return story.sections.some((s) => s.kind === kind);
}

export function secondsIn(story: StoryContext, kind: SectionKind): number {
  return story.sections.filter((s) => s.kind === kind).reduce((n, s) => n + s.seconds, 0);
}

/** A hit on one sentence, with its part. */
export function hitOn(sentence: Sentence, extra: Omit<RuleHit, 'start' | 'end' | 'section'> = {}): RuleHit {
  return { start: sentence.start, end: sentence.end, section: sentence.section, ...extra };
}

/** A hit covering a run of sentences (first to last). */
export function hitOver(sentences: readonly Sentence[], extra: Omit<RuleHit, 'start' | 'end' | 'section'> = {}): RuleHit | undefined {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, section: first.section, ...extra };
}

/** The sentence to point at when something is absent from the outcome: the last Result sentence, else the last before any Reflection. */
export function closingOutcomeSentence(story: StoryContext): Sentence | undefined {
  const results = sentencesIn(story, 'result');
  if (results.length) return results[results.length - 1];
  const beforeReflection = story.sentences.filter((s) => s.section !== 'reflection');
  return beforeReflection[beforeReflection.length - 1] ?? story.sentences[story.sentences.length - 1];
}

export function lastSentence(story: StoryContext): Sentence | undefined {
  return story.sentences[story.sentences.length - 1];
}

/** "about 48 seconds", for messages. */
export function aboutSeconds(seconds: number): string {
  return `about ${Math.round(seconds)} seconds`;
}
