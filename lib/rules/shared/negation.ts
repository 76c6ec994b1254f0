// "no alert", "without tests": a named safeguard that is said to be absent must not count as present.
const NEGATED = /\b(?:no|without|lacked|lacking|missing|never had|didn't have|did not have|had no)\s+(?:\w+[\s-]+){0,3}?(?:alerts?|alerting|alarms?|monitor(?:s|ing)?|tests?|checks?|runbooks?|owners?|dashboards?|SLOs?|process(?:es)?|logs?|tickets?)\b/gi;

export function dropNegated(text: string): string {
  return text.replace(NEGATED, ' ');
}
