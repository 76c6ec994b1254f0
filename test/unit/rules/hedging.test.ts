import { describe, expect, it } from 'vitest';
import { findings } from './find';

const seedHedged =
  "So basically I kind of noticed that some webhooks were maybe failing, I think around 0.3%. It wasn't really my team's thing, but I sort of just started looking at the logs. I reproduced it and fixed the retry logic, and I watched the metrics for a few days. It went to zero and saved like $8,000 a week. I'd probably suggest a shared SLO.";

describe('hedging', () => {
  it('flags each hedged sentence with the hedges removed as a drop-in', () => {
    const found = findings('hedging', seedHedged);
    expect(found.map((f) => f.replacement)).toEqual([
      'So I noticed that some webhooks were failing, around 0.3%.',
      "It wasn't my team's thing, but I started looking at the logs.",
      'It went to zero and saved about $8,000 a week.',
      "I'd suggest a shared SLO.",
    ]);
  });

  it('is satisfied once the replacements are applied', () => {
    let text = seedHedged;
    for (const f of findings('hedging', text).reverse()) text = text.slice(0, f.start) + f.replacement + text.slice(f.end);
    expect(findings('hedging', text)).toHaveLength(0);
  });

  it('lets one "just" and one "I think" pass in a strong answer', () => {
    const text =
      'I had just joined the team when our nightly jobs started missing their window. I profiled the three slowest jobs, found they re-read the same table, and added a shared cache. The jobs finished in two hours instead of six. I think the real lesson was to profile before tuning anything.';
    expect(findings('hedging', text)).toHaveLength(0);
  });

  it('does not count "like" as a verb or comparison, "kind of" as a noun, or "just-in-time"', () => {
    const text =
      "The search page looked like it was broken for Safari users. This kind of bug is hard to catch, so I'd like to explain how I found it: I reproduced it on an old Mac and fixed the date parsing with a just-in-time polyfill, using tools like BrowserStack. Tickets fell from 80 to 20 a week.";
    expect(findings('hedging', text)).toHaveLength(0);
  });

  it('ignores hedges inside a quotation', () => {
    const text =
      'The customer wrote "I think it is maybe broken, probably since Monday, kind of randomly". I reproduced the failure, fixed the cache key, and monitored it for a week. Errors fell from 2% to zero.';
    expect(findings('hedging', text)).toHaveLength(0);
  });
});
