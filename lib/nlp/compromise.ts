// The one place compromise is used. Everything else goes through these small helpers, so
// the parser is only touched for the few sentences a rule has already flagged. The library comes
// from compromise-loader.ts: imported with the engine in the extension; required on first use by
// the command line, which most runs never need (loading it is most of the engine's start-up).
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

// compromise builds its tagging patterns on first use. That is left to the first rewrite that needs
// a word tagged (rare): building them at load cost every worker start about 50 ms.
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

function classify(word: string): boolean {
  if (word.includes('-')) return isCommonWord(word.split('-')[0]!); // "Post-mortem", "Follow-up"
  if (/^[A-Z0-9]{2,}$/.test(word) || /[a-z][A-Z]/.test(word)) return false; // acronyms, CamelCase products
  const doc = compromise().nlp(word);
  if (doc.has('#ProperNoun')) return false;
  return doc.has('#Plural') || doc.has('#Gerund') || /ing$/.test(word) || doc.has('#Adjective') || doc.has('#Determiner') || doc.has('#Possessive') || doc.has('#Pronoun') || doc.has('#Verb');
}
