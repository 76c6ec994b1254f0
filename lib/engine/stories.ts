// A prep document holds several answers: a question line or a heading starts a new story.
// Part markers ("## Situation", "Result:") and ordinary sentences never do.
import { splitLines, type Line } from './lines';
import { parseMarker } from './markers';
import { detectNonStarQuestion } from '../coaching/non-star-questions';

export interface StorySpan {
  start: number;
  end: number;
  /** The heading line's text, cleaned of "#", "Q2:", numbering and emphasis. */
  title?: string;
  /** Where the story's body starts (after the heading line). */
  bodyStart: number;
}

const MAX_HEADING_WORDS = 40;
const MAX_BOLD_HEADING_WORDS = 12;

const HASH_HEADING = /^\s*#{1,6}\s+\S/;
// "Q2: …", "Question 3 - …", "**Q1.** …"
const NUMBERED_QUESTION = /^\s*(?:\*\*|__)?(?:q|question)\s*\d*\s*(?:\*\*|__)?\s*[:.)\-–—]\s*\S/i;
const NUMBERING = /^\s*(?:\*\*|__)?(?:\d{1,3}[.)]|[-*•])?\s*(?:\*\*|__)?\s*/;
const QUESTION_OPENER =
  /^(?:tell (?:me|us) about|describe|give (?:me |us )?an? (?:example|time)|talk (?:me |us )?(?:about|through)|walk (?:me|us) through|share (?:a|an) (?:time|example|situation)|have you ever|can you (?:tell|describe|share|give|walk)|what(?:'s| is| was) (?:a|an|the|your) (?:time|example|situation|biggest|greatest|hardest|most)|when (?:was|did) (?:the last time|you)|how (?:do|did|have) you (?:handle|deal|approach|manage))(?!\w)/i;
const QUESTION_TOPIC = /\b(?:a time|an example|a situation|the last time|your (?:biggest|greatest|hardest|proudest|worst)|a project|a mistake|a failure|a conflict|a decision|disagree)(?!\w)/i;
// An interviewer's question starts like one; "Why did it fail?" inside an answer does not count.
const ASKS = /^(?:what|which|how|when|where|who|have|has|can|could|would|do|did|tell|describe|give|share|walk)(?!\w)/i;
// "**Conflict with my manager**" alone on a line.
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*:?\s*$/;

function wordCount(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

function isHeading(line: Line): boolean {
  const t = line.text;
  if (!/\p{L}/u.test(t) || parseMarker(t)) return false;
  const words = wordCount(t);
  if (words > MAX_HEADING_WORDS) return false;
  if (HASH_HEADING.test(t) || NUMBERED_QUESTION.test(t)) return true;
  if (BOLD_LINE.test(t)) return words <= MAX_BOLD_HEADING_WORDS;
  const body = t.replace(NUMBERING, '');
  // "Why this company?", "Tell me about yourself": questions that ask for no story start one too.
  if (words <= MAX_BOLD_HEADING_WORDS && detectNonStarQuestion(body)) return !/[.!]["'”’)]*\s*$/.test(t);
  // "Tell me about a time…?" on a line of its own; a sentence of an answer ends with a period.
  if (QUESTION_OPENER.test(body)) return !/[.!]["'”’)]*\s*$/.test(t);
  // "1. What was your biggest failure?" or another question about "a time…".
  return /\?\s*(?:\*\*|__)?\s*$/.test(t) && ASKS.test(body) && QUESTION_TOPIC.test(body);
}

function cleanTitle(t: string): string {
  return t
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:q|question)\s*\d*\s*[:.)\-–—]\s*/i, '')
    .replace(/^\s*\d{1,3}[.)]\s*/, '')
    .trim();
}

export function splitStories(text: string): StorySpan[] {
  const stories: StorySpan[] = [];
  let current: StorySpan = { start: 0, end: text.length, bodyStart: 0 };
  for (const line of splitLines(text)) {
    if (!isHeading(line)) continue;
    current.end = line.start;
    stories.push(current);
    current = { start: line.start, end: text.length, title: cleanTitle(line.text), bodyStart: line.end };
  }
  stories.push(current);
  // Drop stories with nothing to say (a document title above the first question, blank lines).
  return stories.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.bodyStart, s.end)));
}
