// The other team a story names ("the Platform team"), so suggestions speak in the story's own
// terms, and never call the speaker's own team "another team".
import { memoLast } from './memo-last';

const TEAM_IN_TEXT = /\b(?:the|their|a) ((?:[A-Za-z][\w&-]*\s){1,2})team\b/gi;
const NOT_A_TEAM_NAME = /^(?:my|our|whole|entire|same|other|new|old|wider|small|core|full|rest|their|other's|only|right|wrong|a|an|the|that|this|his|her|each|every|its|one|two|three|four|five|senior|junior|big|large|tiny|dev|product)$/i;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "I was on the payments team", "the payments team I led", "I joined the payments team". */
function isSpeakersTeam(text: string, name: string): boolean {
  const team = String.raw`(?:the\s+)?${escaped(name).replace(/\s+/g, '\\s+')}\s+(?:team|group|squad|department)`;
  return new RegExp(
    String.raw`\b(?:(?:I|we)\s+(?:was|were|am|are)\s+(?:\w+\s+){0,4}?(?:on|in|of|with)\s+${team}|(?:joined|led|lead|manage[ds]?|run|ran)\s+${team}|(?:my|our)\s+${team}|${team}\s+(?:that\s+|which\s+)?(?:I|we)\s+(?:was|were|am|are|led|lead|joined|managed?|ran|run|belong(?:ed)?)|${team}\s*,\s*(?:where|which)\s+I)(?!\w)`,
    'i',
  ).test(text);
}

/** Another team the story names ("the Platform team"), never the speaker's own. */
export const otherTeam = memoLast((text: string): string | undefined => {
  for (const m of text.matchAll(TEAM_IN_TEXT)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.some((w) => NOT_A_TEAM_NAME.test(w))) continue;
    if (isSpeakersTeam(text, words.join(' '))) continue;
    return `the ${words.join(' ')} team`;
  }
  return undefined;
});
