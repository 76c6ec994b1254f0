// The coach reads English only: text whose words are mostly not common English words is
// reported as such instead of being coached with rules that would misfire.
const COMMON = new Set(
  'the a an and or but so to of in on at for with from by as is was were be been are it its this that these those i we my our me us you your he she they them their his her not no there had has have did do does will would can could after before then when which who what because if while about into over than also all'.split(' '),
);

export function isMostlyEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < 8) return true;
  const latin = words.filter((w) => /^[a-z'’]+$/.test(w)).length;
  const common = words.filter((w) => COMMON.has(w)).length;
  return latin / words.length > 0.6 && common / words.length > 0.12;
}
