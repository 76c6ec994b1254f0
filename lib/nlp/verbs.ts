// Verb forms for rewrites: a passive participle ("written", "deployed", "rolled back") becomes
// the simple past an "I" sentence needs ("wrote", "deployed", "rolled back").
import { conjugationsOf } from './compromise';
import { KEY_PARTICIPLES } from './lexicon';

const PARTICLES = new Set(['up', 'down', 'out', 'back', 'off', 'in', 'over', 'through', 'together', 'away']);

/** The first words of the participles the passive rule finds: every rewrite's verb is one of them. */
const KNOWN_PARTICIPLES: ReadonlySet<string> = new Set(KEY_PARTICIPLES.map((p) => p.toLowerCase().split(/\s+/)[0]!));

/** Those whose simple past differs from the participle; the rest are regular ("deployed") or the
 * same in both ("found", "set"). As data, a rewrite needs no conjugation tables: building
 * compromise's costs a worker about 200 ms. A test checks every known participle against compromise. */
const IRREGULAR_PASTS: ReadonlyMap<string, string> = new Map([
  ['written', 'wrote'], ['rewritten', 'rewrote'], ['taken', 'took'], ['done', 'did'], ['rerun', 'reran'],
  ['re-run', 're-ran'], ['torn', 'tore'], ['chosen', 'chose'],
]);

function pastOfWord(participle: string): string {
  const word = participle.toLowerCase();
  if (KNOWN_PARTICIPLES.has(word)) return IRREGULAR_PASTS.get(word) ?? word;
  return conjugatedPast(word);
}

/** compromise's simple past for a participle; for words the passive rule does not know. */
export function conjugatedPast(word: string): string {
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
