// Word counting for timing: what a speaker would say aloud ("$8K" and "0.3%" count as one word).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
