// A rule is data (id, severity, message, why, when it applies) plus a check over one story,
// and carries its own flagged and passing examples that test/unit/rules.test.ts runs.
import type { AnalyzeOptions, Focus, Level, QuestionId, RuleId, SectionKind, Severity, SuggestionKind } from '../engine/report';
import type { StoryContext } from '../engine/context';

export interface RuleHit {
  start: number;
  end: number;
  section?: SectionKind;
  /** Overrides the rule's default message when the hit needs a more specific one. */
  message?: string;
  suggestion?: string;
  /** Inferred when absent: `rewrite` with a replacement, `slots` when the text has `[…]`, else `instruction`. */
  suggestionKind?: SuggestionKind;
  replacement?: string;
  /** The slotted version a rewrite falls back to when the engine cannot keep it (lib/engine/true-rewrites.ts). */
  slotted?: string;
}

export interface RuleExample {
  text: string;
  options?: AnalyzeOptions;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** Default one-sentence message: what is wrong. */
  message: string;
  /** The principle behind it, in the product's own words. */
  why: string;
  /** The finding is about the whole answer (its length), not one part: reported without a part. */
  wholeAnswer?: boolean;
  /** Restricts the rule to these questions / focuses / levels; absent means all. */
  questions?: readonly QuestionId[];
  focus?: readonly Focus[];
  levels?: readonly Level[];
  check(story: StoryContext): RuleHit[];
  examples: { flagged: RuleExample[]; passing: RuleExample[] };
}
