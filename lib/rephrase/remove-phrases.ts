// Removes phrases (hedges) from a sentence and repairs what is left: spacing, commas, a/an, the
// capital letter, the closing punctuation.
import { tidy, withEnding } from './tidy';

export interface Cut {
  start: number;
  end: number;
  /** What the phrase becomes; empty to drop it ("like $8,000" → "about $8,000"). */
  insert?: string;
}

const AN_WORD = /^(?:[aeio]|u(?![bcdfghjklmnpqrstvwxyz][aeiou]|ni|se|sua|ser|ti)|h(?:our|onest|onor|eir))/i;

function fixArticles(text: string): string {
  return text.replace(/\b([Aa])n?\s+([\p{L}\d][\p{L}\d'-]*)/gu, (m, a: string, word: string) => {
    if (/^\d/.test(word)) return m;
    return `${a}${AN_WORD.test(word) ? 'n' : ''} ${word}`;
  });
}

export function removePhrases(sentence: string, cuts: Cut[]): string {
  let out = '';
  let cursor = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start < cursor) continue;
    out += sentence.slice(cursor, cut.start) + (cut.insert ? `${cut.insert} ` : ' ');
    cursor = cut.end;
  }
  out += sentence.slice(cursor);
  return withEnding(fixArticles(tidy(out)), sentence);
}
