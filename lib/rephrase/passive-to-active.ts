// "The logs were analyzed and the retry bug was found." → "I analyzed the logs and found the retry
// bug.": each agentless key step gets "I" as its actor, its participle turned into the past tense.
import { findPassives } from '../nlp/passive';
import { isCommonWord } from '../nlp/compromise';
import { pastFromParticiple } from '../nlp/verbs';
import { MAX_REWRITE_CHARS, asObject, tidy, withEnding } from './tidy';

const JOINS_SUBJECT = /^(?:,\s*(?:and|then)\s+|\s+and\s+(?:then\s+)?|\s+then\s+)$/i;

/** "The analytics and chat SDKs were moved": the clause split takes "chat SDKs" for the whole subject.
 * When the words before a plain "and" hold no verb or pronoun, they are part of the subject, and a
 * rewrite would tear it apart ("The analytics and I moved chat SDKs"): offer none. */
function subjectSplitByAnd(sentence: string, connector: string, start: number): boolean {
  if (!/^\s+and\s+$/i.test(connector)) return false;
  const before = sentence.slice(0, start - connector.length).split(/[,;:]|\s(?:and|then)\s/i).pop() ?? '';
  return !/\b(?:I|we|you|he|she|it|they|was|were|is|are|had|has|did)\b|\w{3,}ed\b/i.test(before);
}

function listed(words: string[]): string {
  if (words.length < 3) return words.join(' and ');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The sentence in the active voice with `actor` ("I", or a slot for who did it) acting, or
 * undefined when it has no agentless key step. */
export function passiveToActive(sentence: string, actor = 'I'): string | undefined {
  if (sentence.length > MAX_REWRITE_CHARS) return undefined;
  const passives = findPassives(sentence).filter((p) => p.keyAction);
  if (passives.length === 0 || passives.some((p) => subjectSplitByAnd(sentence, p.connector, p.start))) return undefined;
  let out = '';
  let cursor = 0;
  let previousEnd = -1;
  for (const p of passives) {
    const sharesSubject = previousEnd >= 0 && JOINS_SUBJECT.test(p.connector) && sentence.slice(previousEnd, p.start - p.connector.length).trim() === '';
    const object = /^it$/i.test(p.subject) && /^\s*that\b/i.test(p.rest) ? '' : ` ${asObject(p.subject, isCommonWord)}`;
    const verb = p.adverb + listed(p.participles.map(pastFromParticiple));
    // "I checked the logs and found…": a shared subject needs no comma before "and".
    const before = sharesSubject ? sentence.slice(cursor, p.start - p.connector.length) + p.connector.replace(/^,\s*and\s+/, ' and ') : sentence.slice(cursor, p.start);
    out += before + p.lead + (sharesSubject ? '' : `${actor} `) + verb + object + p.rest;
    cursor = p.end;
    previousEnd = p.end;
  }
  out += sentence.slice(cursor);
  return withEnding(tidy(out), sentence);
}
