// Finds clauses whose key step is an agentless passive ("the logs were analyzed", "a fix was
// implemented"), with the parts a rewrite needs. Plain patterns: no parse.
import { KEY_PARTICIPLES } from './lexicon';
import { precompiled } from '../engine/precompiled';

export interface PassiveClause {
  /** Offsets of the clause inside the sentence. */
  start: number;
  end: number;
  /** Connector that precedes the clause in the sentence ("", ", and ", " then "…). */
  connector: string;
  lead: string;
  subject: string;
  adverb: string;
  /** One or more coordinated participles: "written and tested". */
  participles: string[];
  rest: string;
  /** False when the clause sits under "until", "once", "after"… or names its agent. */
  keyAction: boolean;
}

const CONNECTOR = /(,\s*(?:and|but|then|so)\s+|\s+and\s+(?:then\s+)?|;\s*|,\s+|(?<!\b(?:was|were|been))\s+then\s+|\s+-\s+|\s+—\s+)/gi;
const PARTICIPLE = [...KEY_PARTICIPLES].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+')).join('|');
/** A time phrase opening the clause ("By Monday", "Over the weekend", "The next morning"): it stays in front of "I". */
const TIME_LEAD = String.raw`(?:by|on|over|during|in|within|after|the)\s+(?:the\s+)?(?:(?:next|following|same|first|second|last|end\s+of\s+the)\s+)?(?:morning|afternoon|evening|night|day|week|weekend|month|sprint|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|noon|(?:a|an|one|two|three|\d+)\s+(?:hours?|days?|weeks?|minutes?))`;
const CLAUSE = precompiled(new RegExp(
  String.raw`^(?<lead>(?:[(\[][A-Za-z]{1,3}[)\]]\s*)?(?:(?:then|next|first|finally|after that|afterwards|later|eventually|so|soon after|within \w+ \w+|${TIME_LEAD})\s*,?\s+)?)(?<subject>[\w$%'’.\-/]+(?:\s+[\w$%'’.\-/]+){0,5}?)\s+(?:was|were|got|gets|has\s+been|have\s+been|had\s+been|had\s+to\s+be)\s+(?<adverb>(?:(?:\w+ly|then|also|later|finally|eventually|soon|first|manually)\s+)?)(?<participle>${PARTICIPLE})(?!\w)(?<rest>.*)$`,
  'is',
));
const MORE_PARTICIPLES = precompiled(new RegExp(String.raw`^(?:\w+ly\s+)?(?<participle>${PARTICIPLE})(?!\w)(?<rest>.*)$`, 'is'));
const AND = /^(?:,\s*and\s+|\s+and\s+|,\s+)$/i;
const SUBORDINATE = /^(?:until|once|after|before|when|whenever|while|since|because|as|if|unless|that|so that|which|who|where|whether|though|although|even)(?!\w)/i;
const NOT_A_SUBJECT = /\b(?:I|we|you|they|he|she|me|us|who|which|that|what|where|when|there|here|how|why|confirmed|ensured|sure|saw|noticed|said|told|knew|thought|realized|learned|checked|verified|found|until|once|after|before|if|not|made)(?!\w)/i;
/** "Customers were throttled": people on the receiving end describe the impact, not a step. */
const AFFECTED = /\b(?:customers?|users?|merchants?|clients?|people|members?|subscribers?|patients?|students?|drivers?|accounts?|employees?|visitors?|buyers?|sellers?)(?!\w)/i;
/** "by the Platform team" names the actor; "by restarting", "by 3 a.m.", "by Friday" do not. */
const AGENT = precompiled(/^\s*by\s+(?!\w+ing\b|\d|(?:age|priority|severity|date|hand|size|type|region|volume|impact|default|mistake|accident|design|email|phone|batch|customer|team|category|percent|half|noon|then|now|noon|midnight|lunch\w*|morning|evening|tonight|tomorrow|EOD|end|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+(?:end|time|next|following|morning|evening|weekend|deadline))(?!\w))/i);
/** Participles that only count as a key step with a fitting subject ("changes were made"). */
const NEEDS_WORK_SUBJECT = /^(?:made|taken|done|pushed|applied|checked|escalated|set)$/i;
const WORK_SUBJECT = /\b(?:fix|fixes|patch|change|changes|decision|call|steps?|actions?|measures?|update|updates|rollback|hotfix|it|work|analysis|investigation|alert|alerts|check|checks|test|tests|monitoring|guard|limit|retry|retries|index|flag|config|configuration|code|commit|PR|ticket|issue|bug|logs?|metrics|dashboards?|queries|query|TTLs?|timeouts?|expiry|expiries|thresholds?|quotas?|caps?|rules?|policy|policies)(?!\w)/i;

/** "pushed into the CRM", "applied to every cluster": a destination makes these a step whatever the subject. */
const DESTINATION = /^\s*(?:(?:then|also|out)\s+)?(?:to|into|onto)\s+(?:the|our|their|all|every|each|production|prod|staging)(?!\w)/i;

function clauses(sentence: string): { start: number; end: number; connector: string }[] {
  const out: { start: number; end: number; connector: string }[] = [];
  let start = 0;
  let connector = '';
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(sentence); m; m = CONNECTOR.exec(sentence)) {
    out.push({ start, end: m.index, connector });
    connector = m[0];
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length, connector });
  return out;
}

/** Agentless passive clauses of a sentence, in order. */
const AUXILIARY = /\b(?:was|were|got|gets|been|be)\s/i;

export function findPassives(sentence: string): PassiveClause[] {
  const found: PassiveClause[] = [];
  if (!AUXILIARY.test(sentence)) return found;
  for (const c of clauses(sentence)) {
    const previous = found[found.length - 1];
    const more = MORE_PARTICIPLES.exec(sentence.slice(c.start, c.end));
    if (previous && previous.end + c.connector.length === c.start && AND.test(c.connector) && more?.groups && previous.rest.trim() === '') {
      // "a patch was written and tested": the second participle shares the subject.
      previous.participles.push(more.groups.participle!.replace(/\s+/g, ' ').toLowerCase());
      previous.rest = more.groups.rest ?? '';
      previous.end = c.end;
      continue;
    }
    const m = CLAUSE.exec(sentence.slice(c.start, c.end));
    if (!m?.groups) continue;
    const { lead = '', subject = '', adverb = '', participle = '', rest = '' } = m.groups;
    const participleWord = participle.replace(/\s+/g, ' ').toLowerCase();
    const keyAction =
      !SUBORDINATE.test(subject) &&
      !SUBORDINATE.test(lead) &&
      !NOT_A_SUBJECT.test(subject) &&
      !AFFECTED.test(subject) &&
      !AGENT.test(rest) &&
      !/^\s*in\s+(?:\d{4}|the\s+(?:past|\d{4}s)|[A-Z])/.test(rest) && // "was written in Java", "was built in 2019": description
      (!NEEDS_WORK_SUBJECT.test(participleWord) || WORK_SUBJECT.test(subject) || DESTINATION.test(rest));
    found.push({ start: c.start, end: c.end, connector: c.connector, lead, subject, adverb, participles: [participleWord], rest, keyAction });
  }
  return found;
}
