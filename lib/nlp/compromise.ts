// The one place compromise is used. Everything else goes through these small helpers, so the
// parser is only touched for the few words a rewrite cannot settle from its own lists (verbs.ts,
// FUNCTION_WORDS below). The library comes from compromise-loader.ts and is loaded, and its
// tables built, on that first use: most workers and command-line runs never pay for it.
import { loadCompromise, type Compromise } from './compromise-loader';

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  Participle?: string;
}

interface VerbTransforms {
  toInfinitive(word: string, model: unknown, tense: 'PastTense' | 'Participle'): string;
  conjugate(infinitive: string, model: unknown): Conjugation;
}

interface World {
  model: unknown;
  methods: { two: { transform: { verb: VerbTransforms } } };
}

let loaded: { nlp: Compromise; world: World; verbs: VerbTransforms } | undefined;

function compromise(): { nlp: Compromise; world: World; verbs: VerbTransforms } {
  if (!loaded) {
    const nlp = loadCompromise();
    const world = nlp.world() as World;
    loaded = { nlp, world, verbs: world.methods.two.transform.verb };
  }
  return loaded;
}

/** The conjugations of the verb whose past tense or participle is `form` (lower case). */
export function conjugationsOf(form: string, tense: 'PastTense' | 'Participle'): Conjugation {
  const { world, verbs } = compromise();
  return verbs.conjugate(verbs.toInfinitive(form, world.model, tense), world.model);
}

const commonWords = new Map<string, boolean>();

/** Whether a capitalized sentence-initial word is an ordinary noun ("Logs", "Changes", "Monitoring")
 * rather than a name ("Kafka", "Redis"), so it can be lower-cased when it moves after a verb. */
export function isCommonWord(word: string): boolean {
  let known = commonWords.get(word);
  if (known === undefined) {
    known = classify(word);
    if (commonWords.size < 5000) commonWords.set(word, known);
  }
  return known;
}

/** Determiners and possessives open most subjects ("The logs", "Our alerts") and are never names:
 * they need no tagger (a test checks that compromise reads each of them as common). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'their', 'his', 'her', 'its',
  'each', 'every', 'all', 'some', 'any', 'both', 'several', 'many', 'most', 'another', 'few', 'much', 'other',
]);

function classify(word: string): boolean {
  if (word.includes('-')) return isCommonWord(word.split('-')[0]!); // "Post-mortem", "Follow-up"
  if (/^[A-Z0-9]{2,}$/.test(word) || /[a-z][A-Z]/.test(word)) return false; // acronyms, CamelCase products
  return FUNCTION_WORDS.has(word.toLowerCase()) || taggedCommon(word);
}

/** compromise's reading of a word: anything but a proper noun that can start a noun phrase. */
export function taggedCommon(word: string): boolean {
  const doc = compromise().nlp(word);
  if (doc.has('#ProperNoun')) return false;
  return doc.has('#Plural') || doc.has('#Gerund') || /ing$/.test(word) || doc.has('#Adjective') || doc.has('#Determiner') || doc.has('#Possessive') || doc.has('#Pronoun') || doc.has('#Verb');
}
