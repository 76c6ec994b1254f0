// Effects beyond the fix itself: others adopting it, a safeguard added, a process or habit changed.
import { dropNegated } from './negation';
import { ORGANIZATIONAL } from './organizational';
import { PREVENTION } from './prevention';

const SPREAD =
  /\b(?:adopted|rolled out (?:to|across)|now used by|used by (?:other|\w+ other|the \w+) teams?|reused|re-used|became (?:the|a|our) (?:default|standard|template|pattern)|(?:added|wrote|updated|published|shared) (?:a |the |an |our )?(?:\w+ ){0,2}(?:runbooks?|playbooks?|docs?|documentation|guides?|wiki|postmortems?|post-mortems?|checklists?|templates?)|onboarding|made (?:it|this|that|them) (?:a )?(?:part of|standard|mandatory|the default|required)|part of (?:their|our|the|every) (?:[\w-]+ )?(?:checklists?|process|onboarding|reviews?|templates?|runbooks?|playbooks?|pipelines?)|trained|taught|ran a (?:session|workshop|brown bag)|presented|since then|ever since|hasn't (?:happened|recurred|come back)|has not (?:happened|recurred)|never (?:happened|recurred|came back) again|(?:other|more) teams|I now (?:always )?\w+|(?:we|our team|the team|they|teams|everyone|it|this) (?:now|still) (?:runs?|uses?|requires?|has|have|follows?|applies|apply|is used)|now (?:in|part of|used|required|standard)|\b(?:teams?|squads?|groups?|orgs?|everyone|every \w+)\b[^.;]{0,40}\bnow \w+|rolled (?:\w+ ){0,3}out (?:to|across)|(?:expanded|extended|scaled) (?:\w+ ){0,2}(?:to|across))\b/i;

export function hasSecondOrderEffect(text: string): boolean {
  const clean = dropNegated(text);
  return SPREAD.test(clean) || PREVENTION.test(clean) || ORGANIZATIONAL.test(clean);
}
