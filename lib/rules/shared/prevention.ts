import { memoByText } from '../../engine/memo';

// Automation that stops a repeat: alerts, checks, gates, guardrails that someone put in place.
// Watching a graph by hand is verification, and "the first alert" is not a safeguard added.
const PUT_IN_PLACE = String.raw`(?:added|add|adding|set up|setting up|wrote|write|built|build|created|create|introduced|introduce|configured|put in place|wired up|hooked up|shipped|deployed)`;
const SAFEGUARD = String.raw`(?:alerts?|alerting|alarms?|monitors?|monitoring|checks?|dashboards?|paging|pages|guard ?rails?|guards?|lint rules?|validations?|assertions?|gates?|constraints?|limits?|dry[- ]runs?)`;

const PREVENTION: readonly RegExp[] = [
  // "added a dry-run step to the script …, and an alert if …": the safeguard may come late in the clause.
  String.raw`\b${PUT_IN_PLACE}\b[^.;]*?\b${SAFEGUARD}\b`,
  String.raw`\b(?:can't|cannot|can no longer|won't|will not|never) (?:\w+ ){0,3}?(?:happen|recur|repeat|come back|slip through)(?: \w+)? again\b|\bso (?:it|this|that|the \w+) (?:can't|cannot|won't|can no longer)(?!\w)`,
  String.raw`\b(?:auto-?(?:rollback|roll back|remediation|renewal|failover)|automatic (?:rollback|renewal|failover|retries)|automated|automation|circuit breakers?|guard ?rails?|lint(?:er|ing)? rules?|kill switch|pre-?commit|dead letter queue)(?!\w)`,
  String.raw`\b(?:CI (?:checks?|gates?|jobs?|steps?)|pipeline (?:checks?|gates?|steps?)|test gates?|(?:release|deploy(?:ment)?) gates?|regression tests?|contract tests?|smoke tests?|upgrade tests?|health ?checks?|synthetic (?:checks?|monitors?|tests?|logins?))(?!\w)`,
  String.raw`\b(?:check|monitor|test|alert|alarm|gate)s? that (?:fails|alerts|pages|blocks|catches|flags|refuses|fires|warns|rejects|stops)(?!\w)|\b(?:alert|alarm)s? (?:fires|triggers|goes off)(?!\w)`,
  String.raw`\b(?:to|in|into) (?:the |their |our )?(?:CI|pipeline|build|release checklist|deploy checklist)(?!\w)`,
].map((source) => new RegExp(source, 'i'));

export const hasPrevention = memoByText((text: string): boolean => PREVENTION.some((re) => re.test(text)));
