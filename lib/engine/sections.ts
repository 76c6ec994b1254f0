// Places every sentence of a story in a STAR part: explicit markers win; otherwise cues,
// with parts kept in story order (the best monotonic assignment over the sentences).
import { cueScores, OUTCOME_HEADLINE, type CueScores } from './cues';
import { clausesOf } from '../features/clauses';
import { SECTION_KINDS, type SectionKind } from './report';
import { roleEvidence } from '../model/role-scores';
import type { RoleWeights } from '../model/roles';

export interface SentenceDraft {
  start: number;
  end: number;
  text: string;
  /** Set when the sentence sits under an explicit marker. */
  marked?: SectionKind;
}

export interface Placement {
  kinds: SectionKind[];
  /** Which sentences had their part fixed by a marker. */
  marked: boolean[];
  /** Index of an opening outcome headline, counted in Situation, or -1. */
  leadIn: number;
}

// An opening "I cut X by 40%, saving $Y" followed by the story: told outcome-first.
const MIN_SENTENCES_FOR_LEAD_IN = 4;

/** How much the trained role model counts against the hand-set cues (its log-probabilities are added). */
export const MODEL_WEIGHT = 1.5;

/** From this many sentences the model counts in full; the cues were written for shorter drafts. */
export const MODEL_MIN_SENTENCES = 10;
/** A shorter draft (from three sentences) hears the model at a lower weight, where the cues leave
 * it room (see shortDraftEvidence). Both set by grouped cross-validation (`npm run train -- --cv`). */
const SHORT_DRAFT_MIN_SENTENCES = 3;
const SHORT_DRAFT_SHARE = 2 / 3;

/** The role model in force: shipped weights unless another set is given (cross-validation). */
export interface RoleModel {
  weights?: RoleWeights;
  alpha: number;
}

export function classify(sentences: SentenceDraft[], model: RoleModel = { alpha: MODEL_WEIGHT }): Placement {
  const firstMarked = sentences.findIndex((s) => s.marked);
  if (firstMarked < 0) return { ...classifyUnmarked(sentences, model), marked: sentences.map(() => false) };
  // The prelude before the first marker is placed by cues among the parts that can come
  // before that marker.
  const first = SECTION_KINDS.indexOf(sentences[firstMarked]!.marked!);
  const prelude = classifyUnmarked(sentences.slice(0, firstMarked), model, 0, first);
  const body = sentences.slice(firstMarked);
  if (body.some((s) => s.marked !== body[0]!.marked)) {
    // Parts marked throughout: the markers win.
    return {
      kinds: continueRepeatedParts([...prelude.kinds, ...body.map((s) => s.marked!)]),
      marked: sentences.map((_, i) => i >= firstMarked),
      leadIn: prelude.leadIn,
    };
  }
  // A single marker ("Context: …" then the whole answer as prose) fixes only the sentence it
  // introduces; what follows is placed by cues, from that part on.
  const rest = classifyUnmarked(body.slice(1), model, first, SECTION_KINDS.length - 1, false);
  return {
    kinds: [...prelude.kinds, body[0]!.marked!, ...rest.kinds],
    marked: sentences.map((_, i) => i === firstMarked),
    leadIn: prelude.leadIn,
  };
}

/**
 * A part marked a second time after another part ("A: … R: … A: more") continues the part
 * being told, so every part appears once in `sections` and parts never overlap.
 */
function continueRepeatedParts(kinds: SectionKind[]): SectionKind[] {
  const seen = new Set<SectionKind>();
  const out: SectionKind[] = [];
  for (const kind of kinds) {
    const previous = out[out.length - 1];
    out.push(previous !== undefined && kind !== previous && seen.has(kind) ? previous : kind);
    seen.add(out[out.length - 1]!);
  }
  return out;
}

function classifyUnmarked(sentences: SentenceDraft[], model: RoleModel, minKind = 0, maxKind = SECTION_KINDS.length - 1, opening = true): Omit<Placement, 'marked'> {
  const scores = sentences.map((s) => cueScores(s.text));
  const evidence = modelEvidence(sentences, scores, model);
  // The cues and the trained model's weighted log-probabilities, added: each part's evidence for the sentence.
  const grid = (rows: typeof scores, from = 0) => rows.map((c, i) => SECTION_KINDS.map((k, j) => c[k] + (evidence ? evidence[i + from]![j]! : 0)));
  const told = bestMonotonic(grid(scores), minKind, maxKind, opening);
  if (opening && minKind === 0 && canOpenWithOutcome(sentences, scores)) {
    const rest = bestMonotonic(grid(scores.slice(1), 1), minKind, maxKind, opening);
    // Outcome-first when the opening says so plainly, or when the story reads better with the
    // opening set aside as a headline than with every later part pushed after it.
    const opener = sentences[0]!.text;
    if (OUTCOME_HEADLINE.test(opener) || (SPEAKER.test(opener) && grid(scores.slice(0, 1))[0]![SECTION_KINDS.indexOf('result')]! + rest.total > told.total)) {
      return { kinds: ['situation', ...rest.kinds], leadIn: 0 };
    }
  }
  return { kinds: told.kinds, leadIn: -1 };
}

/** The model's weighted log-probabilities per sentence and part, or none for a draft too short to read. */
function modelEvidence(sentences: SentenceDraft[], scores: CueScores[], model: RoleModel): number[][] | undefined {
  if (model.alpha <= 0 || sentences.length < SHORT_DRAFT_MIN_SENTENCES) return undefined;
  const logProbs = roleEvidence(sentences.map((s) => s.text), model.weights, scores).logProbs;
  if (sentences.length >= MODEL_MIN_SENTENCES) return logProbs.map((row) => row.map((v) => model.alpha * v));
  return shortDraftEvidence(sentences, scores, logProbs, model.alpha * SHORT_DRAFT_SHARE);
}

const REFLECTION = SECTION_KINDS.indexOf('reflection');
const RESULT = SECTION_KINDS.indexOf('result');
/** The speaker, or their group, is the subject of a clause that is not a time or reason frame. */
const speakerClauses = (text: string) => clausesOf(text).filter((c) => !c.framing && (c.actor === 'self' || c.actor === 'group'));
const speakerActs = (text: string) => speakerClauses(text).length > 0;
const speakerTellsStep = (text: string) => speakerClauses(text).some((c) => c.step !== undefined);

/**
 * Where the model may speak in a short draft. Its words misread scene-setting in the past tense as
 * steps, so it is silent until the speaker tells a step of their own, and on a sentence where
 * neither the speaker nor their group acts and the cues hear the scene ("the next morning, double
 * bookings started").
 * A closing line in the present ("It works now") is no more a lesson than an outcome until a
 * lesson is said, so before the first lesson cue the Reflection gets no more than the Result.
 */
function shortDraftEvidence(sentences: SentenceDraft[], scores: CueScores[], logProbs: number[][], weight: number): number[][] {
  const firstStep = sentences.findIndex((s) => speakerTellsStep(s.text));
  const lessonFrom = scores.findIndex((c) => c.reflection > 0);
  return logProbs.map((row, i) => {
    const text = sentences[i]!.text;
    if (firstStep < 0 || i < firstStep || (scores[i]!.situation > 0 && !speakerActs(text))) return row.map(() => 0);
    const lessonSaid = lessonFrom >= 0 && i >= lessonFrom;
    return row.map((v, j) => weight * (j === REFLECTION && !lessonSaid ? Math.min(v, row[RESULT]!) : v));
  });
}

// A headline is the speaker's own outcome; a problem with a number ("errors rose 5%") is scene.
const SPEAKER = /\b(?:I|we)(?!\w)/i;

/** An opening that reports an outcome, followed by a story that goes on to tell how. */
function canOpenWithOutcome(sentences: SentenceDraft[], scores: ReturnType<typeof cueScores>[]): boolean {
  const first = scores[0];
  if (!first || sentences.length < MIN_SENTENCES_FOR_LEAD_IN) return false;
  if (first.reflection > 0 || first.result <= 0) return false;
  return scores.slice(1).some((s) => s.action >= 2);
}

/** Best total cue score with parts never going backwards. */
function bestMonotonic(score: number[][], minKind: number, maxKind: number, opening: boolean): { kinds: SectionKind[]; total: number } {
  const n = score.length;
  if (n === 0) return { kinds: [], total: 0 };
  const K = maxKind + 1;
  // The opening sentence of a story usually sets the scene.
  if (opening) score[0]![0]! += 1;
  // Parts before minKind are out of reach.
  for (const row of score) for (let k = 0; k < minKind; k++) row[k] = -Infinity;
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    best.push([]);
    from.push([]);
    for (let k = 0; k < K; k++) {
      let prev = i === 0 ? 0 : -Infinity;
      let arg = k;
      // On ties the earliest part wins: a sentence without cues continues the part before it.
      for (let j = 0; i > 0 && j <= k; j++) {
        if (best[i - 1]![j]! > prev) {
          prev = best[i - 1]![j]!;
          arg = j;
        }
      }
      best[i]![k] = prev + score[i]![k]!;
      from[i]![k] = arg;
    }
  }
  let k = 0;
  for (let j = 1; j < K; j++) if (best[n - 1]![j]! > best[n - 1]![k]!) k = j;
  const total = best[n - 1]![k]!;
  const kinds: SectionKind[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    kinds[i] = SECTION_KINDS[k]!;
    k = from[i]![k]!;
  }
  return { kinds, total };
}
