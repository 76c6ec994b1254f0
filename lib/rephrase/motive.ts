// An ownership-driven motive built from what the story says is at stake: its money figure and
// the people affected.
import { memoLast } from './memo-last';

const MONEY = /[$€£]\s?\d+(?:[,.]\d+)*(?:\s?(?:[kKmM]\b|thousand|million))?(?:\s+(?:a|per|each)\s+(?:day|week|month|quarter|year))?/;
const PEOPLE = /\b(customer|user|merchant|client|partner|member|patient|student|subscriber|seller|buyer|driver|rider|advertiser|tenant|shopper)s?\b/i;

const reason = memoLast((story: string): string => {
  const money = MONEY.exec(story)?.[0];
  const people = PEOPLE.exec(story)?.[1]?.toLowerCase();
  if (money && people) return `the problem was putting ${money} at risk and hurting our ${people}s`;
  if (money) return `the problem was putting ${money} at risk and nobody else owned it`;
  if (people) return `our ${people}s were affected every day it stayed broken and nobody else owned it`;
  return 'the problem was hurting the business and nobody else owned it';
});

/** The sentence with its weak motive replaced by what was at stake. */
export function ownershipMotive(sentence: string, story: string): string {
  const because = /^(because|since|as)(?!\w)[^,]*,\s*(.+)$/i.exec(sentence.trim());
  if (because) return `Because ${reason(story)}, ${because[2]}`;
  const soI = /,\s*so\s+(I\b.+)$/i.exec(sentence.trim());
  if (soI) return `Because ${reason(story)}, ${soI[1]}`;
  return `I took this on because ${reason(story)}.`;
}
