// Word lists shared by the actor rules (who did the work) and the rewrites. Kept as data so a
// rule reads as a sentence pattern, and so every listed participle can be tested for its past.
//
// Across the rules, a word list ends in `(?!\w)` rather than `\b`: when every alternative ends
// in a letter the two test the same thing, and V8 compiles the lookahead several times faster
// after a long alternation, which is most of a first analysis after the worker starts.

/** Investigation steps, as [base, past]. */
export const INVESTIGATE: readonly (readonly [string, string])[] = [
  ['investigate', 'investigated'], ['analyze', 'analyzed'], ['analyse', 'analysed'], ['debug', 'debugged'],
  ['diagnose', 'diagnosed'], ['trace', 'traced'], ['reproduce', 'reproduced'], ['profile', 'profiled'],
  ['identify', 'identified'], ['find', 'found'], ['discover', 'discovered'], ['figure out', 'figured out'],
  ['narrow down', 'narrowed down'], ['dig into', 'dug into'], ['look into', 'looked into'], ['isolate', 'isolated'],
  ['pinpoint', 'pinpointed'], ['root-cause', 'root-caused'], ['benchmark', 'benchmarked'], ['test', 'tested'],
  ['measure', 'measured'], ['monitor', 'monitored'], ['verify', 'verified'], ['validate', 'validated'],
];

/** Steps that change the system: the decisive part of a fix, as [base, past]. */
export const FIX: readonly (readonly [string, string])[] = [
  ['fix', 'fixed'], ['patch', 'patched'], ['resolve', 'resolved'], ['solve', 'solved'], ['handle', 'handled'],
  ['deploy', 'deployed'], ['ship', 'shipped'], ['roll back', 'rolled back'], ['roll out', 'rolled out'],
  ['revert', 'reverted'], ['rewrite', 'rewrote'], ['implement', 'implemented'],
  ['merge', 'merged'], ['hotfix', 'hotfixed'], ['repair', 'repaired'], ['restore', 'restored'],
  ['mitigate', 'mitigated'], ['take care of', 'took care of'], ['sort out', 'sorted out'], ['correct', 'corrected'],
  ['refactor', 'refactored'], ['migrate', 'migrated'], ['build', 'built'], ['code', 'coded'], ['release', 'released'],
  ['restart', 'restarted'], ['update', 'updated'], ['replace', 'replaced'], ['remove', 'removed'], ['add', 'added'],
  ['configure', 'configured'], ['set up', 'set up'], ['tune', 'tuned'], ['optimize', 'optimized'],
  ['optimise', 'optimised'], ['automate', 'automated'], ['design', 'designed'], ['create', 'created'],
  ['develop', 'developed'], ['upgrade', 'upgraded'], ['clean up', 'cleaned up'], ['rebuild', 'rebuilt'],
  ['redesign', 'redesigned'], ['prototype', 'prototyped'], ['change', 'changed'], ['address', 'addressed'],
  ['pull out', 'pulled out'], ['back out', 'backed out'], ['turn off', 'turned off'], ['switch off', 'switched off'],
  ['roll forward', 'rolled forward'], ['disable', 'disabled'], ['enable', 'enabled'], ['compress', 'compressed'],
  ['cache', 'cached'], ['index', 'indexed'], ['resize', 'resized'], ['adjust', 'adjusted'], ['tweak', 'tweaked'],
  ['pin', 'pinned'],
];

/** Steps around a fix that do not make it the speaker's: deploying or testing someone else's
 * patch, bumping a dependency, monitoring. They count for "we"/"I" wording, not for ownership. */
export const PERIPHERAL: ReadonlySet<string> = new Set([
  'updated', 'deployed', 'shipped', 'released', 'merged', 'restarted', 'monitored', 'tested', 'measured', 'verified',
  'validated', 'upgraded', 'handled', 'ran', 'organized', 'coordinated', 'owned', 'looked into', 'took care of',
  'addressed',
]);

/** Steps that report a delivery rather than the work behind it ("we shipped two weeks early"). */
export const OUTCOME_STEPS: ReadonlySet<string> = new Set(['shipped', 'released', 'rolled out', 'deployed', 'launched', 'delivered']);

/** The same list without its peripheral steps. */
export const core = (list: readonly (readonly [string, string])[]) => list.filter(([, past]) => !PERIPHERAL.has(past));

/** Ways of leading or driving the work that make the speaker visible without typing the fix. */
export const LEAD: readonly (readonly [string, string])[] = [
  ['lead', 'led'], ['drive', 'drove'], ['own', 'owned'], ['coordinate', 'coordinated'], ['take over', 'took over'],
  ['pair', 'paired'], ['follow up', 'followed up'], ['run', 'ran'], ['organize', 'organized'],
];

/** Participles of key steps that, in an agentless passive, hide who did them. */
export const KEY_PARTICIPLES: readonly string[] = [
  'investigated', 'analyzed', 'analysed', 'debugged', 'diagnosed', 'traced', 'reproduced', 'identified', 'found',
  'discovered', 'pinpointed', 'isolated', 'fixed', 'patched', 'resolved', 'solved', 'handled', 'deployed', 'shipped',
  'rolled back', 'rolled out', 'reverted', 'rewritten', 'implemented', 'written', 'merged', 'hotfixed', 'repaired',
  'restored', 'mitigated', 'addressed', 'corrected', 'refactored', 'migrated', 'built', 'coded', 'released',
  'restarted', 'updated', 'changed', 'replaced', 'removed', 'added', 'configured', 'set up', 'tuned', 'optimized',
  'automated', 'designed', 'created', 'developed', 'tested', 'verified', 'validated', 'made', 'taken', 'done',
  'put in place', 'cleaned up', 'upgraded', 'applied', 'checked', 'documented', 'rebuilt', 'figured out',
  'sorted out', 'taken care of', 'pushed', 'escalated', 'downgraded', 'disabled', 'enabled', 'rotated', 'drained',
  'scaled up', 'redeployed', 're-deployed', 'rebooted', 'purged', 'flushed', 'backfilled', 'reprocessed', 'replayed',
  'reconfigured', 'rerun', 're-run', 'tracked down', 'rewired', 'hardened', 'torn down', 'shut down', 'spun up',
  'turned off', 'switched off', 'switched over', 'rolled forward',
  // Stopping and bringing back: "the job was killed", "the table was unlocked", "the site was brought back up".
  'killed', 'stopped', 'aborted', 'terminated', 'cancelled', 'canceled', 'unlocked', 're-enabled', 'reset',
  'brought back', 'brought back up',
  // Work outside code: analysis, planning, data and people steps ("the requirements were clarified").
  'clarified', 'triaged', 'gathered', 'collected', 'cleaned', 'modeled', 'modelled', 'trained', 'retrained',
  'evaluated', 'drafted', 'scoped', 'planned', 'prioritized', 'prioritised', 'reworked', 'integrated',
  'installed', 'imported', 'exported', 'indexed', 'reindexed', 're-indexed', 'cached',
  'paginated', 'moved', 'renamed', 'deleted', 'archived', 'refreshed',
  'wired up', 'hooked up', 'communicated', 'announced', 'published', 'refunded', 'onboarded', 'recalculated',
  'reconciled', 'audited', 'mapped', 'patched up', 'put together', 'worked out', 'cut over', 'set',
  // Decisions taken by nobody: "it was decided to roll back", "a new vendor was chosen".
  'decided', 'agreed', 'chosen', 'selected', 'introduced',
  // Raising it and the outcome achieved, told by nobody: "the issue was raised", "alerts were eliminated".
  'raised', 'eliminated', 'delivered', 'reduced', 'completed',
];

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-]/g, '\\-').replace(/ /g, '\\s+')).join('|');

export const pastForms = (...lists: (readonly (readonly [string, string])[])[]) => alternation(lists.flat().map(([, p]) => p));
export const baseForms = (...lists: (readonly (readonly [string, string])[])[]) => alternation(lists.flat().map(([b]) => b));
export const participleForms = () => alternation(KEY_PARTICIPLES);

/** A short object that may sit inside a particle verb: "it", "the migration", "their last deploy". */
const PARTICLE_OBJECT = String.raw`(?:it|them|this|that|everything|(?:the|a|an|their|our|his|her|its|my|this|that|these|those)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)`;
const PARTICLE_VERB = /^(\S+) (back|out|up|down|off|over|forward)$/;

/** Past forms of the lists' particle verbs said with the object inside: "rolled the migration back",
 * "pulled the change out", "figured it out". Never empty, so it can join an alternation. */
export const splitPastForms = (...lists: (readonly (readonly [string, string])[])[]) =>
  lists
    .flat()
    .flatMap(([, past]) => {
      const m = PARTICLE_VERB.exec(past);
      return m ? [String.raw`${m[1]}\s+${PARTICLE_OBJECT}\s+${m[2]}`] : [];
    })
    .join('|') || '(?!)';

/** Adverbs that may sit between a subject and its verb ("I then fixed", "we quickly rolled back"). */
export const SUBJECT_ADVERBS = String.raw`(?:(?:kind\s+of|sort\s+of|then|also|first|quickly|eventually|finally|immediately|personally|together|all|both|later|soon|manually|successfully|ultimately|just|actually|basically|jointly|collectively|mostly|initially|carefully|temporarily|partially|fully|really)\s+){0,2}`;

/** Lead-ins that turn a following base verb into an action ("were able to fix", "decided to roll back"). */
export const ACTION_LEAD_IN = String.raw`(?:(?:was|were)\s+able\s+to|managed\s+to|had\s+to|decided\s+to|went\s+on\s+to|started\s+to|began\s+to|chose\s+to|worked\s+to)\s+`;

/** The work stated as the speaker's own assignment: "my task was", "my goal was". Both the
 * passive reader (the story is being told from here on) and the scope check (the speaker's
 * standing) read it. */
export const OWN_ASSIGNMENT = String.raw`my\s+(?:task|job|goal|objective|role|assignment|responsibility)\s+was`;
