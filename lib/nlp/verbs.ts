// Verb forms for rewrites: a passive participle ("written", "deployed", "rolled back") becomes
// the simple past an "I" sentence needs ("wrote", "deployed", "rolled back").
import { conjugationsOf } from './compromise';

const PARTICLES = new Set(['up', 'down', 'out', 'back', 'off', 'in', 'over', 'through', 'together', 'away']);

function pastOfWord(participle: string): string {
  const word = participle.toLowerCase();
  const asParticiple = conjugationsOf(word, 'Participle');
  if (asParticiple.Participle === word && asParticiple.PastTense) return asParticiple.PastTense; // written → wrote
  const asPast = conjugationsOf(word, 'PastTense');
  if (asPast.PastTense === word) return word; // deployed, found, sent: past = participle
  // Base-form participles ("run", "come") conjugate from themselves.
  if (asParticiple.Infinitive === word && asParticiple.PastTense && !/eded$|[^e]ed$/.test(word)) return asParticiple.PastTense;
  return word;
}

/** Simple past of a participle, phrasal particles kept: "rolled back" → "rolled back", "torn down" → "tore down". */
export function pastFromParticiple(participle: string): string {
  const words = participle.trim().split(/\s+/);
  const head = words[0] ?? '';
  const rest = words.slice(1);
  if (rest.some((w) => !PARTICLES.has(w.toLowerCase()))) return participle.trim();
  return [pastOfWord(head), ...rest].join(' ');
}
