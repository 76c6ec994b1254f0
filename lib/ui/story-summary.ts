// Short forms of a story for lists and call cues: never the full answer.
import type { Story } from '../engine/report';
import { trimAtWord } from '../store/story-shape';

const CUE_MAX = 140;

function firstSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const m = /^.*?[.!?](?=\s|$)/.exec(trimmed);
  return (m ? m[0] : trimmed).trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The Result's first sentence: the one line to remember before a call. */
export function outcomeCue(text: string, story: Pick<Story, 'sections'>): string {
  const result = story.sections.find((s) => s.kind === 'result');
  if (!result) return '';
  return clip(firstSentence(text.slice(result.start, result.end)), CUE_MAX);
}

/** A title for a story: its heading, else its first words, cut at a word and stored without an ellipsis. */
export function defaultTitle(text: string, story: Pick<Story, 'start' | 'end' | 'title'>): string {
  if (story.title?.trim()) return trimAtWord(story.title, 80);
  const words = text.slice(story.start, story.end).replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ').replace(/[,;:.!?]+$/, '');
  return words ? trimAtWord(words, 80) : 'Untitled story';
}
