// Where a story's question came from, so the panel can say it: the user's choice, the story's
// heading, the field's own label, or nothing (any behavioral question).
import { detectQuestion } from '../coaching/detect-question';
import { storyKey, type QuestionId, type Story } from '../engine/report';

export type QuestionOrigin = 'chosen' | 'heading' | 'label' | 'none';

export function questionOrigin(
  story: Pick<Story, 'title' | 'question'>,
  index: number,
  chosen: Record<string, QuestionId> | undefined,
  hint: QuestionId | undefined,
): QuestionOrigin {
  if (chosen?.[storyKey(story.title, index)] ?? chosen?.[`#${index}`]) return 'chosen';
  if (detectQuestion(story.title) !== 'general') return 'heading';
  return hint && story.question === hint ? 'label' : 'none';
}
