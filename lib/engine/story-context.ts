// Builds what rules see of one story: sentences placed in parts, part spans with timing.
import type { StoryContext, Sentence } from './context';
import type { QuestionProfile } from '../coaching/questions';
import type { Focus, Level, Section } from './report';
import { splitLines } from './lines';
import { parseMarker } from './markers';
import { classify, type SentenceDraft } from './sections';
import { splitSentences } from './sentences';
import { SECTION_TARGETS, secondsFor } from './timing';
import { countWords } from './words';
import type { StorySpan } from './stories';

export interface StorySettings {
  question: QuestionProfile;
  level: Level;
  focus: Focus;
  wordsPerMinute: number;
}

function draftSentences(text: string, span: StorySpan): SentenceDraft[] {
  const drafts: SentenceDraft[] = [];
  let marked: SentenceDraft['marked'];
  for (const line of splitLines(text, span.bodyStart, span.end)) {
    const marker = parseMarker(line.text);
    if (marker) marked = marker.kind;
    const from = line.start + (marker?.contentOffset ?? 0);
    for (const s of splitSentences(text, from, line.end)) drafts.push({ ...s, text: text.slice(s.start, s.end), marked });
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
  const kinds = classify(drafts);
  const sentences: Sentence[] = drafts.map((d, index) => ({
    text: d.text,
    start: d.start,
    end: d.end,
    section: kinds[index]!,
    words: countWords(d.text),
    index,
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
