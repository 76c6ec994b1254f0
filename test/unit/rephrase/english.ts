// What every suggestion must satisfy to read as correct English, whatever rewrite produced it.
import { expect } from 'vitest';

const PROBLEMS: [RegExp, string][] = [
  [/^[^A-Z"]/, 'starts without a capital letter'],
  [/[^.!?"]$/, 'does not end with punctuation'],
  [/\s{2,}/, 'has a double space'],
  [/\s[,.;:!?]/, 'has a space before punctuation'],
  [/[,;:]\s*[,.;:]/, 'has doubled punctuation'],
  [/\b(?!(?:that|had)\b)(\w+)\s+\1\b/i, 'repeats a word'],
  [/\bI\s+(?:were|are|is|has|does|weren't|aren't|isn't|hasn't|doesn't)\b/, 'breaks "I" agreement'],
  [/\ba\s+(?:[aeio]\w*|honest|hour)\b/i, 'uses "a" before a vowel sound'],
  [/\b[Aa]n\s+(?![aeiouhAEIOU]|[FHLMNRSX][A-Z+\d\s-])\w/, 'uses "an" before a consonant'],
  [/\bI\s+\w+ed\s+and\s+(?:were|are)\b/, 'leaves a plural verb after "I"'],
];

export function expectGoodEnglish(sentence: string | undefined): void {
  expect(sentence, 'a suggestion').toBeTypeOf('string');
  for (const [re, problem] of PROBLEMS) {
    expect(re.test(sentence!), `"${sentence}" ${problem}`).toBe(false);
  }
}
