// Word counting for timing: what a speaker would say aloud ("$8K" and "0.3%" count as one word).
// Chinese and Japanese are written without spaces: every two characters count as one word,
// close to their spoken rate.
import { precompiled } from './precompiled';
const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
const WORD = precompiled(new RegExp(String.raw`${CJK}{1,2}|(?:(?!${CJK})[\p{L}\p{N}])(?:(?!${CJK})[\p{L}\p{N}'’.,%$-])*`, 'gu'));

export function countWords(text: string): number {
  // match, not matchAll: it builds no match object per word.
  return text.match(WORD)?.length ?? 0;
}
