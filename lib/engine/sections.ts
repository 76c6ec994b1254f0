// Places every sentence of a story in a STAR part: explicit markers win; otherwise cues,
// with parts kept in story order (the best monotonic assignment over the sentences).
import { cueScores } from './cues';
import { SECTION_KINDS, type SectionKind } from './report';

export interface SentenceDraft {
  start: number;
  end: number;
  text: string;
  /** Set when the sentence sits under an explicit marker. */
  marked?: SectionKind;
}

export function classify(sentences: SentenceDraft[]): SectionKind[] {
  if (sentences.some((s) => s.marked)) return classifyMarked(sentences);
  return classifyByCues(sentences);
}

function classifyMarked(sentences: SentenceDraft[]): SectionKind[] {
  const firstMarked = sentences.find((s) => s.marked)?.marked ?? 'situation';
  // Text before the first marker belongs to the part that would precede it: usually Situation.
  const before = SECTION_KINDS[Math.max(0, SECTION_KINDS.indexOf(firstMarked) - 1)]!;
  return sentences.map((s) => s.marked ?? (firstMarked === 'situation' ? 'situation' : before));
}

function classifyByCues(sentences: SentenceDraft[]): SectionKind[] {
  const n = sentences.length;
  if (n === 0) return [];
  const K = SECTION_KINDS.length;
  const score = sentences.map((s, i) => {
    const c = cueScores(s.text);
    if (i === 0) c.situation += 1;
    return SECTION_KINDS.map((k) => c[k]);
  });
  // best[i][k]: best total for sentences 0..i with sentence i in part k; from[i][k] its predecessor.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    best.push([]);
    from.push([]);
    for (let k = 0; k < K; k++) {
      let prev = i === 0 ? 0 : -Infinity;
      let arg = k;
      if (i > 0) {
        // Prefer staying in the same part on ties: a sentence without cues continues the part.
        for (let j = k; j >= 0; j--) {
          if (best[i - 1]![j]! > prev) {
            prev = best[i - 1]![j]!;
            arg = j;
          }
        }
      }
      best[i]![k] = prev + score[i]![k]!;
      from[i]![k] = arg;
    }
  }
  let k = 0;
  for (let j = 1; j < K; j++) if (best[n - 1]![j]! > best[n - 1]![k]!) k = j;
  const kinds: SectionKind[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    kinds[i] = SECTION_KINDS[k]!;
    k = from[i]![k]!;
  }
  return kinds;
}
