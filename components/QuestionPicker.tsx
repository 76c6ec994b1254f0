// The question one story answers: detected from its heading, else its field's label, or chosen by
// the user for this story alone (never for every answer of the document or every tab).
import { QUESTIONS } from '@/lib/coaching/questions';
import { QUESTION_IDS, type QuestionId } from '@/lib/engine/report';
import type { QuestionOrigin } from '@/lib/ui/question-origin';

const ORIGIN: Record<QuestionOrigin, string> = {
  chosen: 'your choice',
  heading: 'from heading',
  label: 'from field label',
  none: 'none named',
};

interface Props {
  question: QuestionId;
  origin: QuestionOrigin;
  onChoose(question: QuestionId | 'auto'): void;
}

export function QuestionPicker({ question, origin, onChoose }: Props) {
  return (
    <div className="story-question" data-question={question} data-question-origin={origin}>
      <label htmlFor="story-question">Question</label>
      <span id="story-question-origin" className="muted">{ORIGIN[origin]}</span>
      <select
        id="story-question"
        aria-describedby="story-question-origin"
        value={origin === 'chosen' ? question : 'auto'}
        onChange={(e) => onChoose(e.currentTarget.value as QuestionId | 'auto')}
      >
        <option value="auto">{origin === 'chosen' ? 'Detect it again' : QUESTIONS[question].label}</option>
        {QUESTION_IDS.map((q) => (
          <option key={q} value={q}>{QUESTIONS[q].label}</option>
        ))}
      </select>
    </div>
  );
}
