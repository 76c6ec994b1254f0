// Final touches every rewritten sentence gets: single spaces, no space before punctuation, no
// dangling or doubled commas, no accidentally doubled word, a capital first letter.

/** Rewrites are offered for sentences up to this length; beyond it a rewrite would not be read anyway. */
export const MAX_REWRITE_CHARS = 800;

export function capitalizeFirst(text: string): string {
  return text.replace(/^(\W*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toUpperCase());
}

const OBJECT_PRONOUN: Record<string, string> = { they: 'them', he: 'him', she: 'her', we: 'us', i: 'me', it: 'it' };

/** A subject phrase moved after a verb: pronouns take their object form, and a capitalized first
 * word is lower-cased when `isCommon` says it is not a name ("The logs" → "the logs", "Kafka" stays). */
export function asObject(phrase: string, isCommon: (word: string) => boolean): string {
  const pronoun = OBJECT_PRONOUN[phrase.toLowerCase()];
  if (pronoun) return pronoun;
  return phrase.replace(/^\p{Lu}[\p{L}'’-]*/u, (w) => (isCommon(w) ? w.toLowerCase() : w));
}

export function tidy(text: string): string {
  let out = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,(\s*,)+/g, ',')
    .replace(/([;:]),/g, '$1')
    .replace(/,\s*([;:])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .replace(/,\s*([.!?]+)$/, '$1')
    .replace(/\b(\w+) \1\b/gi, (m, w: string) => (/^(that|had)$/i.test(w) ? m : w))
    .trim();
  out = capitalizeFirst(out);
  return out;
}

/** Keeps the original's closing punctuation, or adds a period. */
export function withEnding(text: string, original: string): string {
  const ending = /[.!?…]+["'”’)\]]*$/.exec(original.trim())?.[0];
  const body = text.replace(/[\s.!?…,;:]+$/, '');
  return body + (ending ?? '.');
}
