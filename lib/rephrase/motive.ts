// An ownership-driven motive in place of a convenient one: the reason is the user's to give, as a
// slot that hints at what the story says is at stake (its money figure, the people affected).
import { memoLast } from './memo-last';
import { slot } from './slots';
import { capitalizeFirst, withEnding } from './tidy';

const MONEY = /[$€£]\s?\d+(?:[,.]\d+)*(?:\s?(?:[kKmM]\b|thousand|million))?(?:\s+(?:a|per|each)\s+(?:day|week|month|quarter|year))?/;
const PEOPLE = /\b(customer|user|merchant|client|partner|member|patient|student|subscriber|seller|buyer|driver|rider|advertiser|tenant|shopper|parent|family|families|colleague|nurse|doctor|teacher)s?\b/i;

const stake = memoLast((story: string): string => {
  const hints = [MONEY.exec(story)?.[0], PEOPLE.exec(story)?.[0]?.toLowerCase()].filter(Boolean);
  return slot(hints.length ? `what was at stake, such as ${hints.join(' or ')}` : 'what was at stake, and for whom');
});

/** The sentence with its weak motive replaced by a slot for what was at stake. */
export function ownershipMotive(sentence: string, story: string): string {
  const text = sentence.trim();
  const because = /^(?:because|since|as)(?!\w)[^,]*,\s*(.+)$/i.exec(text);
  if (because) return withEnding(`Because ${stake(story)}, ${because[1]}`, text);
  const soI = /,\s*so\s+(I\b.+)$/i.exec(text);
  if (soI) return withEnding(`Because ${stake(story)}, ${soI[1]}`, text);
  return withEnding(capitalizeFirst(`I did it because ${stake(story)}`), '.');
}
