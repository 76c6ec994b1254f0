// The coach reads English only: text whose words are mostly not common English words is
// reported as such instead of being coached with rules that would misfire.
const COMMON = new Set(
  'the a an and or but so to of in on at for with from by as is was were be been are it its this that these those i we my our me us you your he she they them their his her not no there had has have did do does will would can could after before then when which who what because if while about into over than also all'.split(' '),
);

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
const LATIN = /^[a-z'’]+$/;

export function isMostlyEnglish(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  // The count is read once, before the loop: V8 optimizes this function in the middle of its loop,
  // and a property first read after the loop made that code throw itself away on every call.
  const total = words.length;
  if (total < 8) return true;
  let latin = 0;
  let common = 0;
  for (const word of words) {
    if (LATIN.test(word)) latin++;
    if (COMMON.has(word)) common++;
  }
  return latin / total > 0.6 && common / total > 0.12;
}
