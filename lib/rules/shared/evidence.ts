// Evidence that a fix was checked: reproduced before, tested, or watched in production after.
const VALIDATION_EVIDENCE =
  /\b(?:reproduc(?:ed|e|ing|tion)|repro|test(?:s|ed|ing)?|unit tests?|integration tests?|load[- ]test(?:ed|ing)?|canar(?:y|ies)|staging|monitor(?:ed|ing)?|watch(?:ed|ing)? (?:the |our |their )?(?:\w+ ){0,3}(?:dashboards?|metrics|graphs?|queue|logs|error rates?|alerts?|latency|p\d\d)|verif(?:y|ied|ying|ication)|confirm(?:ed|ing)?|validat(?:e|ed|ing|ion)|measur(?:ed|ing)|benchmark(?:ed|s)?|A\/B test|compared (?:the )?(?:before|metrics|results)|checked (?:the )?(?:logs|metrics|dashboards?|graphs?|error rates?)|dashboards?|rolled (?:it )?out gradually|gradual rollout|feature flag|shadow traffic|dry run)(?!\w)/i;

export function hasValidationEvidence(text: string): boolean {
  return VALIDATION_EVIDENCE.test(text);
}
