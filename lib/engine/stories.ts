// A prep document holds several answers: a question line or a heading starts a new story.
import { splitLines, type Line } from './lines';
import { parseMarker } from './markers';

export interface StorySpan {
  start: number;
  end: number;
  /** The heading line's text, cleaned of "#", "Q2:" and emphasis. */
  title?: string;
  /** Where the story's body starts (after the heading line). */
  bodyStart: number;
}

const HASH_HEADING = /^\s*#{1,6}\s+\S/;
const NUMBERED_QUESTION = /^\s*(?:\*\*)?(?:q|question)\s*\d*\s*[:.)\-–—]\s*\S/i;
const QUESTION_OPENER =
  /^\s*(?:\*\*)?(?:tell (?:me|us) about|describe|give (?:me |us )?an example|talk (?:me )?(?:about|through)|walk (?:me|us) through|share (?:a|an) (?:time|example)|have you ever|can you (?:tell|describe|share|give)|what(?:'s| is| was) (?:a|an|the) (?:time|example)|when (?:was|did) (?:the last time|you))\b/i;

function wordCount(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

function isHeading(line: Line): boolean {
  const t = line.text;
  if (!t.trim() || parseMarker(t)) return false;
  if (HASH_HEADING.test(t) || NUMBERED_QUESTION.test(t)) return wordCount(t) <= 40;
  // "Tell me about a time…?" on a line of its own; a sentence of an answer ends with a period.
  if (QUESTION_OPENER.test(t)) return wordCount(t) <= 40 && !/[.!]\s*$/.test(t);
  return false;
}

function cleanTitle(t: string): string {
  return t
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:q|question)\s*\d*\s*[:.)\-–—]\s*/i, '')
    .trim();
}

export function splitStories(text: string): StorySpan[] {
  const lines = splitLines(text);
  const stories: StorySpan[] = [];
  let current: StorySpan = { start: 0, end: text.length, bodyStart: 0 };
  for (const line of lines) {
    if (!isHeading(line)) continue;
    current.end = line.start;
    stories.push(current);
    current = { start: line.start, end: text.length, title: cleanTitle(line.text), bodyStart: line.end };
  }
  stories.push(current);
  // Drop stories with nothing to say (a document title above the first question, blank lines).
  const withBody = stories.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.bodyStart, s.end)));
  return withBody;
}
