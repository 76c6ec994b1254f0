// The other team a story names ("the Platform team", "the notifications team"), for suggestions
// that speak in the story's own terms.
const NAMED_TEAM = /\b(?:the|their|a) ((?:[A-Za-z][\w&-]*\s){1,2})team\b/gi;
const NOT_A_NAME = /^(?:my|our|whole|entire|same|other|new|old|wider|small|core|full|rest|their|other's|only|right|wrong|a|an|the|that|this|his|her|each|every|its|one|two|three|four|five|senior|junior|big|large|tiny|dev|product)$/i;

/** "the Platform team", or undefined when the story names no other team. */
export function namedTeam(text: string): string | undefined {
  for (const m of text.matchAll(NAMED_TEAM)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.some((w) => NOT_A_NAME.test(w))) continue;
    return `the ${words.join(' ')} team`;
  }
  return undefined;
}
