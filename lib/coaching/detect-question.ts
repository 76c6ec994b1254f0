// Picks the question a story answers from its heading, using the question bank's prompts.
import type { QuestionId } from '../engine/report';
import { QUESTIONS } from './questions';

export function detectQuestion(title: string | undefined): QuestionId {
  if (!title) return 'general';
  const t = title.toLowerCase();
  let best: QuestionId = 'general';
  let bestLength = 0;
  // The longest matching prompt wins: "disagree with your manager" beats "manager".
  for (const q of Object.values(QUESTIONS)) {
    for (const p of q.prompts) {
      if (p.length > bestLength && t.includes(p)) {
        best = q.id;
        bestLength = p.length;
      }
    }
  }
  return best;
}
