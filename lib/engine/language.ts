// The coach reads English only: text in another language is reported as such instead of being
// coached with rules that would misfire. Terse English notes ("- Reduced storage from 100GB to
// 1GB") carry few English function words, so the test weighs them against the function words
// of the languages candidates most often write in, and only a clear lead for those says "not English".
const COMMON = new Set(
  'the a an and or but so to of in on at for with from by as is was were be been are it its this that these those i we my our me us you your he she they them their his her not no there had has have did do does will would can could after before then when which who what because if while about into over than also all'.split(' '),
);
// Spanish, French, Portuguese, Italian, German and Dutch function words that are not English words.
const OTHER = new Set(
  'el la los las del que y en un una por para con es se su al lo como más pero le les des et est dans pour pas qui sur une du au ce il elle nous vous je mon ma mes avec été der die das und ist nicht ein eine zu mit sich auf für den dem von im wir ich war haben o e di che non per della het een van niet op dat ik wij er uma os às não com foi mais muito ao da dos das na nas nos'.split(' '),
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
  let other = 0;
  for (const word of words) {
    if (LATIN.test(word)) latin++;
    if (COMMON.has(word)) common++;
    else if (OTHER.has(word)) other++;
  }
  if (latin / total <= 0.6) return false;
  return common / total > 0.12 || other <= common;
}
