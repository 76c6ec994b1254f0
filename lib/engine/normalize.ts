// Text as people paste it: Word, web pages and rich editors give no-break and other Unicode
// spaces, curly quotes, CRLF or lone CR line ends and invisible zero-width characters. The
// rules are written for plain spaces, straight quotes and "\n", so the engine reads a plain copy
// and maps every offset it reports back into the text it was given (Apply relies on them).

// Same length: each of these becomes one plain character.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const LINE_BREAKS = /[\r\u0085\u2028\u2029]/g;
// Removed: they show nothing, but split words in two for every pattern ("fi\u200Bxed").
// A CR before LF is removed too (the LF stays, so a line end keeps its own offset).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\r(?=\n)/;
const NEEDS_WORK = /[\u00A0\u1680\u2000-\u200D\u202F\u205F\u3000\u2018-\u201F\u2032\u2033\r\u0085\u2028\u2029\u2060\uFEFF\u00AD]/;

export interface NormalizedText {
  /** The plain copy the engine reads. */
  text: string;
  /** The offset in the original text of the plain copy's `offset`, as the start of a range. */
  start(offset: number): number;
  /** The offset in the original text of the plain copy's `offset`, as the end of a range: just
   * after the last character kept, so a range never grows over removed characters after it. */
  end(offset: number): number;
}

const identity = (offset: number) => offset;

function sameLength(text: string): string {
  return text.replace(SPACES, ' ').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(LINE_BREAKS, '\n');
}

export function normalizeText(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original)) return { text: original, start: identity, end: identity };
  if (!INVISIBLE.test(original)) {
    const text = sameLength(original);
    return { text, start: identity, end: identity };
  }
  // kept[i] is the original offset of the plain copy's character i.
  const kept = new Uint32Array(original.length);
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  const keep = (to: number) => {
    parts.push(original.slice(from, to));
    for (let i = from; i < to; i++) kept[length++] = i;
  };
  for (const match of original.matchAll(new RegExp(INVISIBLE.source, 'g'))) {
    keep(match.index);
    from = match.index + match[0].length;
  }
  keep(original.length);
  const copy = parts.join('');
  const text = sameLength(copy);
  return {
    text,
    start: (offset) => (offset < length ? kept[offset]! : original.length),
    end: (offset) => (offset <= 0 ? (length ? kept[0]! : original.length) : kept[Math.min(offset, length) - 1]! + 1),
  };
}
