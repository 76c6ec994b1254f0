// Picks the question a story answers from its heading, using the question bank's patterns.
import type { QuestionId } from '../engine/report';
import { DETECTION_ORDER, QUESTIONS } from './questions';

export function detectQuestion(title: string | undefined): QuestionId {
  if (!title) return 'general';
  // The most specific question wins: "Conflict with my manager" is about the manager.
  return DETECTION_ORDER.find((id) => QUESTIONS[id].pattern?.test(title)) ?? 'general';
}
