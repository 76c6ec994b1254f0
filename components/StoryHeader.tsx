// Which text is being coached, which of its answers, and how long it takes to say.
import type { ReactNode } from 'react';
import type { Story } from '@/lib/engine/report';
import type { SourceInfo } from '@/lib/messaging';
import { plural } from '@/lib/ui/format';
import type { Freshness } from '@/lib/ui/freshness';
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
  /** The story's question and its picker. */
  question: ReactNode;
  /** For a Doc read through its export: how fresh the text is. */
  freshness?: Freshness | null;
}

export function StoryHeader({ source, stories, text, index, onPick, question, freshness }: Props) {
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
      {freshness && (
        <>
          <p className="freshness" data-freshness={freshness.pending ?? 'fresh'}>
            <span>Docs export · {freshness.updated}</span>
            {freshness.pending === 'updating' && (
              <span className="updating">
                <span className="updating-dot" aria-hidden="true" />
                updating
              </span>
            )}
            {freshness.pending === 'slowed' && <span className="updating">Docs asked us to wait</span>}
          </p>
          <p className="freshness">Suggestions can be copied into your Doc; the export cannot be edited from here.</p>
        </>
      )}
      {stories.length > 1 && <StoryPicker stories={stories} text={text} value={index} onChange={onPick} />}
      {question}
    </section>
  );
}
