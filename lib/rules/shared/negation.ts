import { memoByText } from '../../engine/memo';
import { precompiled } from '../../engine/precompiled';

// "no alert", "without tests": a named safeguard that is said to be absent must not count as present.
const NEGATED = precompiled(/\b(?:no|without|lacked|lacking|missing|never had|didn't have|did not have|had no)\s+(?:\w+[\s-]+){0,3}?(?:alerts?|alerting|alarms?|monitor(?:s|ing)?|tests?|checks?|runbooks?|owners?|dashboards?|SLOs?|process(?:es)?|logs?|tickets?)(?!\w)/gi);

// "pushed it without comparing it to the old one": a step that was skipped.
const SKIPPED_STEP = precompiled(/\b(?:(?:without|rather than|instead of)\s+(?:even\s+|first\s+)?\w+ing|(?:forgot|failed|neglected) to \w+|skipped (?:the )?\w+)(?!\w)(?:\s+(?:it|them|the|a|an|our|any|to|against|with|on)(?!\w))?(?:\s+[\w-]+){0,3}/gi);

export const dropNegated = memoByText((text: string): string => text.replace(NEGATED, ' ').replace(SKIPPED_STEP, ' '));
