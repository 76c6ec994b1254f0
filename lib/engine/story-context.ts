// Builds what rules see of one story: sentences placed in parts, part spans with timing.
import type { StoryContext, Sentence } from './context';
import type { QuestionProfile } from '../coaching/questions';
import type { Focus, Level, Section, SectionKind } from './report';
import { splitLines } from './lines';
import { parseMarkers } from './markers';
import { classify, type SentenceDraft } from './sections';
import { BULLET, splitSentences } from './sentences';
import { SECTION_TARGETS, secondsFor } from './timing';
import { countWords } from './words';
import type { StorySpan } from './stories';

export interface StorySettings {
  question: QuestionProfile;
  level: Level;
  focus: Focus;
  wordsPerMinute: number;
}

interface Segment {
  from: number;
  to: number;
  marked?: SectionKind;
}

/** Whether a line continues the previous one's sentence (hard-wrapped prose). */
function continues(previous: string, line: string): boolean {
  return /[\p{L}\p{N},;]\s*$/u.test(previous) && /^\s*\p{Ll}/u.test(line) && !BULLET.test(line);
}

/** The story body as runs of text, each under the marker in force. */
function segments(text: string, span: StorySpan): Segment[] {
  const out: Segment[] = [];
  let marked: SectionKind | undefined;
  let previous = '';
  for (const line of splitLines(text, span.bodyStart, span.end)) {
    const markers = parseMarkers(line.text);
    const last = out[out.length - 1];
    if (markers.length === 0 && last && continues(previous, line.text)) last.to = line.end;
    else if (markers.length === 0) out.push({ from: line.start, to: line.end, ...(marked ? { marked } : {}) });
    markers.forEach((m, i) => {
      marked = m.kind;
      const to = line.start + (markers[i + 1]?.markerOffset ?? line.text.length);
      out.push({ from: line.start + m.contentOffset, to, marked });
    });
    previous = line.text;
  }
  return out;
}

export function draftSentences(text: string, span: StorySpan): SentenceDraft[] {
  const drafts: SentenceDraft[] = [];
  for (const seg of segments(text, span)) {
    for (const s of splitSentences(text, seg.from, seg.to)) {
      drafts.push({ ...s, text: text.slice(s.start, s.end), ...(seg.marked ? { marked: seg.marked } : {}) });
    }
  }
  return drafts;
}

function sectionsOf(sentences: Sentence[], wpm: number): Section[] {
  const sections: Section[] = [];
  for (const s of sentences) {
    const last = sections[sections.length - 1];
    if (last && last.kind === s.section) {
      last.end = s.end;
      last.words += s.words;
    } else {
      sections.push({ kind: s.section, start: s.start, end: s.end, words: s.words, seconds: 0, target: SECTION_TARGETS[s.section] });
    }
  }
  for (const section of sections) section.seconds = secondsFor(section.words, wpm);
  return sections;
}

export function buildStoryContext(text: string, span: StorySpan, settings: StorySettings): StoryContext {
  const drafts = draftSentences(text, span);
  const { kinds, marked, leadIn } = classify(drafts);
  const sentences: Sentence[] = drafts.map((d, index) => ({
    text: d.text,
    start: d.start,
    end: d.end,
    section: kinds[index]!,
    words: countWords(d.text),
    index,
    ...(marked[index] ? { marked: true } : {}),
    ...(index === leadIn ? { leadIn: true } : {}),
  }));
  const words = sentences.reduce((n, s) => n + s.words, 0);
  return {
    text,
    start: span.start,
    end: span.end,
    ...(span.title ? { title: span.title } : {}),
    ...settings,
    sentences,
    sections: sectionsOf(sentences, settings.wordsPerMinute),
    words,
    seconds: secondsFor(words, settings.wordsPerMinute),
  };
}
