// Splits a span of text into sentences with exact offsets, ignoring list bullets and
// not breaking at abbreviations or decimals.
export interface Span {
  start: number;
  end: number;
}

/** A list bullet or number at the start of a line. */
export const BULLET = /^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/;
// Abbreviations that are followed by a capitalised word mid-sentence ("Dr. Lee", "vs. React").
// Units such as "ms." and "min." usually end a sentence in an answer, so they are not here.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'mr', 'mrs', 'dr', 'approx', 'jr', 'sr', 'e.g.', 'i.e.', 'cf', 'al', 'fig']);
const END = /[.!?…]+["'”’)\]]*(?=\s+|$)|[。！？]+[」』”）]*/g;
const MAX_SENTENCE = 1000;
const NEXT_CHAR = /\s*(\S)/y;
// Further items of a list written on one line: "A: - reproduced it - fixed it".
const INLINE_BULLET = /\s[-•*]\s+(?=\S)/g;

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 8), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) && word === word.toUpperCase();
}

/** Sentences of text[from, to), trimmed, bullets excluded. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const chunk = text.slice(from, to);
  const bullet = BULLET.exec(chunk);
  if (!bullet) return splitProse(text, from, to);
  const spans: Span[] = [];
  let start = from + bullet[0].length;
  INLINE_BULLET.lastIndex = bullet[0].length;
  for (let m = INLINE_BULLET.exec(chunk); m; m = INLINE_BULLET.exec(chunk)) {
    spans.push(...splitProse(text, start, from + m.index));
    start = from + m.index + m[0].length;
  }
  spans.push(...splitProse(text, start, to));
  return spans;
}

function splitProse(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const chunk = text.slice(from, to);
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(chunk[s]!)) s++;
    while (e > s && /\s/.test(chunk[e - 1]!)) e--;
    // Nobody says a thousand-word sentence: cut run-on text so each piece stays cheap to check.
    while (e - s > MAX_SENTENCE) {
      const cut = chunk.lastIndexOf(' ', s + MAX_SENTENCE);
      const at = cut > s ? cut : s + MAX_SENTENCE;
      push(s, at);
      s = at;
    }
    if (e > s && /[\p{L}\p{N}]/u.test(chunk.slice(s, e))) spans.push({ start: from + s, end: from + e });
  };
  END.lastIndex = 0;
  for (let m = END.exec(chunk); m; m = END.exec(chunk)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(chunk, m.index)) continue;
    // A lower-case continuation means the period did not end the sentence ("approx. five").
    NEXT_CHAR.lastIndex = stop;
    const next = NEXT_CHAR.exec(chunk);
    if (next && /\p{Ll}/u.test(next[1]!) && m[0] === '.') continue;
    push(start, stop);
    start = stop;
  }
  push(start, chunk.length);
  return spans;
}
