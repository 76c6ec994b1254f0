// Who acts in each clause of a sentence, and what kind of step it is. Cheap word scanning (no
// parse), so it runs on every sentence: the sentence-role model and the actor rules read it.
import { memoByText } from '../engine/memo';
import { STEP_KINDS, stepOf, stepOfPair, type StepKind } from './steps';

export type Actor = 'self' | 'group' | 'other' | 'none';
export { STEP_KINDS, type StepKind };

export interface Clause {
  /** Offset of the clause in the sentence. */
  start: number;
  end: number;
  actor: Actor;
  /** The step the clause tells, when its verb is a step of the work. */
  step?: StepKind;
  /** The verb as written ("figured out", "managed to ship"). */
  verb?: string;
  /** A time, reason or relative clause ("when we launched", "which we fixed"): it frames, it does not tell a step. */
  framing: boolean;
  /** Told without an actor: "the fix was deployed". */
  passive: boolean;
}

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[;:—–()]|,/gu;
const BREAK = new Set([';', ':', '—', '–', '(', ')', ',']);
const CONJUNCTION = new Set(['and', 'but', 'so', 'then', 'yet', 'or']);
const SUBORDINATE = new Set(['when', 'once', 'after', 'before', 'because', 'since', 'if', 'as', 'while', 'until', 'unless', 'although', 'though', 'that', 'which', 'where', 'whether', 'who', 'whom', 'how', 'why', 'what', 'whenever']);
const GROUP = new Set(['we', 'us', "we've", "we'd", "we're", 'we’ve', 'we’d']);
const OTHER = new Set(['they', 'he', 'she', "they'd", "he'd", "she'd", 'someone', 'everyone', 'nobody', 'somebody']);
const PARTY_NOUNS = new Set(['team', 'teams', 'engineer', 'engineers', 'manager', 'lead', 'colleague', 'colleagues', 'teammate', 'teammates', 'coworker', 'co-worker', 'vendor', 'client', 'customer', 'consultants', 'consultant', 'dba', 'sre', 'developer', 'developers', 'owner', 'cto', 'ceo', 'vp', 'pm', 'designer', 'support', 'ops', 'qa', 'leadership', 'director', 'boss', 'contractor', 'partner']);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'another', 'one', 'our', 'my', 'that', 'this']);
const ADVERBS = new Set(['then', 'also', 'first', 'quickly', 'eventually', 'finally', 'immediately', 'personally', 'together', 'all', 'both', 'later', 'soon', 'successfully', 'ultimately', 'just', 'actually', 'basically', 'jointly', 'initially', 'carefully', 'really', 'never', 'not', 'still', 'only', 'even', 'further', 'collectively', 'manually']);
const BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'got', 'being']);

function tokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ word: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The clauses of a sentence, each with its actor and step. Memoized: the role model, the cues and
 * the evidence readers all read them, and a rewrite check reads the story's sentences again. */
export const clausesOf = memoByText((sentence: string): readonly Clause[] => {
  const toks = tokens(sentence);
  const out: Clause[] = [];
  let from = 0;
  let inherited: Actor = 'none';
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    const boundary = t === undefined || BREAK.has(t.word) || (i > from && (CONJUNCTION.has(t.lower) || SUBORDINATE.has(t.lower)) && toks[i - 1]?.word !== ',' && !joinsSpeaker(toks, from, i));
    if (!boundary) continue;
    if (i > from) {
      const clause = readClause(toks.slice(from, i), inherited, out.length === 0);
      if (clause) {
        out.push(clause);
        if (clause.actor !== 'none') inherited = clause.actor;
      }
    }
    from = t !== undefined && BREAK.has(t.word) ? i + 1 : i;
  }
  return out;
});

/** "My team and I", "Lea and I": one subject, not two clauses. */
function joinsSpeaker(toks: Token[], from: number, i: number): boolean {
  const head = toks.slice(from, i);
  if (head.some((_, j) => stepAt(head, j))) return false;
  // "I then fixed", "we then traced": an adverb after the subject.
  if (toks[i]!.lower === 'then' && head.length <= 2) return true;
  return toks[i]!.lower === 'and' && toks[i + 1]?.word === 'I' && head.length <= 3;
}

function isSelf(toks: Token[], i: number): boolean {
  return toks[i]!.word === 'I' || toks[i]!.lower === "i'm" || toks[i]!.lower === "i've" || toks[i]!.lower === "i'd";
}

function readClause(toks: Token[], inherited: Actor, first: boolean): Clause | undefined {
  let i = 0;
  let framing = false;
  while (i < toks.length && CONJUNCTION.has(toks[i]!.lower)) i++;
  if (i < toks.length && SUBORDINATE.has(toks[i]!.lower)) {
    framing = true;
    i++;
  }
  const body = toks.slice(i);
  if (body.length === 0) return undefined;
  const actor = actorOf(body, inherited, first);
  const found = stepIn(body);
  const passive = found?.passive ?? false;
  // A passive names its actor only after "by": "deployed by the platform team".
  const by = body.findIndex((t) => t.lower === 'by');
  const actorNow = !passive ? actor : by < 0 ? 'none' : actorOf(body.slice(by + 1), 'none', false);
  // Built whole, not spread: this runs on every clause of every sentence.
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  return found ? { actor: actorNow, step: found.kind, verb: found.verb, framing, passive, start, end } : { actor: actorNow, framing, passive, start, end };
}

/** The clause's subject: the speaker, a group with the speaker, another party, or none. */
function actorOf(body: Token[], inherited: Actor, first: boolean): Actor {
  const together = body.some((t) => t.lower === 'together');
  // "My manager and I", "Lea and I": a partner and the speaker share the subject.
  const partnerAndI = body.findIndex((t, j) => t.lower === 'and' && body[j + 1]?.word === 'I');
  if (partnerAndI > 0 && partnerAndI <= 3 && !body.slice(0, partnerAndI).some((_, j) => stepAt(body, j))) return 'group';
  for (let j = 0; j < Math.min(body.length, 6); j++) {
    const t = body[j]!;
    if (isSelf(body, j)) {
      // "my team and I", "Lea and I": the speaker inside a group.
      return j > 0 && body[j - 1]!.lower === 'and' ? 'group' : together ? 'group' : 'self';
    }
    if (GROUP.has(t.lower)) return 'group';
    if ((t.lower === 'team' || t.lower === 'squad') && (body[j - 1]?.lower === 'our' || body[j - 1]?.lower === 'my')) {
      return body[j + 1]?.lower === 'and' && body[j + 2]?.word === 'I' ? 'group' : body[j - 1]!.lower === 'our' ? 'group' : 'other';
    }
    if (OTHER.has(t.lower)) return 'other';
    if (PARTY_NOUNS.has(t.lower) && j > 0) return 'other';
    if (ADVERBS.has(t.lower) || DETERMINERS.has(t.lower)) continue;
    // A clause that opens on a verb shares the subject before it ("I traced it, fixed it");
    // the opening clause of a note ("Reproduced the bug") is the speaker's.
    if (j === 0 && stepOf(t.lower)) return first ? 'self' : inherited;
    // The word tests come before the capital-letter patterns, which cost more.
    if (j === 0 && !first && stepOf(body[1]?.lower ?? '') && /^\p{Lu}/u.test(t.word)) return 'other';
    if (j === 0 && first && stepOf(body[1]?.lower ?? '') && !stepOf(t.lower) && /^\p{Lu}\p{Ll}+$/u.test(t.word)) return 'other';
  }
  return together ? 'group' : 'none';
}

/** The first step verb of the clause: "dug", "figured out", "managed to ship", "was deployed". */
function stepIn(body: Token[]): { kind: StepKind; verb: string; passive: boolean } | undefined {
  for (let j = 0; j < body.length; j++) {
    const w = body[j]!.lower;
    const particle = body[j + 1]?.lower;
    // "managed to ship", "were able to fix": a step told as an achievement.
    if ((w === 'managed' || w === 'able') && particle === 'to' && stepOf(body[j + 2]?.lower ?? '')) {
      return { kind: 'achieve', verb: `${w} to ${body[j + 2]!.lower}`, passive: false };
    }
    const pair = particle ? stepOfPair(w, particle) : undefined;
    const kind = pair || stepOf(w);
    if (!kind || !stepAt(body, j)) continue;
    const passive = j > 0 && BE.has(body[j - 1]!.lower) && /(?:ed|en|wn|lt|ght|ne|ut|et|nt)$/.test(w);
    return { kind, verb: pair ? `${w} ${particle}` : w, passive };
  }
  return undefined;
}

/** Whether the word at j can be a verb: not a noun after a determiner ("the fix", "a test"). */
function stepAt(body: Token[], j: number): boolean {
  const prev = body[j - 1]?.lower;
  const particle = body[j + 1]?.lower;
  const verb = stepOf(body[j]!.lower) ?? (particle ? stepOfPair(body[j]!.lower, particle) : undefined);
  return verb !== undefined && (prev === undefined || !NOUN_BEFORE.has(prev));
}
const NOUN_BEFORE = new Set([...DETERMINERS, 'its', 'your', 'these', 'those', 'some', 'any', 'no', 'each', 'every', 'quick', 'first', 'final', 'new', 'small', 'big', 'real', 'root', 'code', 'unit', 'load', 'data', 'hot', 'security', 'design', 'of', 'for', 'in', 'on', 'with']);

/** Counts of who does which kind of step in a sentence, for the role model and the rules. */
export function actorSteps(sentence: string): { actor: Actor; step?: StepKind; framing: boolean; passive: boolean }[] {
  return clausesOf(sentence).map(({ actor, step, framing, passive }) => ({ actor, ...(step ? { step } : {}), framing, passive }));
}
