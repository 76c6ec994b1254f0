// Splits a span of text into sentences with exact offsets, ignoring list bullets and
// not breaking at abbreviations or decimals.
export interface Span {
  start: number;
  end: number;
}

const BULLET = /^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/;
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'inc', 'approx', 'no', 'jr', 'sr', 'st', 'e.g.', 'i.e.']);
const END = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 8), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) && word === word.toUpperCase();
}

/** Sentences of text[from, to), trimmed, bullets excluded. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const chunk = text.slice(from, to);
  const bullet = BULLET.exec(chunk);
  let start = bullet ? bullet[0].length : 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(chunk[s]!)) s++;
    while (e > s && /\s/.test(chunk[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(chunk.slice(s, e))) spans.push({ start: from + s, end: from + e });
  };
  END.lastIndex = 0;
  for (let m = END.exec(chunk); m; m = END.exec(chunk)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(chunk, m.index)) continue;
    // A lower-case continuation means the period did not end the sentence ("approx. five").
    const next = /\S/.exec(chunk.slice(stop));
    if (next && /\p{Ll}/u.test(next[0]) && m[0] === '.') continue;
    push(start, stop);
    start = stop;
  }
  push(start, chunk.length);
  return spans;
}
