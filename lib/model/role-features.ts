// What the sentence-role model sees of one sentence: a few named signals (the part cues, who
// acts and what step, position, numbers, tense) and hashed words and word pairs. Sparse
// (index, value) pairs into a fixed-size vector, so weights stay a small dense table.
import { cueScores } from '../engine/cues';
import { SECTION_KINDS } from '../engine/report';
import { clausesOf, STEP_KINDS } from '../features/clauses';
import { isGeneralTruth } from '../rules/shared/general-truth';

/** Size of the feature vector: named signals first, hashed words after. */
export const FEATURE_DIMS = 2048;

const NAMED = [
  ...SECTION_KINDS.map((k) => `cue:${k}`),
  ...['self', 'group', 'other', 'none'].flatMap((a) => [`actor:${a}`, ...STEP_KINDS.map((s) => `act:${a}:${s}`)]),
  'passive', 'framing-first', 'pos:first', 'pos:last', 'pos:rel', 'pos:early', 'pos:late', 'number', 'percent', 'money',
  'tense:modal', 'tense:present', 'len:short', 'len:long', 'question-mark', 'heading-like', 'colon-lead', 'quote',
  // A maxim ("Simple solutions often win") closes a story as its lesson far more often than it sets one up.
  'general-truth',
  // Where in the story, in fifths: the parts' usual places, finer than early/late.
  'pos:q0', 'pos:q1', 'pos:q2', 'pos:q3', 'pos:q4',
] as const;
export type NamedFeature = (typeof NAMED)[number];
const NAMED_INDEX = new Map<string, number>(NAMED.map((n, i) => [n, i]));
const HASHED_FROM = 64;

export type Features = Map<number, number>;

/** FNV-1a, for a stable word → bucket mapping across runs and machines. */
function bucket(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return HASHED_FROM + (h % (FEATURE_DIMS - HASHED_FROM));
}

function add(f: Features, index: number, value: number): void {
  f.set(index, (f.get(index) ?? 0) + value);
}

function named(f: Features, name: NamedFeature, value = 1): void {
  if (value !== 0) add(f, NAMED_INDEX.get(name)!, value);
}

const MODAL = /\b(?:would|should|will|could|next time|going forward|from now on|always|never)\b/i;
const PRESENT = /\b(?:is|are|am|now|today|these days)\b/i;

/** Features of sentence `index` of `count` in a story (its cue scores, when already computed, are reused). */
export function roleFeatures(sentence: string, index: number, count: number, cues = cueScores(sentence)): Features {
  const f: Features = new Map();
  for (const k of SECTION_KINDS) named(f, `cue:${k}`, Math.min(cues[k], 6) / 3);
  const clauses = clausesOf(sentence);
  for (const c of clauses) {
    if (c.framing) continue;
    named(f, `actor:${c.actor}`, 0.5);
    if (c.step) named(f, `act:${c.actor}:${c.step}` as NamedFeature, 0.5);
    if (c.passive) named(f, 'passive', 0.5);
  }
  if (clauses[0]?.framing) named(f, 'framing-first');
  const rel = count > 1 ? index / (count - 1) : 0;
  named(f, 'pos:rel', rel);
  if (index === 0) named(f, 'pos:first');
  if (index === count - 1) named(f, 'pos:last');
  if (rel < 0.25) named(f, 'pos:early');
  if (rel > 0.75) named(f, 'pos:late');
  named(f, `pos:q${Math.min(4, Math.floor(rel * 5))}` as NamedFeature);
  if (/\d/.test(sentence)) named(f, 'number');
  if (/%|\bpercent\b/i.test(sentence)) named(f, 'percent');
  if (/[$€£¥]\s?\d|\b(?:revenue|cost|saved|savings)\b/i.test(sentence)) named(f, 'money');
  if (MODAL.test(sentence)) named(f, 'tense:modal');
  if (PRESENT.test(sentence)) named(f, 'tense:present');
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length <= 4) named(f, 'len:short');
  if (words.length >= 30) named(f, 'len:long');
  if (/\?\s*["'”’]?$/.test(sentence)) named(f, 'question-mark');
  if (/:\s*$/.test(sentence) || (words.length <= 4 && !/[.!?]$/.test(sentence))) named(f, 'heading-like');
  if (/^[^.]{1,30}:\s/.test(sentence)) named(f, 'colon-lead');
  if (/^["'“‘]/.test(sentence)) named(f, 'quote');
  if (isGeneralTruth(sentence)) named(f, 'general-truth');
  // Words and word pairs, and the sentence's opening words, which carry most of its role.
  const scale = 1 / Math.sqrt(Math.max(1, words.length));
  for (let i = 0; i < words.length; i++) {
    add(f, bucket(`w:${words[i]}`), scale);
    if (i + 1 < words.length) add(f, bucket(`b:${words[i]} ${words[i + 1]}`), scale);
  }
  if (words[0]) add(f, bucket(`^${words[0]}`), 1);
  if (words[1]) add(f, bucket(`^${words[0]} ${words[1]}`), 1);
  return f;
}
