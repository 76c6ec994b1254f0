// What a rule sees of one story: its sentences with their STAR part, and the options in force.
import type { Focus, Level, Section, SectionKind } from './report';
import type { QuestionProfile } from '../coaching/questions';

export interface Sentence {
  /** The sentence as written (no surrounding whitespace or list bullet). */
  text: string;
  /** UTF-16 offsets into the analyzed text. */
  start: number;
  end: number;
  /** The STAR part it belongs to. */
  section: SectionKind;
  words: number;
  /** Position among the story's sentences, from 0. */
  index: number;
  /** True when the part comes from an explicit marker ("Result:", "[R]") rather than cues. */
  marked?: boolean;
  /** True for an opening outcome headline ("I cut costs 40%…") told before the story; it is
   * counted in Situation for timing, and rules on the opening can look at it. */
  leadIn?: boolean;
}

export interface StoryContext {
  /** The whole analyzed text: every offset refers to it. */
  text: string;
  start: number;
  end: number;
  title?: string;
  question: QuestionProfile;
  level: Level;
  focus: Focus;
  wordsPerMinute: number;
  /** The story's sentences in order; headings and part markers excluded. */
  sentences: Sentence[];
  /** The parts the story has, in order. */
  sections: Section[];
  words: number;
  seconds: number;
}
