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
// A letter outside a–z: a line without one (most English lines) has only Latin words, none to test.
const NON_LATIN_LETTER = /[^\P{L}a-z]/u;

interface Counts {
  total: number;
  latin: number;
  common: number;
  other: number;
}

function countLine(line: string): Counts {
  const lower = line.toLowerCase();
  const words = lower.match(WORD) ?? [];
  // The count is read once, before the loop: V8 optimizes this function in the middle of its loop,
  // and a property first read after the loop made that code throw itself away on every call.
  const total = words.length;
  const allLatin = !NON_LATIN_LETTER.test(lower);
  let latin = allLatin ? total : 0;
  let common = 0;
  let other = 0;
  for (const word of words) {
    if (!allLatin && LATIN.test(word)) latin++;
    if (COMMON.has(word)) common++;
    else if (OTHER.has(word)) other++;
  }
  return { total, latin, common, other };
}

// Counted line by line, and each line's counts kept: the document and then each of its stories are
// judged from the same lines, and an edit leaves most lines as they were. No word spans a line
// (nor does lower-casing look across one), so a text's counts are the sums of its lines'.
const lineCounts = new Map<string, Counts>();
const MAX_LINES = 5000;

function countsOf(line: string): Counts {
  let counts = lineCounts.get(line);
  if (counts) return counts;
  counts = countLine(line);
  if (lineCounts.size >= MAX_LINES) lineCounts.clear();
  lineCounts.set(line, counts);
  return counts;
}

export function isMostlyEnglish(text: string): boolean {
  let total = 0;
  let latin = 0;
  let common = 0;
  let other = 0;
  for (const line of text.split('\n')) {
    const counts = countsOf(line);
    total += counts.total;
    latin += counts.latin;
    common += counts.common;
    other += counts.other;
  }
  if (total < 8) return true;
  if (latin / total <= 0.6) return false;
  return common / total > 0.12 || other <= common;
}
