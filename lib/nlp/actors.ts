// Who performs the work in a text: the speaker ("I fixed…", "I reproduced it, wrote the patch and
// deployed it"), or someone else. Patterns over plain text, so no parse is needed for detection.
import { ACTION_LEAD_IN, FIX, INVESTIGATE, LEAD, SUBJECT_ADVERBS, baseForms, core, pastForms, splitPastForms } from './lexicon';
import { precompiled } from '../engine/precompiled';

type VerbList = readonly (readonly [string, string])[];

/** Clauses between a subject and a later verb it still governs must not bring in a new subject. */
const NEW_SUBJECT = precompiled(/\b(?:I|they|he|she|we|who|someone|you)(?!\w)|(?:^|[,;]\s*|\b(?:and|but|while|then)\s+)(?:my|our|their|the|a)\s+(?:[\w-]+\s+)?(?:colleague|teammate|coworker|manager|lead|boss|engineer|developer|team|DBA|SRE|vendor)s?\b/i);

export interface ActorPatterns {
  direct: RegExp;
  subject: RegExp;
  verb: RegExp;
}

/** Patterns for `subject` doing one of `verbs`, directly or later in the same clause. */
export function actorPatterns(subject: string, verbs: string, leadIn = ''): ActorPatterns {
  return {
    direct: precompiled(new RegExp(String.raw`(${subject})\s+${SUBJECT_ADVERBS}(?:${leadIn}${verbs})(?!\w)`, 'g')),
    subject: precompiled(new RegExp(`(${subject})`, 'g')),
    verb: precompiled(new RegExp(String.raw`(?:${leadIn}${verbs})(?!\w)`, 'y')),
  };
}

/** Joins between verbs that share one subject: "I reproduced it, wrote the fix, and patched it". */
const JOIN = /,\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+|[.;!?]/g;

/** A later verb of the subject's clause, reached through joins that bring in no new subject. */
function chainedVerb(patterns: ActorPatterns, text: string, from: number): boolean {
  const clause = text.slice(from, from + 200); // bounded, so a huge unpunctuated line stays linear
  JOIN.lastIndex = 0;
  for (let j = JOIN.exec(clause); j && j.index <= 160; j = JOIN.exec(clause)) {
    if (/^[.;!?]/.test(j[0]) || NEW_SUBJECT.test(clause.slice(0, j.index))) return false;
    patterns.verb.lastIndex = j.index + j[0].length;
    if (patterns.verb.test(clause)) return true;
  }
  return false;
}

/** The subject of the first match of the patterns, or undefined. */
export function firstActor(patterns: ActorPatterns, text: string, accept: (subject: string) => boolean = () => true): string | undefined {
  patterns.direct.lastIndex = 0;
  for (let m = patterns.direct.exec(text); m; m = patterns.direct.exec(text)) {
    if (accept(m[1] ?? '')) return m[1];
    patterns.direct.lastIndex = m.index + 1; // a rejected match may hide a later subject inside it
  }
  patterns.subject.lastIndex = 0;
  for (let m = patterns.subject.exec(text); m; m = patterns.subject.exec(text)) {
    if (m[0].length === 0) patterns.subject.lastIndex++;
    const subject = m[1] ?? '';
    if (accept(subject) && chainedVerb(patterns, text, m.index + m[0].length)) return subject;
  }
  return undefined;
}

interface SpeakerPatterns {
  actor: ActorPatterns[];
  /** Notes style leaves the speaker implicit: "- pulled the logs, found the scan, added the index". */
  noteStep: RegExp;
}

function speakerPatterns(lists: VerbList[]): SpeakerPatterns {
  return {
    actor: [
      actorPatterns(String.raw`\b[Ii]\b`, `${pastForms(...lists)}|${splitPastForms(...lists)}`),
      actorPatterns(String.raw`\b[Ii]\b`, baseForms(...lists), ACTION_LEAD_IN),
    ],
    noteStep: precompiled(new RegExp(String.raw`^(?:then\s+|also\s+|and\s+)?(?:${pastForms(...lists)})(?!\w)`, 'i')),
  };
}

/** "I wrote the fix", "I opened a PR", "I brought them a patch": the speaker's own change, by its object. */
const OWN_FIX_OBJECT =
  precompiled(/\bI\b[^.;!?]{0,80}?\b(?:wrote|brought|shipped|opened|submitted|raised|put up|sent|made|pushed|prepared|landed|built|coded)\s+(?:them\s+|over\s+|in\s+|up\s+)?(?:(?:a|the|my|an|two|three|some)\s+)?(?:[\w-]+\s+){0,3}?(?:fix|fixes|patch|PR|pull request|merge request|hotfix|diff|commit|script|migration|query|handler|workaround|backfill|tool|adapter|shim|parser|converter|fallback|retry|guard|validation|cron\s+job|(?<!\bmy\s)job|endpoint|change|changes)(?!\w)/i);

const STEERING: VerbList = LEAD.filter(([, past]) => ['led', 'drove', 'took over', 'followed up', 'paired'].includes(past));
const OWNS_FIX = speakerPatterns([core(FIX), STEERING]);
const VISIBLE = speakerPatterns([core(FIX), core(INVESTIGATE), STEERING]);
/** The speaker's action that caused the problem is not part of solving it. */
const CAUSED = precompiled(/\bI\s+(?!found|traced|discovered|identified|noticed|saw|spotted|reproduced|tracked|isolated|pinpointed)(?:[\w'-]+\s+){1,6}?(?:that|which)\s+(?:\w+\s+)?(?:broke|caused|introduced|took\s+down|crashed|corrupted|triggered)(?!\w)/);

/** Arranging talk or paperwork is not a step on the problem: "I set up a meeting", "I created a ticket". */
const MEETING = precompiled(/\b(?:set\s+up|scheduled|organized|booked|arranged|created|opened)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:meeting|call|sync|session|chat|channel|doc|document|deck|incident|thread|ticket|case|request|bug\s+report|Jira)(?!\w)/gi);

/** "I pinned the old version as a workaround": whatever the verb, a stopgap the speaker put in is a change of theirs. */
const OWN_STOPGAP = precompiled(/\bI\b[^.;!?]{0,80}?\bas\s+(?:a|an|the)\s+(?:temporary\s+|quick\s+|short-term\s+)?(?:workaround|stopgap|mitigation|fix|patch)(?!\w)/i);

function speakerDoes(patterns: SpeakerPatterns, told: string): boolean {
  if (CAUSED.test(told)) return false;
  const text = told.replace(MEETING, 'arranged it');
  return patterns.noteStep.test(text) || patterns.actor.some((p) => firstActor(p, text) !== undefined) || OWN_FIX_OBJECT.test(text) || OWN_STOPGAP.test(text);
}

/** The speaker makes or drives the change: writes, rewrites, leads or follows the fix through. */
export function speakerOwnsFix(text: string): boolean {
  return speakerDoes(OWNS_FIX, text);
}

/** Making the call is the decisive step of a dispute or a design choice: "I went with cursors",
 * "I settled on a queue". Not "I chose to escalate", which hands the choice on. */
const DECIDES = actorPatterns(
  String.raw`\b[Ii]\b`,
  String.raw`went\s+with|chose(?!\s+to\b)|settled\s+on|decided\s+(?:on|to\s+go\s+with)|opted\s+for|ruled\s+in\s+favou?r\s+of|made\s+the\s+(?:final\s+)?(?:call|decision)`,
);

/** The speaker does a decisive step: investigating, fixing, leading or deciding. */
export function speakerVisible(text: string): boolean {
  return speakerDoes(VISIBLE, text) || firstActor(DECIDES, text) !== undefined;
}

export const IRREGULAR_PAST =
  'built|wrote|ran|led|found|made|took|set|sent|met|spoke|brought|drove|began|chose|dug|rewrote|kept|put|got|saw|read|caught|held|cut|split|drew|gave|taught|told|thought|spent|won|rebuilt|understood|sought|paid|bought|hit|shut|spun|stood|broke|felt|left|lost|meant|said|sold|stuck|tore|froze|forgot|dealt|knew|grew|threw|wound|sat|heard|fed|bent|lent|swept';
/** A verb in the past tense, as a pattern: regular "-ed" forms, the irregulars above, and "was"/"had"/"became"… */
export const PAST_TENSE = String.raw`(?:[a-z]{2,}ed|${IRREGULAR_PAST}|was|were|had|did|came|went|became|fell|rose)`;
const NARRATES = precompiled(new RegExp(String.raw`(?<!\w\s+and\s+)\b[Ii]\s+${SUBJECT_ADVERBS}(?:\w+ed|${IRREGULAR_PAST})(?!\w)`));

/** The speaker alone tells a step of their own ("I split the work", "I noticed"; not "Lea and I debugged"). */
export function speakerNarrates(text: string): boolean {
  return NARRATES.test(text);
}
