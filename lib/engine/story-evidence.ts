// Is it an answer yet? A chat line, a to-do note or the first sentence of a draft is not a
// behavioral story, and coaching it as one nags (a 12-word "running late" message got seven
// findings). A short text must show it tells past events (verbs in the past tense); one sentence
// counts only when it already tells a whole little story. Longer text is coached whatever its
// tense: published answers told as "I would…" or as advice are weak answers, and saying they
// tell no story is the coaching they need.
import type { Sentence } from './context';
import { PAST_TENSE } from '../nlp/actors';

/** Fewer words than this is a line, not an answer (the shortest labelled answer has 16). */
const MIN_WORDS = 12;
/** A story tells at least this many past events… */
const MIN_PAST_EVENTS = 2;
/** …and one sentence alone must tell this many to be a whole story. */
const MIN_PAST_EVENTS_ONE_SENTENCE = 3;
/** Up to this many words, a text must show its story (and one that opens like chat is chat). */
const SHORT_WORDS = 40;

// "wasn't", "didn't": a negated past is still a past event.
const PAST = new RegExp(String.raw`\b${PAST_TENSE}(?:n['’]t)?(?!\w)`, 'gi');
// Words that end in -ed but are not past events.
const NOT_PAST = /^(?:need|needed|speed|feed|seed|indeed|bed|red|shed|proceed|succeed|exceed|breed|weed|deed|reed|greed|bleed|embed)$/i;
const CHAT_OPENER = /^\s*(?:hi|hey|hello|hiya|dear|good (?:morning|afternoon|evening)|sorry|apologies|thanks|thank you|ok(?:ay)?|sure thing|fyi|btw|quick (?:note|question|reminder)|reminder|note to self|todo|to-do|to do)(?!\w)/i;

function pastEvents(text: string): number {
  let n = 0;
  for (const [word] of text.matchAll(PAST)) if (!NOT_PAST.test(word)) n++;
  return n;
}

/** Whether the story's sentences read as a behavioral story, from evidence in the text. */
export function readsAsStory(sentences: readonly Sentence[]): boolean {
  // Part markers ("S:", "Result:") say the writer is telling a STAR story, however short.
  if (sentences.some((s) => s.marked)) return true;
  const words = sentences.reduce((n, s) => n + s.words, 0);
  if (words < MIN_WORDS) return false;
  if (words > SHORT_WORDS) return true;
  const text = sentences.map((s) => s.text).join(' ');
  const past = pastEvents(text);
  if (sentences.length === 1) return past >= MIN_PAST_EVENTS_ONE_SENTENCE;
  return !CHAT_OPENER.test(text) && past >= MIN_PAST_EVENTS;
}
