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

  it('needs at least three hedges and 1.5 per 100 words, as the guide says', () => {
    const steps = 'I read the failing jobs one by one, compared their inputs with the last good run, and found a schema change upstream. I added a check for the column types, reran the backfill for every affected day, and wrote the owners a short note about what had changed and why. ';
    // Two hedges in a short note: too few to count, however dense.
    expect(findings('hedging', 'Maybe the import broke. I probably missed a column. I fixed the mapping and reran it.')).toHaveLength(0);
    // Four over some 270 words: about 1.5 per 100 words, where the guide starts counting them.
    const spread = `I think the reports were wrong because of an import. ${steps.repeat(4)}Maybe a contract test would have caught it. I basically rewrote the import to check types first. It was kind of a relief when the numbers matched.`;
    expect(findings('hedging', spread).length).toBeGreaterThan(0);
    // The same four hedges in an answer twice as long are how people talk.
    const longer = `I think the reports were wrong because of an import. ${steps.repeat(9)}Maybe a contract test would have caught it. I basically rewrote the import to check types first. It was kind of a relief when the numbers matched.`;
    expect(findings('hedging', longer)).toHaveLength(0);
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
