// Verbs and phrases that report an outcome (something changed because of the work).
const OUTCOME =
  /\b(?:as a result|resulted in|reduc(?:ed|ing)|cut(?:ting)?|went (?:from|down|up|to)|dropped|fell|rose|increased|decreased|improved|saved|saving|recovered|recovering|eliminated|halved|doubled|tripled|grew|lowered|boosted|raised|sped up|shortened|prevented|avoided|protected|won|retained|delivered|shipped|launched|resolved|restored|brought (?:\w+ ){0,3}(?:down|back|up)|came back|stopped|went away|disappeared|vanished|(?:is|was|were|are) back|back to normal|no longer|zero|instead of|down from|up from|compared (?:to|with)|than before)\b/i;

export function reportsOutcome(text: string): boolean {
  return OUTCOME.test(text);
}
