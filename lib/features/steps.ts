// Kinds of step a clause can tell, by verb (base, past and participle forms). Data only.
export const STEP_KINDS = ['investigate', 'decide', 'build', 'fix', 'deploy', 'route', 'achieve'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

const VERBS: Record<StepKind, string> = {
  investigate:
    'investigate investigated analyze analyzed analyse analysed debug debugged diagnose diagnosed trace traced reproduce reproduced profile profiled identify identified find found discover discovered figure_out figured_out dig dug dig_into dug_into dig_through dug_through look_into looked_into looked_at isolate isolated pinpoint pinpointed root-caused benchmark benchmarked test tested measure measured monitor monitored verify verified validate validated examine examined inspect inspected check checked review reviewed audit audited evaluate evaluated assess assessed explore explored research researched bisect bisected narrow_down narrowed_down track_down tracked_down confirm confirmed compare compared correlate correlated delve delved query queried map mapped triage triaged',
  decide:
    'decide decided choose chose chosen opt opted settle_on settled_on go_with went_with agree agreed align aligned prioritize prioritized prioritise prioritised pick picked select selected commit committed compromise compromised determine determined plan planned propose proposed recommend recommended',
  build:
    'restructure restructured rearchitect rearchitected rework reworked build built write wrote written design designed implement implemented create created develop developed add added prototype prototyped refactor refactored rewrite rewrote rewritten migrate migrated set_up automate automated introduce introduced code coded redesign redesigned rebuild rebuilt extend extended integrate integrated instrument instrumented document documented draft drafted',
  fix:
    'fix fixed patch patched resolve resolved solve solved repair repaired correct corrected roll_back rolled_back revert reverted restore restored mitigate mitigated tune tuned adjust adjusted update updated change changed replace replaced remove removed configure configured optimize optimized optimise optimised upgrade upgraded clean_up cleaned_up restart restarted disable disabled enable enabled hotfix hotfixed address addressed handle handled rectify rectified increase increased',
  deploy:
    'deploy deployed ship shipped release released launch launched roll_out rolled_out deliver delivered push pushed merge merged redeploy redeployed execute executed complete completed transition transitioned',
  route:
    'escalate escalated notify notified tell told ask asked email emailed message messaged ping pinged inform informed file filed report reported hand_off handed_off hand_over handed_over assign assigned flag flagged raise raised alert alerted contact contacted forward forwarded delegate delegated loop_in looped_in pull_in pulled_in bring_in brought_in pass passed',
  achieve:
    'achieve achieved reduce reduced cut improve improved save saved eliminate eliminated win won hit succeed succeeded double doubled halve halved grow grew retain retained accomplish accomplished exceed exceeded meet met boost boosted lower lowered decrease decreased drop dropped',
};

const BY_WORD = new Map<string, StepKind>();
for (const kind of STEP_KINDS) for (const w of VERBS[kind].split(' ')) if (!BY_WORD.has(w.replace('_', ' '))) BY_WORD.set(w.replace('_', ' '), kind);

// First words of the two-word verbs, so a word pair that cannot be one is not joined to look it up.
const PAIR_HEADS = new Set([...BY_WORD.keys()].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]!));

/** The kind of step a verb (or two-word verb, "figured out") tells, if any. */
export function stepOf(verb: string): StepKind | undefined {
  return BY_WORD.get(verb);
}

/** The kind of step the two-word verb `first second` ("figured out") tells, if it is one. */
export function stepOfPair(first: string, second: string): StepKind | undefined {
  return PAIR_HEADS.has(first) ? BY_WORD.get(`${first} ${second}`) : undefined;
}
