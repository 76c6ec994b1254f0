// The saved stories with their question and readiness; before a call, with each one's outcome cue.
// Never the full answers.
import { QUESTIONS } from '@/lib/coaching/questions';
import { mergeChecks, readiness, savedStoryKey } from '@/lib/store/checks';
import type { SavedStory } from '@/lib/store/stories';
import './SavedStoryList.css';

interface Props {
  stories: SavedStory[];
  ticks: Record<string, string[]>;
  /** Show each story's one-line outcome, as a cue card. */
  cues?: boolean;
}

export function SavedStoryList({ stories, ticks, cues = false }: Props) {
  return (
    <ul className="saved-list">
      {stories.map((s) => {
        const r = readiness(mergeChecks(s.checklist, ticks[savedStoryKey(s.id)] ?? []));
        return (
          <li key={s.id} data-story-id={s.id} {...(cues ? { 'data-cue-card': 'true' } : {})}>
            <div className="saved-main">
              <span className="saved-title">{s.title}</span>
              <span className="saved-question">{QUESTIONS[s.question].label}</span>
              {cues && <span className="cue">{s.outcome || 'No outcome line yet: add a measured result.'}</span>}
            </div>
            <span className={`pill ${r.total > 0 && r.done === r.total ? 'pace-ok' : ''}`}>
              <span className="sr-only">Readiness </span>
              {r.done}/{r.total}
              <span className="sr-only"> done</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
