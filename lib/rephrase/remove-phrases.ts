// Removes phrases (hedges) from a sentence and repairs what is left: spacing, commas, a/an, the
// capital letter, the closing punctuation.
import { MAX_REWRITE_CHARS, tidy, withEnding } from './tidy';

export interface Cut {
  start: number;
  end: number;
  /** What the phrase becomes; empty to drop it ("like $8,000" → "about $8,000"). */
  insert?: string;
}

const AN_WORD = /^(?:[aeio]|u(?![bcdfghjklmnpqrstvwxyz][aeiou]|ni|se|sua|ser|ti)|h(?:our|onest|onor|eir))/i;

function fixArticles(text: string): string {
  return text.replace(/\b([Aa])n?\s+([\p{L}\d][\p{L}\d'-]*)/gu, (m, a: string, word: string) => {
    if (!/^\p{Ll}/u.test(word)) return m; // numbers and acronyms ("an N+1", "a 5%") keep the writer's article
    return `${a}${AN_WORD.test(word) ? 'n' : ''} ${word}`;
  });
}

/** The sentence without the cut phrases; undefined when it is too long to offer a rewrite. */
export function removePhrases(sentence: string, cuts: Cut[]): string | undefined {
  if (sentence.length > MAX_REWRITE_CHARS) return undefined;
  let out = '';
  let cursor = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start < cursor) continue;
    let start = cut.start;
    // A parenthetical ", basically," goes with both of its commas, unless a new clause follows it
    // ("…my team's client, honestly, it belonged to…"), which keeps one.
    const before = /,\s*$/.exec(sentence.slice(cursor, start));
    const newClause = /^\s*(?:it|I|we|they|he|she|this|that|there)(?!\w)/i.test(sentence.slice(cut.end));
    if (before && !newClause && /,\s*$/.test(sentence.slice(cut.start, cut.end))) start -= before[0].length;
    out += sentence.slice(cursor, start) + (cut.insert ? `${cut.insert} ` : ' ');
    cursor = cut.end;
  }
  out += sentence.slice(cursor);
  return withEnding(fixArticles(tidy(out)), sentence);
}
