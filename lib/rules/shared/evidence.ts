// Evidence that a fix was checked: reproduced before, tested, compared against a baseline, or
// watched in production after.
import { precompiled } from '../../engine/precompiled';

const VALIDATION_EVIDENCE =
  precompiled(/\b(?:reproduc(?:ed|e|ing|tion)|repro|test(?:s|ed|ing)?|unit tests?|integration tests?|load[- ]test(?:ed|ing)?|canar(?:y|ies)|staging|soak(?:ed|ing)?|monitor(?:ed|ing)?|watch(?:ed|ing)? (?:the |our |their )?(?:\w+ ){0,3}(?:dashboards?|metrics|graphs?|queue|logs|error rates?|alerts?|latency|p\d\d)|watched (?:it|them|the \w+(?: \w+)?) (?:for|over|through|until|closely)|kept (?:an|a close) eye on|verif(?:y|ied|ying|ication)|confirm(?:ed|ing)?|validat(?:e|ed|ing|ion)|measur(?:ed|ing)|benchmark(?:ed|s)?|A\/B test|compared (?:the )?(?:before|metrics|results)|compar(?:ed|ing) (?:[\w-]+ ){1,8}?(?:against|with|to|on both|across both|between|side by side)|(?:checked|ran|re-?ran|replayed) (?:[\w'’-]+ ){0,6}?against|diffed|(?:spot|sanity|double)[- ]?check(?:ed|ing)?|checked (?:the )?(?:logs|metrics|dashboards?|graphs?|error rates?)|dashboards?|rolled (?:it )?out gradually|gradual rollout|feature flag|shadow(?:ed)? traffic|dry run)(?!\w)/i);

export function hasValidationEvidence(text: string): boolean {
  return VALIDATION_EVIDENCE.test(text);
}
