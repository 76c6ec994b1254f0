// Runs every rule that applies to a story and turns its hits into findings.
import { compilePending } from './precompiled';
import type { StoryContext } from './context';
import type { Finding, RuleId, SectionKind } from './report';
import { RULES } from '../rules/registry';
import type { Rule } from '../rules/types';
import { kindOf } from '../rephrase/slots';
import { decide } from '../evidence/decide';

export function ruleApplies(rule: Rule, story: StoryContext): boolean {
  return (
    (!rule.questions || rule.questions.includes(story.question.id)) &&
    (!rule.focus || rule.focus.includes(story.focus)) &&
    (!rule.levels || rule.levels.includes(story.level))
  );
}

/** The rules that apply to a story under its question, focus and level. */
export function applicableRules(story: StoryContext): Set<RuleId> {
  return new Set(RULES.filter((rule) => ruleApplies(rule, story)).map((rule) => rule.id));
}

function sectionAt(story: StoryContext, offset: number): SectionKind | undefined {
  return story.sections.find((s) => offset >= s.start && offset < s.end)?.kind;
}

export interface RuleRun {
  findings: Finding[];
  applicable: Set<RuleId>;
  /** What each rewrite falls back to when the engine cannot keep it (true-rewrites.ts). */
  fallbacks: Map<Finding, string>;
}

/** Runs the rules that apply (or only those in `only`) on a story. */
export function runRules(story: StoryContext, only?: ReadonlySet<RuleId>): RuleRun {
  compilePending();
  const findings: Finding[] = [];
  const fallbacks = new Map<Finding, string>();
  const applicable = new Set<RuleId>();
  for (const rule of RULES) {
    if (!ruleApplies(rule, story) || (only && !only.has(rule.id))) continue;
    applicable.add(rule.id);
    let hits;
    try {
      hits = decide(rule.id, story, rule.check(story));
    } catch {
      // One faulty rule must not take the whole report down.
      continue;
    }
    for (const hit of hits) {
      const section = rule.wholeAnswer ? undefined : (hit.section ?? sectionAt(story, hit.start));
      const finding: Finding = {
        rule: rule.id,
        severity: rule.severity,
        ...(section ? { section } : {}),
        start: hit.start,
        end: hit.end,
        message: hit.message ?? rule.message,
        why: rule.why,
        ...(hit.suggestion ? { suggestion: hit.suggestion, suggestionKind: hit.suggestionKind ?? kindOf(hit.suggestion, hit.replacement) } : {}),
        ...(hit.suggestion && hit.replacement !== undefined ? { replacement: hit.replacement } : {}),
      };
      findings.push(finding);
      if (hit.slotted && finding.replacement !== undefined) fallbacks.set(finding, hit.slotted);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, applicable, fallbacks };
}
