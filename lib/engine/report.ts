// The Report contract of SPEC §2: the CLI, the UI, storage and outside checks read exactly this shape.
import type { NonStarQuestionId } from '../coaching/non-star-questions';

export const SECTION_KINDS = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const LEVELS = ['junior', 'mid', 'senior', 'staff'] as const;
export type Level = (typeof LEVELS)[number];

export const FOCUSES = ['general', 'ownership', 'technical', 'speed'] as const;
export type Focus = (typeof FOCUSES)[number];

export const QUESTION_IDS = [
  'production-incident',
  'ownership',
  'conflict',
  'disagree-manager',
  'failure',
  'deadline',
  'leadership',
  'ambiguity',
  'general',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const RULE_IDS = [
  'situation-too-long',
  'architecture-detail',
  'missing-scope-boundary',
  'we-language',
  'passive-voice',
  'handoff',
  'others-did-it',
  'unquantified-impact',
  'missing-business-value',
  'missing-second-order',
  'vague-ending',
  'generic-reflection',
  'missing-reflection',
  'unverified-fix',
  'weak-motivation',
  'hedging',
  'missing-section',
  'answer-too-long',
  'answer-too-short',
  'buried-outcome',
  'missing-investigation',
  'missing-prevention',
  'long-reflection',
  'missing-org-insight',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface AnalyzeOptions {
  /** A question id for every story; when absent, each story's own (see `questions`, `questionHint`). */
  question?: QuestionId;
  /** The user's choice per story, keyed by `storyKey(title, index)`: wins over detection. */
  questions?: Record<string, QuestionId>;
  /** For stories whose heading names no question: the one the field's own label names. */
  questionHint?: QuestionId;
  level?: Level;
  focus?: Focus;
  /** Speaking rate, 80–220; default 140. */
  wordsPerMinute?: number;
  /** The field's label (or the heading above it): a question that asks for no story, named
   * there, makes a story without a heading of its own get timing only. */
  fieldLabel?: string;
}

/** Names a story within its text: its heading, else its position ("#0"), as the user sees it. */
export function storyKey(title: string | undefined, index: number): string {
  return title?.trim() || `#${index}`;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  section?: SectionKind;
  /** UTF-16 offsets into the analyzed text: the exact sentence or phrase. */
  start: number;
  end: number;
  message: string;
  why: string;
  suggestion?: string;
  /** What `suggestion` is, present with it: `rewrite` is the user's sentence made stronger with only
   * its own facts (it can be applied); `slots` has fill-in slots, written `[…]`, for facts only the
   * user knows (copied, never applied); `instruction` says what to add or cut (shown, not copied). */
  suggestionKind?: SuggestionKind;
  /** Present when `suggestion` can replace `text.slice(start, end)` as is (`rewrite` only). */
  replacement?: string;
}

export const SUGGESTION_KINDS = ['rewrite', 'slots', 'instruction'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
  words: number;
  seconds: number;
  target: { min: number; max: number };
}

export interface ChecklistItem {
  id: string;
  label: string;
  /** Ticked from positive evidence in the story (never from a rule's silence alone). */
  done: boolean;
  /** What earned the tick: the sentence (offsets into the analyzed text), or for timing items the
   * part measured, with `text` saying the measure. */
  evidence?: { start: number; end: number; text: string };
}

/** Why a story gets no findings: it does not read as a story yet, or its question asks for none. */
export interface StoryNotice {
  kind: 'not-a-story' | 'not-star-question';
  /** One line for the panel: what the coach waits for, or why it shows timing only. */
  message: string;
  /** For `not-star-question`: which kind of question it is. */
  question?: NonStarQuestionId;
}

export interface Story {
  start: number;
  end: number;
  title?: string;
  question: QuestionId;
  words: number;
  seconds: number;
  sections: Section[];
  findings: Finding[];
  checklist: ChecklistItem[];
  /** Set when the story gets no findings on purpose (see StoryNotice). */
  notice?: StoryNotice;
}

export interface Report {
  wordsPerMinute: number;
  stories: Story[];
  /** Set when the text is mostly not English: the coach then reports no rule findings. */
  notice?: 'not-english';
}
