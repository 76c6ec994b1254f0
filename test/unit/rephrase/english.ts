// What every suggestion must satisfy to read as correct English, whatever rewrite produced it. A
// fill-in slot ("[how you confirmed the fix]") reads as one noun phrase; a suggestion for a phrase
// (a vague "everyone was happy") need not start or end a sentence.
import { expect } from 'vitest';

const SENTENCE: [RegExp, string][] = [
  [/^[^A-Z"]/, 'starts without a capital letter'],
  [/[^.!?"]$/, 'does not end with punctuation'],
];
const PROBLEMS: [RegExp, string][] = [
  [/\s{2,}/, 'has a double space'],
  [/\s[,.;:!?]/, 'has a space before punctuation'],
  [/[,;:]\s*[,.;:]/, 'has doubled punctuation'],
  [/\b(?!(?:that|had)\b)(\w+)\s+\1\b/i, 'repeats a word'],
  [/\bI\s+(?:were|are|is|has|does|weren't|aren't|isn't|hasn't|doesn't)\b/, 'breaks "I" agreement'],
  [/\ba\s+(?:[aeio]\w*|honest|hour)\b/i, 'uses "a" before a vowel sound'],
  [/\b[Aa]n\s+(?![aeiouhAEIOU]|[FHLMNRSX][A-Z+\d\s-])\w/, 'uses "an" before a consonant'],
  [/\bI\s+\w+ed\s+and\s+(?:were|are)\b/, 'leaves a plural verb after "I"'],
  [/\bI\s+with\b/, 'puts a partner between "I" and its verb'],
  [/\[\s*\]|\]\s*\[/, 'has an empty or doubled slot'],
];

/** The text with each slot read as a placeholder word, capitalized where the slot is. */
function slotsAsWords(text: string): string {
  return text.replace(/\[([^\][]*)\]/g, (_, inner: string) => (/^\p{Lu}/u.test(inner) ? 'Blank' : 'blank'));
}

export function expectGoodEnglish(suggestion: string | undefined, { phrase = false } = {}): void {
  expect(suggestion, 'a suggestion').toBeTypeOf('string');
  for (const [re, problem] of PROBLEMS) {
    expect(re.test(suggestion!), `"${suggestion}" ${problem}`).toBe(false);
  }
  const read = slotsAsWords(suggestion!);
  for (const [re, problem] of phrase ? PROBLEMS : [...SENTENCE, ...PROBLEMS]) {
    expect(re.test(read), `"${suggestion}" ${problem}`).toBe(false);
  }
}

/** Whether a finding points at whole sentences, not a phrase inside one. */
export function isSentence(text: string, range: { start: number; end: number }): boolean {
  return /(?:^|[.!?:]["')\]]*\s+|\n\s*)$/.test(text.slice(0, range.start)) && /[.!?]["')\]]*$/.test(text.slice(range.start, range.end));
}
