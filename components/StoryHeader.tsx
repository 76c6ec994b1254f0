// Which text is being coached, which of its answers, and how long it takes to say.
import type { Story } from '@/lib/engine/report';
import type { SourceInfo } from '@/lib/messaging';
import { QUESTIONS } from '@/lib/coaching/questions';
import { plural } from '@/lib/ui/format';
import { StoryPicker } from './StoryPicker';
import './StoryHeader.css';

function sourceLine(source: SourceInfo): { where: string; what: string } {
  if (source.kind === 'panel-draft') return { where: 'Draft', what: 'written in this panel' };
  if (source.kind === 'google-docs') return { where: 'Google Docs', what: source.label };
  return { where: source.site, what: source.label };
}

interface Props {
  source: SourceInfo;
  stories: Story[];
  text: string;
  index: number;
  onPick(index: number): void;
}

export function StoryHeader({ source, stories, text, index, onPick }: Props) {
  const story = stories[index];
  if (!story) return null;
  const { where, what } = sourceLine(source);
  return (
    <section className="story-head" aria-label="Coached answer" data-words={story.words}>
      <p className="source" title={`${where} · ${what}`}>
        <span className="source-where">{where}</span>
        <span className="source-what">{what}</span>
        <span className="story-stats">{plural(story.words, 'word')}</span>
      </p>
      {stories.length > 1 && <StoryPicker stories={stories} text={text} value={index} onChange={onPick} />}
      <p className="story-question">
        <span className="muted">Question:</span> {QUESTIONS[story.question].label}
      </p>
    </section>
  );
}
