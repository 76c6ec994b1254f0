import { memoByText } from '../../engine/memo';
import { precompiled } from '../../engine/precompiled';

// Automation that stops a repeat: alerts, checks, gates, guardrails that someone put in place.
// Watching a graph by hand is verification, and "the first alert" is not a safeguard added.
const PUT_IN_PLACE = String.raw`(?:added|add|adding|set up|setting up|wrote|write|built|build|created|create|introduced|introduce|configured|put in place|wired up|hooked up|shipped|deployed)`;
const SAFEGUARD = String.raw`(?:alerts?|alerting|alarms?|monitors?|monitoring|checks?|paging|pages|guard ?rails?|guards?|lint rules?|validations?|assertions?|gates?|constraints?|limits?|dry[- ]runs?)`;

const PREVENTION: readonly RegExp[] = [
  // "added a dry-run step to the script …, and an alert if …": the safeguard may come late in the clause.
  String.raw`\b${PUT_IN_PLACE}\b[^.;]*?\b${SAFEGUARD}\b`,
  // Told in the passive: "an alert was set up so that…".
  String.raw`\b${SAFEGUARD} (?:[\w-]+ ){0,4}?(?:was|were|has been|have been|got|is now|are now) (?:also |then |now )?(?:added|set up|built|written|created|introduced|configured|put in place|wired up|hooked up|shipped|deployed)(?!\w)`,
  String.raw`\b(?:can't|cannot|can no longer|won't|will not|never) (?:\w+ ){0,3}?(?:happen|recur|repeat|come back|slip through)(?: \w+)? again\b|\bso (?:it|this|that|the \w+) (?:can't|cannot|won't|can no longer)(?!\w)`,
  String.raw`\b(?:auto-?(?:rollback|roll back|remediation|renewal|failover)|automatic (?:rollback|renewal|failover|retries)|automated|automation|circuit breakers?|guard ?rails?|lint(?:er|ing)? rules?|kill switch|pre-?commit|dead letter queue)(?!\w)`,
  String.raw`\b(?:CI (?:checks?|gates?|jobs?|steps?)|pipeline (?:checks?|gates?|steps?)|test gates?|(?:release|deploy(?:ment)?) gates?|regression tests?|contract tests?|smoke tests?|upgrade tests?|health ?checks?|synthetic (?:checks?|monitors?|tests?|logins?))(?!\w)`,
  String.raw`\b(?:check|monitor|test|alert|alarm|gate)s? that (?:fails|alerts|pages|blocks|catches|flags|refuses|fires|warns|rejects|stops)(?!\w)|\b(?:alert|alarm)s? (?:fires|triggers|goes off)(?!\w)`,
  // "into the build", "in CI"; not the infinitive "chose to build".
  String.raw`\b(?:to|in|into) (?:(?:the |their |our )?CI|(?:the |their |our )(?:[\w-]+ )?(?:pipeline|build|release checklist|deploy checklist))(?!\w)`,
  // A test left in the suite, or a machine that now catches the repeat: "added a test to the export suite", "so CI catches it".
  String.raw`\b${PUT_IN_PLACE}\b[^.;]*?\btests?\b[^.;]{0,40}?\b(?:to|in|into) (?:the |our |their )?(?:[\w-]+ ){0,2}(?:suite|test suite|tests|CI|pipeline|build)(?!\w)`,
  String.raw`\bso (?:that )?(?:CI|the (?:[\w-]+ )?(?:build|pipeline|suite|linter|alert|monitor|check|test)s?|our (?:[\w-]+ )?(?:tests|checks|alerts)|a (?:test|check|alert|monitor)|it|this) (?:now |would |will |always )?(?:catches|catch|fails|fail|flags|flag|blocks|block|pages|page|alerts|alert|rejects|reject|breaks|break)(?!\w)`,
].map((source) => precompiled(new RegExp(source, 'i')));

export const hasPrevention = memoByText((text: string): boolean => PREVENTION.some((re) => re.test(text)));
