// Evaluative wording: a sentence that grades an outcome ("stronger skills", "more accurate
// tracking", "a stable foundation", "deeply grateful") rather than telling what happened. Read
// from the grammar of grading — comparatives, "more/less + quality", and the suffixes that make
// qualities and judgements — so it reaches wordings no list has seen.
const COMPARATIVE =
  /\b(?:better|faster|quicker|stronger|smoother|easier|simpler|clearer|safer|cleaner|tighter|healthier|happier|greater|deeper|broader|richer|sharper|leaner|calmer|sooner|more|less)(?!\w)/i;
// Qualities and judgements by their suffix; the words listed after (?!…) share a suffix but name things.
const QUALITY =
  /\b(?!(?:city|activity|entity|identity|security|capacity|community|authority|priority|university|facility|utility|quantity|majority|minority|opportunity|business|witness|executive|archive|objective|initiative|representative|alternative|incentive|directive|detective|relative|native|passive|drive|five|live|olive|useful|handful|table|cable|variable|schedule|able|vegetable|responsible|available|mobile|possible)(?!\w))[a-z]{2,}(?:ity|ness|ful|ive|able|ible|ous|ation of)(?!\w)/i;
const PRAISE = /\b(?:recogni[sz]\w*|appreciat\w*|grateful|thank\w*|prais\w*|award\w*|accolade\w*|testament|proud|pleased|happy|satisfied|impressed|valued|trusted|confident)(?!\w)/i;

/** Whether the sentence grades an outcome instead of stating it. */
export function gradesOutcome(text: string): boolean {
  return COMPARATIVE.test(text) || QUALITY.test(text) || PRAISE.test(text);
}
