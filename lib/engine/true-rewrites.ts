// A rewrite is offered for Apply only when it is true and leaves a sentence no rule flags. The engine
// puts the rewrites into the story and analyzes it again: when another rule flags a new sentence,
// that rule's own stronger version is tried next ("We basically monitored it" → "We monitored it" →
// "I monitored it with [whom]"); slotted text stops there, since it is copied, never applied.
import type { Finding, RuleId } from './report';
import type { RuleRun } from './run-rules';
import { hasSlots } from '../rephrase/slots';

/** Rules about the wording of the very sentence or phrase they point at; the others anchor on a
 * sentence to say something is missing from the story, which no rewording of it can fix. */
export const WORDING_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'we-language',
  'passive-voice',
  'hedging',
  'handoff',
  'others-did-it',
  'vague-ending',
  'generic-reflection',
  'unverified-fix',
  'weak-motivation',
]);
/** When these fire, someone else did the work: an agentless step is not credited to the speaker. */
const OTHERS_ACT: ReadonlySet<RuleId> = new Set<RuleId>(['others-did-it', 'handoff']);
const MAX_ROUNDS = 3;

/** Analyzes the story text with some rewrites in place (only the wording rules are needed). */
export type Reanalyze = (text: string, delta: number) => RuleRun;

interface Offer {
  text: string;
  kind: 'rewrite' | 'slots' | 'instruction';
}

interface Pending {
  finding: Finding;
  candidate: string | undefined;
  fallback: string | undefined;
}

/** Phrase findings inside the sentence (a vague "everyone was happy") carry their slot into its rewrite. */
function withPhraseSlots(candidate: string, finding: Finding, all: readonly Finding[], text: string): string {
  let out = candidate;
  for (const g of all) {
    if (g === finding || g.suggestionKind !== 'slots' || !g.suggestion || !WORDING_RULES.has(g.rule)) continue;
    if (g.start < finding.start || g.end > finding.end || g.end - g.start >= finding.end - finding.start) continue;
    const phrase = text.slice(g.start, g.end);
    if (phrase && out.includes(phrase)) out = out.replace(phrase, g.suggestion);
  }
  return out;
}

function firstOffer(finding: Finding, run: RuleRun): string | undefined {
  const othersAct = run.findings.some((f) => OTHERS_ACT.has(f.rule));
  return finding.rule === 'passive-voice' && othersAct ? run.fallbacks.get(finding) : finding.replacement;
}

/** Splices non-overlapping candidates into the text; returns the text and where each one landed. */
function splice(text: string, batch: Pending[]): { text: string; at: Map<Pending, { start: number; end: number }> } {
  const at = new Map<Pending, { start: number; end: number }>();
  let out = '';
  let cursor = 0;
  let shift = 0;
  for (const p of [...batch].sort((a, b) => a.finding.start - b.finding.start)) {
    out += text.slice(cursor, p.finding.start) + p.candidate!;
    const start = p.finding.start + shift;
    shift += p.candidate!.length - (p.finding.end - p.finding.start);
    at.set(p, { start, end: start + p.candidate!.length });
    cursor = p.finding.end;
  }
  return { text: out + text.slice(cursor), at };
}

/** The findings with every rewrite either kept, turned into slots, or withdrawn. */
export function keepTrueRewrites(run: RuleRun, text: string, reanalyze: Reanalyze): Finding[] {
  const settled = new Map<Finding, Offer | undefined>();
  let pending: Pending[] = run.findings
    .filter((f) => f.replacement !== undefined)
    .map((finding) => ({ finding, candidate: firstOffer(finding, run), fallback: run.fallbacks.get(finding) }));
  for (let round = 0; pending.length > 0 && round < MAX_ROUNDS; round++) {
    // Slotted candidates are settled at once; the rest share one re-analysis, one rewrite per sentence.
    const batch: Pending[] = [];
    const later: Pending[] = [];
    for (const p of pending) {
      if (p.candidate === undefined) {
        settled.set(p.finding, undefined);
        continue;
      }
      p.candidate = withPhraseSlots(p.candidate, p.finding, run.findings, text);
      if (hasSlots(p.candidate)) settled.set(p.finding, { text: p.candidate, kind: 'slots' });
      else if (batch.some((b) => b.finding.start < p.finding.end && b.finding.end > p.finding.start)) later.push(p);
      else batch.push(p);
    }
    if (batch.length === 0) {
      pending = later;
      continue;
    }
    const changed = splice(text, batch);
    const after = reanalyze(changed.text, changed.text.length - text.length);
    for (const p of batch) {
      const range = changed.at.get(p)!;
      const flagged = after.findings.filter((g) => WORDING_RULES.has(g.rule) && g.start < range.end && g.end > range.start);
      if (flagged.length === 0) {
        settled.set(p.finding, { text: p.candidate!, kind: 'rewrite' });
        continue;
      }
      const next = flagged.find((g) => g.suggestion && g.start <= range.start && g.end >= range.end);
      if (next?.suggestionKind === 'instruction') {
        settled.set(p.finding, { text: next.suggestion!, kind: 'instruction' });
        continue;
      }
      const nextText = next ? (firstOffer(next, after) ?? next.suggestion) : undefined;
      later.push({ finding: p.finding, candidate: nextText ?? p.fallback, fallback: next ? after.fallbacks.get(next) : undefined });
    }
    pending = later;
  }
  return run.findings.map((finding) => {
    if (finding.replacement === undefined) return finding;
    const { suggestion: _s, suggestionKind: _k, replacement: _r, ...rest } = finding;
    const offer = settled.get(finding);
    if (!offer) return rest;
    return { ...rest, suggestion: offer.text, suggestionKind: offer.kind, ...(offer.kind === 'rewrite' ? { replacement: offer.text } : {}) };
  });
}
