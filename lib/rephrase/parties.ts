// The other party an answer names (the team or person a problem was routed to), so ownership
// suggestions can name it instead of a vague "them".
import { memoLast } from './memo-last';

const NAMED_TEAM = /\b(?:the|their|another|other)\s+((?:[\w&-]+\s+){0,2}?)(team|group|squad|department)(?!\w)/gi;
const NOT_A_NAME = /^(?:same|whole|entire|my|our|new|old|small|core|full|wider|dev|development|engineering)\s*$/i;
const ROLE = /\btheir\s+(?:tech lead|team lead|lead|manager|on-call(?: engineer)?|engineers?|owners?|maintainers?)(?!\w)|\bthe\s+(?:service owners?|owning team|on-call(?: engineer)?|vendor|maintainers?)(?!\w)/i;

/** "the Platform team", "their tech lead"…, or undefined when the answer names nobody. */
export const namedParty = memoLast((text: string): string | undefined => {
  NAMED_TEAM.lastIndex = 0;
  for (let m = NAMED_TEAM.exec(text); m; m = NAMED_TEAM.exec(text)) {
    const name = (m[1] ?? '').trim();
    const unit = (m[2] ?? 'team').toLowerCase();
    if (NOT_A_NAME.test(name)) continue;
    const determiner = (/^\w+/.exec(m[0])?.[0] ?? '').toLowerCase();
    if (determiner === 'other' || determiner === 'another') return `the other ${unit}`;
    if (!name) {
      if (determiner === 'their') return `their ${unit}`;
      continue; // "the team" is usually the speaker's own
    }
    return `${determiner === 'their' ? 'their' : 'the'} ${name} ${unit}`;
  }
  return ROLE.exec(text)?.[0].replace(/^(?:The|Their)(?!\w)/, (w) => w.toLowerCase());
});
