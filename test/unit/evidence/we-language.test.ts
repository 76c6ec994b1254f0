// The learned we-language verdict on the sentences the issue and the guide name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';

const fires = (text: string, question?: 'conflict') => analyze(text, question ? { question } : {}).stories.some((s) => s.findings.some((f) => f.rule === 'we-language'));

const SEED_LIKE =
  'I was on the backend team at a logistics startup. One week I had some spare cycles, so I offered to look at why some shipment notifications were not going out. ' +
  'We dug through the logs together and we eventually figured out that a queue consumer was dropping messages. I wrote up a ticket for the platform team and they deployed a fix. ' +
  'After that, notifications went out normally and everyone was happy. I learned that communication is important.';

describe('we-language, decided by its evidence model', () => {
  it('flags the group investigating in the seed-like answer', () => {
    expect(fires(SEED_LIKE)).toBe(true);
  });

  it('flags the group deciding and shipping outside a conflict story', () => {
    expect(fires('Our release was at risk two days before launch. I was the lead for the payments feature. We decided to roll back the new flow and we managed to ship the old one on time. Checkout errors stayed under 0.1%. I now plan a fallback for every launch.')).toBe(true);
  });

  it('leaves the group alone in the setting, and the speaker\'s own steps told with "I"', () => {
    expect(fires('We were a team of five with two weeks before launch. I noticed signup emails landing in spam. I checked the DNS records, found a missing DKIM key and added it. Deliverability went from 60% to 98%. I now check email authentication before every launch.')).toBe(false);
  });
});
